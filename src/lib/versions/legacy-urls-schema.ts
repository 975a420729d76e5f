import { z } from 'zod';

/** One address of the original site and the page of this site that now holds its content. */
export const legacyRedirectSchema = z.strictObject({
  /** The original path, exactly as published (`/en/latest/about-neuron/sdk-policy.html`). */
  path: z
    .string()
    .regex(/^\/en\/[^/]+\/(?:[^/]+\/)*[^/]+\.html$/, 'must be an original page path like "/en/latest/general/x.html"'),
  /** The version of this site that holds the page (`latest`, `v2.3.0`). */
  version: z.string().min(1),
  /** The page's identity (frontmatter `pageId`): the redirect follows the page if its file moves. */
  pageId: z.string().min(1),
  /** The source the page was imported from (seed or historical RST file), for the record. */
  source: z.string().min(1),
  /** Why this mapping is not obvious. */
  note: z.string().min(1).optional(),
});

/** `content/data/legacy-urls.yaml`. */
export const legacyUrlsSchema = z
  .strictObject({
    /** The original site's origin, for the record. */
    origin: z.url(),
    redirects: z.array(legacyRedirectSchema).min(1),
  })
  .superRefine(({ redirects }, ctx) => {
    const seen = new Set<string>();
    redirects.forEach(({ path }, index) => {
      if (seen.has(path))
        ctx.addIssue({ code: 'custom', path: ['redirects', index, 'path'], message: `"${path}" is listed twice` });
      seen.add(path);
    });
  });

/** One validated legacy address. */
export type LegacyRedirectEntry = z.output<typeof legacyRedirectSchema>;
