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

/** How a version's bundle was made. */
export interface IndexedVersion {
  pages: number;
  /** Whether the previous build's bundle was kept (no page of the version changed). */
  reused: boolean;
}

/**
 * Writes one Pagefind bundle per version, so a search downloads and ranks only the version being read (a filter
 * over one shared index would still fetch every version's chunks). Only the doc pages are given to Pagefind (not
 * the generated notices and comparisons), and the versions are indexed at once. A version none of whose pages
 * changed since the previous build keeps its bundle (a rebuild after one edit re-indexes one version). Pagefind
 * reports errors instead of throwing: they are thrown here.
 */
export async function buildSearchIndexes(
  outDir: string,
  pagesByVersion: ReadonlyMap<string, readonly string[]>,
  reuse: SearchReuse,
): Promise<Map<string, IndexedVersion>> {
  const previous = readState(reuse.stateFile);
  const digests = new Map<string, string>();
  const results = new Map<string, IndexedVersion>();
  try {
    await Promise.all(
      [...pagesByVersion].map(async ([version, urls]) => {
        const contents = urls.map((url) => ({ url, content: readFileSync(join(outDir, fileOf(url)), 'utf8') }));
        const digest = digestOf(contents);
        digests.set(version, digest);
        const bundle = join(outDir, version, SEARCH_DIR);
        const kept = join(reuse.previousDir, version, SEARCH_DIR);
        if (previous[version] === digest && existsSync(kept)) {
          cpSync(kept, bundle, { recursive: true });
          results.set(version, { pages: urls.length, reused: true });
          return;
        }
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const file of contents) {
          const added = await index.addHTMLFile(file);
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index ${file.url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`);
        for (const file of UNUSED) rmSync(join(bundle, file), { force: true });
        results.set(version, { pages: urls.length, reused: false });
      }),
    );
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
function digestOf(pages: readonly { url: string; content: string }[]): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  for (const { url, content } of pages) hash.update(url).update('\u0000').update(content).update('\u0000');
  return hash.digest('hex');
}
