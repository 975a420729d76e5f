import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** The Pagefind release the bundles are made with (a different one makes different bundles). */
const PAGEFIND_VERSION = pagefindVersion();

// Its package.json is not among the package's exports: found beside its entry point.
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** The built file of a page URL: `/latest/a/` → `latest/a/index.html`. */
const fileOf = (url: string) => join(url.replace(/^\//, ''), 'index.html');

/** Where the bundles of the previous build are, and where to remember what they were made from. */
export interface SearchReuse {
  /** The previously published site, whose bundles are reused when their pages did not change. */
  previousDir: string;
  /** A file of this build's cache: each version's digest of the pages its bundle indexes. */
  stateFile: string;
}

/** What the site gives Pagefind (see `searchedPart`): changing it makes every bundle anew. */
const INPUT_FORMAT = 'head+main';

/** Pages given to Pagefind at once. */
const IN_FLIGHT = 16;

/**
 * The part of a built page that Pagefind reads: its head (title, language) and the element marked
 * `data-pagefind-body` (the page's `<main>`); it ignores the rest (header, sidebar, footer), which is half of a
 * page's HTML and would only be parsed to be dropped. A page without that element is given whole.
 */
export function searchedPart(html: string): string {
  const head = html.indexOf('</head>');
  const body = html.search(/<main\b[^>]*\sdata-pagefind-body/);
  const end = html.lastIndexOf('</main>');
  if (head < 0 || body < 0 || end < body) return html;
  return `${html.slice(0, head + '</head>'.length)}<body>${html.slice(body, end + '</main>'.length)}</body></html>`;
}

/** How a version's bundle was made. */
export interface IndexedVersion {
  pages: number;
  /** Whether the previous build's bundle was kept (no page of the version changed). */
  reused: boolean;
}

/**
 * Writes one Pagefind bundle per version, so a search downloads and ranks only the version being read (a filter
 * over one shared index would still fetch every version's chunks). Only the doc pages are given to Pagefind (not
 * the generated notices and comparisons). A version none of whose pages changed since the previous build keeps
 * its bundle (a rebuild after one edit re-indexes one version). Pagefind reports errors instead of throwing: they
 * are thrown here.
 *
 * Memory stays flat with the site's size: pages are read one at a time (hashed, then given to Pagefind), and the
 * versions are indexed one after the other, each index deleted from Pagefind's service once written. Indexing the
 * versions at once, from pages held in memory, took 3.3 GB at 5,000 pages.
 */
export async function buildSearchIndexes(
  outDir: string,
  pagesByVersion: ReadonlyMap<string, readonly string[]>,
  reuse: SearchReuse,
): Promise<Map<string, IndexedVersion>> {
  const previous = readState(reuse.stateFile);
  const digests = new Map<string, string>();
  const results = new Map<string, IndexedVersion>();
  const read = (url: string) => readFileSync(join(outDir, fileOf(url)), 'utf8');
  try {
    for (const [version, urls] of pagesByVersion) {
      const digest = digestOf(urls, read);
      digests.set(version, digest);
      const bundle = join(outDir, version, SEARCH_DIR);
      const kept = join(reuse.previousDir, version, SEARCH_DIR);
      if (previous[version] === digest && existsSync(kept)) {
        cpSync(kept, bundle, { recursive: true });
        results.set(version, { pages: urls.length, reused: true });
        continue;
      }
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // A few pages in flight at once keep Pagefind's service busy on both cores without holding many in memory.
      for (let start = 0; start < urls.length; start += IN_FLIGHT) {
        await Promise.all(
          urls.slice(start, start + IN_FLIGHT).map(async (url) => {
            const added = await index.addHTMLFile({ url, content: searchedPart(read(url)) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`);
          }),
        );
      }
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0)
        throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
      for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
      results.set(version, { pages: urls.length, reused: false });
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(dirname(reuse.stateFile), { recursive: true });
  writeFileSync(reuse.stateFile, JSON.stringify(Object.fromEntries(digests)));
  return new Map(
    [...pagesByVersion.keys()].map((version) => [version, results.get(version) ?? { pages: 0, reused: false }]),
  );
}

function readState(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

// What a bundle is made from: the pages' URLs and HTML, and the Pagefind that indexes them.
function digestOf(urls: readonly string[], read: (url: string) => string): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION).update(INPUT_FORMAT);
  for (const url of urls) hash.update(url).update('\u0000').update(read(url)).update('\u0000');
  return hash.digest('hex');
}
