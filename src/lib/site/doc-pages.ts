import { getCollection, type CollectionEntry } from 'astro:content';
import { pageUrl } from '../content/paths.ts';

/** A page of the site: its collection entry with its version, slug and URL worked out once. */
export interface DocPage {
  entry: CollectionEntry<'docs'>;
  version: string;
  slug: string;
  url: string;
}

let cached: Promise<DocPage[]> | undefined;

/** Every page of every version (entry ids are `<version>/<slug>`, see content.config.ts). */
export function getDocPages(): Promise<DocPage[]> {
  cached ??= getCollection('docs').then((entries) =>
    entries.map((entry) => {
      const [version = '', ...rest] = entry.id.split('/');
      const slug = rest.join('/');
      return { entry, version, slug, url: pageUrl(version, slug) };
    }),
  );
  return cached;
}
