import { z } from 'zod';

/**
 * Life-cycle phases a documentation version can be in, taken from the Neuron software maintenance policy
 * ("Neuron Software Life-cycle"). `current` is the General Availability release the site opens on.
 */
export const VERSION_STATUSES = {
  'developer-preview': 'Developer Preview (Beta)',
  'release-candidate': 'Release Candidate (RC)',
  current: 'Current (General Availability)',
  maintenance: 'Maintenance',
  'end-of-support': 'End of Support (EOS)',
} as const;

/** A version's life-cycle status. */
export type VersionStatus = keyof typeof VERSION_STATUSES;

/** One documentation version. */
export const versionSchema = z.strictObject({
  /** URL prefix and folder name: `latest` for the current version, the release tag (`v2.3.0`) for the others. */
  id: z
    .string()
    .regex(/^(latest|v\d+\.\d+\.\d+)$/, 'must be "latest" or a release tag like "v2.3.0"'),
  /** What the version menu shows, e.g. `2.3.0`. */
  label: z.string().min(1),
  /** The release tag the content was taken from, when it differs from `id` (the current version's). */
  release: z.string().optional(),
  /** Release date (YYYY-MM-DD). */
  released: z.iso.date().optional(),
  /** Life-cycle status, from the maintenance policy's phases. */
  status: z.enum(Object.keys(VERSION_STATUSES) as [VersionStatus, ...VersionStatus[]]),
});

/** `content/versions.yaml`: the versions, newest first; exactly one is current, and it comes first. */
export const versionsSchema = z
  .strictObject({
    /** The versions, newest first. */
    versions: z.array(versionSchema).min(1),
  })
  .superRefine(({ versions }, ctx) => {
    const current = versions.filter((version) => version.status === 'current');
    if (current.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['versions'],
        message: `exactly one version must have status "current"; found ${current.length} (${current.map((v) => `"${v.id}"`).join(', ') || 'none'})`,
      });
    } else if (versions[0]?.status !== 'current') {
      ctx.addIssue({
        code: 'custom',
        path: ['versions', 0],
        message: `the current version ("${current[0]?.id}") must come first: the list is newest first`,
      });
    }
    const seen = new Set<string>();
    versions.forEach((version, index) => {
      if (seen.has(version.id)) {
        ctx.addIssue({ code: 'custom', path: ['versions', index, 'id'], message: `"${version.id}" is listed twice` });
      }
      seen.add(version.id);
    });
  });

/** One validated version. */
export type Version = z.output<typeof versionSchema>;
