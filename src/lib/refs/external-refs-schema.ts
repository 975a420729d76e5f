import { z } from 'zod';

/**
 * `content/data/<version>/external-refs.yaml`: labels defined outside this site, on the original Sphinx site
 * (what intersphinx does for Sphinx). A reference to one of them renders as an external link.
 */
export const externalRefsSchema = z.strictObject({
  refs: z.array(
    z.strictObject({
      /** The RST label, exactly as referenced (`maintenance_rtd`). */
      label: z.string().min(1),
      /** The target's title (inline Markdown): the link text of a reference without text. */
      title: z.string().min(1),
      /** Absolute URL of the target on the original site. */
      url: z.url(),
      /** Why the target is where it is (e.g. the last version that defined it). */
      note: z.string().optional(),
    }),
  ),
});

/**
 * `content/data/<version>/unresolved-refs.yaml`: labels that the original site itself could not resolve at that
 * version. Sphinx rendered such a reference as plain text; so does this site, instead of failing the build.
 */
export const unresolvedRefsSchema = z.strictObject({
  labels: z.array(
    z.strictObject({
      /** The RST label as referenced. */
      label: z.string().min(1),
      /** The role that references it (`ref`, `doc`, `py:func`…), as in the original source. */
      role: z.string().min(1).optional(),
      /** Why it is unresolved. */
      note: z.string().optional(),
      /** Where the original sources reference it (`path/in/repo.rst:12`), for whoever wants to fix it there. */
      usedIn: z.array(z.string().min(1)).optional(),
    }),
  ),
});

/** One external reference target. */
export type ExternalRef = z.output<typeof externalRefsSchema>['refs'][number];
