import { z } from 'zod';
import type { NavNode } from './nav-tree.ts';

/** One entry of a version's navigation, as written in `content/data/<version>/nav.yaml`. */
export type NavEntry =
  | { caption: string; items: NavEntry[] }
  | { page: string; label?: string | undefined; items?: NavEntry[] | undefined }
  | { url: string; label: string };

const entry: z.ZodType<NavEntry> = z.lazy(() =>
  z.union([
    z.strictObject({
      /** A caption (a toctree's `:caption:`): a heading over the entries below it. */
      caption: z.string().min(1),
      items: z.array(entry),
    }),
    z.strictObject({
      /** A page of the version, by slug (its path under `content/docs/<version>/`, without extension). */
      page: z.string().min(1),
      /** The link text, when it is not the page's `nav.label` or title. */
      label: z.string().min(1).optional(),
      /** The page's own entries (its toctree), shown below it when it or one of them is being read. */
      items: z.array(entry).optional(),
    }),
    z.strictObject({
      /** A link out of the site (a toctree's external entry). */
      url: z.url(),
      label: z.string().min(1),
    }),
  ]),
);

/**
 * `content/data/<version>/nav.yaml`: the version's navigation tree, in reading order, from the toctrees of the
 * original documentation (the importer writes it). A page it does not list is still published (as an orphan is).
 */
export const navSchema = z.strictObject({ items: z.array(entry) });

/** A resolved node of the navigation tree (`NavNode`), as the content layer stores it. */
export const navNodeSchema: z.ZodType<NavNode> = z.lazy(() =>
  z.object({
    label: z.string(),
    href: z.string().optional(),
    caption: z.boolean().optional(),
    external: z.boolean().optional(),
    children: z.array(navNodeSchema),
  }),
);
