import { rmSync } from 'node:fs';
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

/**
 * Writes one Pagefind bundle per version, so a search downloads and ranks only the version being read (a
 * filter over one shared index would still fetch every version's chunks). Only `data-pagefind-body` content is
 * indexed: the doc pages' `<main>`. Pagefind reports errors instead of throwing: they are thrown here.
 */
export async function buildSearchIndexes(outDir: string, versions: readonly string[]): Promise<Map<string, number>> {
  const pages = new Map<string, number>();
  try {
    for (const version of versions) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: outDir, glob: `${version}/**/*.html` });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${version}: ${added.errors.join('; ')}`);
      const bundle = join(outDir, version, SEARCH_DIR);
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
      for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
      pages.set(version, added.page_count);
    }
  } finally {
    await pagefind.close();
  }
  return pages;
}
