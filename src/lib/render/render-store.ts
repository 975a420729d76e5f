import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../diagnostics/problem.ts';
import type { ClientScript, PageHeading } from '../markdown/transforms/context.ts';
import type { PageDiff } from '../versions/page-diff.ts';
import type { RenderedPage } from './render-page.ts';
import type { TextSection } from './text-sections.ts';

/*
 * Rendered pages live outside Astro's data store, in files named by each render's key, so that a build holds one
 * page's HTML in memory at a time instead of the whole site's (the data store is loaded whole, and bundled).
 * The build writes them (`src/integrations/engine/`); the page routes read them by the key that the docs
 * collection keeps as each entry's digest. "What changed" diffs are kept the same way, by the keys of both pages.
 */

/** What a page route needs of a rendered page besides its HTML. */
export interface RenderedMeta {
  headings: PageHeading[];
  anchors: string[];
  /** Client scripts the page loads (only pages with tabs load the tabs script). */
  scripts: ClientScript[];
  /** What is wrong in the page (the build fails on these; the dev server shows them). */
  problems: Problem[];
  /** The labels (`:ref`, cards) and pages (`:doc`, by slug) the page links to: other pages' backlinks. */
  references: { labels: string[]; docs: string[] };
}

const file = (dir: string, name: string) => join(dir, name);
const NAMES = {
  html: (key: string) => `${key}.html`,
  meta: (key: string) => `${key}.json`,
  text: (key: string) => `${key}.text.json`,
  markdown: (key: string) => `${key}.md`,
};

/** Writes a rendered page under its key. */
export function writeRendered(dir: string, key: string, page: RenderedPage): void {
  mkdirSync(dir, { recursive: true });
  const { headings, anchors, scripts, problems, dependencies } = page;
  const references = { labels: dependencies.labels, docs: dependencies.docs };
  const meta: RenderedMeta = { headings, anchors, scripts, problems, references };
  writeFileSync(file(dir, NAMES.html(key)), page.html);
  writeFileSync(file(dir, NAMES.meta(key)), JSON.stringify(meta));
  writeFileSync(file(dir, NAMES.text(key)), JSON.stringify(page.sections));
  writeFileSync(file(dir, NAMES.markdown(key)), page.markdown);
}

/** The Markdown twin of the page rendered under `key` (links under `TWIN_ORIGIN`). */
export function readRenderedMarkdown(dir: string, key: string): string {
  return readFileSync(file(dir, NAMES.markdown(key)), 'utf8');
}

/** The HTML of the page rendered under `key`. */
export function readRenderedHtml(dir: string, key: string): string {
  return readFileSync(file(dir, NAMES.html(key)), 'utf8');
}

/** The headings, anchors and problems of the page rendered under `key`. */
export function readRenderedMeta(dir: string, key: string): RenderedMeta {
  return JSON.parse(readFileSync(file(dir, NAMES.meta(key)), 'utf8')) as RenderedMeta;
}

/** The text of the page rendered under `key`, section by section. */
export function readRenderedSections(dir: string, key: string): TextSection[] {
  return JSON.parse(readFileSync(file(dir, NAMES.text(key)), 'utf8')) as TextSection[];
}

/** The files a render key owns, to prune stale renders. */
export function renderedFiles(key: string): string[] {
  return [NAMES.html(key), NAMES.meta(key), NAMES.text(key), NAMES.markdown(key)];
}

/** The key of the diff from the page rendered under `older` to the one under `newer`. */
export function diffKey(older: string, newer: string): string {
  return createHash('sha256').update(`diff\u0000${older}\u0000${newer}`).digest('hex').slice(0, 24);
}

/** The file a diff key owns. */
export const diffFile = (key: string): string => `${key}.diff.json`;

/** Writes a "what changed" diff under its key. */
export function writeDiff(dir: string, key: string, diff: PageDiff): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(file(dir, diffFile(key)), JSON.stringify(diff));
}

/** The diff written under `key`. */
export function readDiff(dir: string, key: string): PageDiff {
  return JSON.parse(readFileSync(file(dir, diffFile(key)), 'utf8')) as PageDiff;
}
