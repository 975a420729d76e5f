import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../diagnostics/problem.ts';
import type { ClientScript, PageHeading } from '../markdown/transforms/context.ts';
import type { RenderedPage } from './render-page.ts';

/*
 * Rendered pages live outside Astro's data store, one pair of files per render key, so that a build holds one
 * page's HTML in memory at a time instead of the whole site's (the data store is loaded whole, and bundled).
 * The build writes them (`src/integrations/engine/`); the page routes read them by the key that the docs
 * collection keeps as each entry's digest.
 */

/** What a page route needs of a rendered page besides its HTML. */
export interface RenderedMeta {
  headings: PageHeading[];
  anchors: string[];
  /** Client scripts the page loads (only pages with tabs load the tabs script). */
  scripts: ClientScript[];
  /** What is wrong in the page (the build fails on these; the dev server shows them). */
  problems: Problem[];
}

const htmlFile = (dir: string, key: string) => join(dir, `${key}.html`);
const metaFile = (dir: string, key: string) => join(dir, `${key}.json`);

/** Writes a rendered page under its key. */
export function writeRendered(dir: string, key: string, page: RenderedPage): void {
  mkdirSync(dir, { recursive: true });
  const { headings, anchors, scripts, problems } = page;
  const meta: RenderedMeta = { headings, anchors, scripts, problems };
  writeFileSync(htmlFile(dir, key), page.html);
  writeFileSync(metaFile(dir, key), JSON.stringify(meta));
}

/** The HTML of the page rendered under `key`. */
export function readRenderedHtml(dir: string, key: string): string {
  return readFileSync(htmlFile(dir, key), 'utf8');
}

/** The headings, anchors and problems of the page rendered under `key`. */
export function readRenderedMeta(dir: string, key: string): RenderedMeta {
  return JSON.parse(readFileSync(metaFile(dir, key), 'utf8')) as RenderedMeta;
}

/** The files a key owns, to prune stale renders. */
export function renderedFiles(key: string): string[] {
  return [`${key}.html`, `${key}.json`];
}
