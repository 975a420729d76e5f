import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_DIR } from './bundle-url.ts';

// Pagefind writes its ready-made UIs too; the site has its own small search box, so these are never loaded.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
];

/** The built file of a page URL: `/latest/a/` → `latest/a/index.html`. */
const fileOf = (url: string) => join(url.replace(/^\//, ''), 'index.html');

/**
 * Writes one Pagefind bundle per version, so a search downloads and ranks only the version being read (a filter
 * over one shared index would still fetch every version's chunks). Only the doc pages are given to Pagefind (not
 * the generated notices and comparisons), and the versions are indexed at once. Pagefind reports errors instead
 * of throwing: they are thrown here.
 */
export async function buildSearchIndexes(
  outDir: string,
  pagesByVersion: ReadonlyMap<string, readonly string[]>,
): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  try {
    await Promise.all(
      [...pagesByVersion].map(async ([version, urls]) => {
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        let count = 0;
        for (const url of urls) {
          const added = await index.addHTMLFile({ url, content: readFileSync(join(outDir, fileOf(url)), 'utf8') });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          count += 1;
        }
        const bundle = join(outDir, version, SEARCH_DIR);
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
        for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
        pages.set(version, count);
      }),
    );
  } finally {
    await pagefind.close();
  }
  return new Map([...pagesByVersion.keys()].map((version) => [version, pages.get(version) ?? 0]));
}
