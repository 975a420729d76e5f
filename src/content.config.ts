import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { frontmatterSchema } from './lib/content/frontmatter-schema.ts';
import { DOCS_DIR } from './lib/content/paths.ts';

/** Every page of every version; the entry id is `<version>/<slug>`. */
const docs = defineCollection({
  // Ids keep the file path as written (`latest/about-neuron/announcements/neuron2.x/…`): URLs mirror the originals'.
  loader: glob({ pattern: '**/*.{md,mdx}', base: DOCS_DIR, generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
  schema: frontmatterSchema,
});

export const collections = { docs };
