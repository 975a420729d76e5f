import { getCollection, type CollectionEntry } from 'astro:content';
import { pageUrl } from '../content/paths.ts';
import { perBuild } from './per-build.ts';

/** A page of the site: its collection entry with its version, slug and URL worked out once. */
export interface DocPage {
  entry: CollectionEntry<'docs'>;
  version: string;
  slug: string;
  url: string;
}

/** Every page of every version (entry ids are `<version>/<slug>`, see content.config.ts). */
export const getDocPages: () => Promise<DocPage[]> = perBuild(() =>
  getCollection('docs').then((entries) =>
    entries.map((entry) => {
      const [version = '', ...rest] = entry.id.split('/');
      const slug = rest.join('/');
      return { entry, version, slug, url: pageUrl(version, slug) };
    }),
  ),
);
