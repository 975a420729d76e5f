import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import {
  docsLoader,
  labelsLoader,
  navigationLoader,
  redirectsLoader,
  versionsLoader,
} from './integrations/docs-loaders.ts';
import { frontmatterSchema } from './lib/content/frontmatter-schema.ts';
import { versionSchema } from './lib/content/versions-schema.ts';
import { navNodeSchema } from './lib/navigation/nav-schema.ts';

/*
 * The content layer of the site. Every collection is loaded by the neuron-docs integration's engine, which reads
 * and checks `content/` once per build and renders each page once (kept between builds): see
 * `src/integrations/README.md`.
 */

/** Every page of every version: entry id `<version>/<slug>`, digest the key of its rendered HTML. */
const docs = defineCollection({ loader: docsLoader(), schema: frontmatterSchema });

/** The versions, newest first (`order`). */
const versions = defineCollection({
  loader: versionsLoader(),
  schema: versionSchema.extend({ /** Position in `content/versions.yaml` (0 = newest). */ order: z.number() }),
});

/** Each version's navigation tree, from its `nav.yaml` (entry id: the version). */
const navigation = defineCollection({ loader: navigationLoader(), schema: z.object({ tree: z.array(navNodeSchema) }) });

/** Every reference label of a version, by label (entry id: the version). */
const labels = defineCollection({
  loader: labelsLoader(),
  schema: z.object({
    targets: z.record(
      z.string(),
      z.object({
        kind: z.enum(['internal', 'external', 'unresolved']),
        /** The link text of a reference without text (plain text). */
        title: z.string().optional(),
        url: z.string().optional(),
      }),
    ),
  }),
});

/** A static redirect page at each address of the original site: one entry, `all`. */
const redirects = defineCollection({
  loader: redirectsLoader(),
  schema: z.object({
    items: z.array(z.object({ param: z.string(), path: z.string(), target: z.string(), title: z.string() })),
  }),
});

export const collections = { docs, versions, navigation, labels, redirects };
