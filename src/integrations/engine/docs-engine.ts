import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, type ContentPaths } from '../../lib/content/paths.ts';
import type { Problem } from '../../lib/diagnostics/problem.ts';
import { loadYamlData } from '../../lib/diagnostics/yaml-data.ts';
import { codeColorsCss } from '../../lib/markdown/code-colors.ts';
import { apiFingerprint } from '../../lib/refs/api-index.ts';
import { docFingerprint, refFingerprint } from '../../lib/refs/registry.ts';
import {
  createPageRenderer,
  type PageRenderer,
  type PageRenderInput,
  type RenderedPage,
} from '../../lib/render/render-page.ts';
import { createCodeHighlighter, type HighlightCode } from '../../lib/render/highlight.ts';
import { resolveLegacyRedirects, type LegacyRedirect } from '../../lib/versions/legacy-redirects.ts';
import { legacyUrlsSchema } from '../../lib/versions/legacy-urls-schema.ts';
import { createPageMap } from '../../lib/versions/page-map.ts';
import { readContent, type ContentSnapshot, type PageRecord } from './content-snapshot.ts';
import { hash, RenderCache, type CachedRender } from './render-cache.ts';
import { renderInWorkers, renderThreads } from './render-pool.ts';

/** A page with its render: the key of its files in the render store, and its problems. */
export interface SitePage extends PageRecord {
  render: CachedRender;
}

/** The site as the content layer stores it. */
export interface RenderedSite {
  snapshot: ContentSnapshot;
  pages: SitePage[];
  redirects: LegacyRedirect[];
  /** Problems found while rendering pages and resolving redirects (content problems are on the snapshot). */
  problems: Problem[];
  /** How many pages were rendered (the others came from the render cache). */
  rendered: number;
}

/** Below this many pages to render, worker threads cost more to start than they save. */
const WORKER_THRESHOLD = 48;

/** Options of the engine. */
export interface DocsEngineOptions {
  /** The project root (the folder holding `content/`). */
  root: string;
  /** A folder of its own in Astro's cache folder: rendered pages are kept there between builds. */
  cacheDir: string;
  /** Threads to render with (default: one per core). */
  threads?: number;
}

/**
 * The build's model of the documentation: it reads and checks the content, renders every page that changed (in
 * worker threads when there are many) and keeps the renders between builds. The integration owns one; the
 * collection loaders and the build hooks use it.
 */
export class DocsEngine {
  readonly paths: ContentPaths;
  readonly renderDir: string;
  readonly #cache: RenderCache;
  readonly #threads: number;
  #snapshot: ContentSnapshot | undefined;
  #site: Promise<RenderedSite> | undefined;
  /** The last render started: renders run one after another, as they share the render cache. */
  #rendering: Promise<unknown> = Promise.resolve();
  /** The in-process renderer of one snapshot (its registries and tables); the highlighter outlives snapshots. */
  #renderer: { snapshot: ContentSnapshot; render: Promise<PageRenderer> } | undefined;
  #highlight: Promise<HighlightCode> | undefined;

  constructor(options: DocsEngineOptions) {
    this.paths = contentPaths(options.root);
    this.#cache = new RenderCache(options.cacheDir, rendererVersion(options.root));
    this.renderDir = this.#cache.pagesDir;
    this.#threads = options.threads ?? renderThreads();
  }

  /** The content as it is now, read once until `invalidate()`. */
  content(): ContentSnapshot {
    this.#snapshot ??= readContent(this.paths);
    return this.#snapshot;
  }

  /** Forgets what was read and rendered (after an edit in the dev server): the next call reads again. */
  invalidate(): void {
    this.#snapshot = undefined;
    this.#site = undefined;
  }

  /**
   * Every page rendered (from the cache where still valid), and the legacy redirects resolved: the site as the
   * content is now. An edit during a render starts another one, after it.
   */
  site(): Promise<RenderedSite> {
    if (!this.#site) {
      const snapshot = this.content();
      this.#site = this.#rendering.then(() => this.#render(snapshot));
      this.#rendering = this.#site.catch(() => undefined);
    }
    return this.#site;
  }

  /** The CSS of every code colour class the pages use. */
  async codeCss(): Promise<string> {
    const styles = new Map<string, string>();
    for (const page of (await this.site()).pages)
      for (const [name, style] of Object.entries(page.render.codeStyles)) styles.set(name, style);
    return codeColorsCss(styles);
  }

  async #render(snapshot: ContentSnapshot): Promise<RenderedSite> {
    const fingerprints = this.#fingerprints(snapshot);
    const sources = new Map(snapshot.pages.map((page) => [page.file, hash(page.source)]));
    const cached = new Map<string, CachedRender>();
    const stale: PageRecord[] = [];
    for (const page of snapshot.pages) {
      const hit = this.#cache.lookup(page.shown, sources.get(page.file) ?? '', fingerprints(page.version));
      if (hit) cached.set(page.file, hit);
      else stale.push(page);
    }
    const inputs = stale.map((page) => ({
      file: page.file,
      source: page.source,
      version: page.version,
      pageLabels: page.frontmatter.labels,
    }));
    const rendered = await this.#renderPages(snapshot, inputs);
    const problems: Problem[] = [];
    stale.forEach((page, index) => {
      const result = rendered[index];
      if (!result) throw new Error(`${page.shown} was not rendered`);
      problems.push(...result.problems);
      const source = sources.get(page.file) ?? '';
      cached.set(page.file, this.#cache.store(page.shown, source, result, fingerprints(page.version)));
    });
    this.#cache.commit();
    const pages = snapshot.pages.map((page) => {
      const render = cached.get(page.file);
      if (!render) throw new Error(`${page.shown} has no render`);
      return { ...page, render };
    });
    const legacy = this.#legacyRedirects(snapshot);
    return {
      snapshot,
      pages,
      redirects: legacy.redirects,
      problems: [...problems, ...legacy.problems],
      rendered: stale.length,
    };
  }

  async #renderPages(snapshot: ContentSnapshot, inputs: PageRenderInput[]): Promise<RenderedPage[]> {
    if (inputs.length >= WORKER_THRESHOLD && this.#threads > 1) {
      return renderInWorkers(inputs, { root: this.paths.root, registries: [...snapshot.registries] }, this.#threads);
    }
    const { paths } = this;
    if (this.#renderer?.snapshot !== snapshot) {
      this.#highlight ??= createCodeHighlighter();
      const highlight = await this.#highlight;
      const { registries, tables } = snapshot;
      this.#renderer = { snapshot, render: createPageRenderer({ paths, registries, tables, highlight }) };
    }
    const render = await this.#renderer.render;
    const pages: RenderedPage[] = [];
    for (const input of inputs) pages.push(await render(input));
    return pages;
  }

  /** The current fingerprint of each dependency a page can have, per version (see `RenderCache.lookup`). */
  #fingerprints(snapshot: ContentSnapshot): (version: string) => (dependency: string) => string {
    const files = new Map<string, string>();
    const fileHash = (file: string) => {
      let found = files.get(file);
      if (found === undefined) {
        found = existsSync(file) ? hash(readFileSync(file, 'utf8')) : 'missing';
        files.set(file, found);
      }
      return found;
    };
    return (version) => (dependency) => {
      const [kind, name = ''] = dependency.split(/:(.*)/s);
      if (kind === 'partial') return fileHash(this.paths.partialFile(version, name));
      if (kind === 'table') return fileHash(this.paths.tableFile(version, name));
      if (kind === 'html') return fileHash(this.paths.htmlFile(version, name));
      const registry = snapshot.registries.get(version);
      if (!registry) return 'unknown';
      if (kind === 'label') return refFingerprint(registry, name);
      if (kind === 'doc') return docFingerprint(registry, name);
      if (kind === 'api') {
        const [apiKind = '', apiName = ''] = name.split(/\|(.*)/s);
        return apiFingerprint(registry.apis, apiName, apiKind);
      }
      return 'unknown';
    };
  }

  #legacyRedirects(snapshot: ContentSnapshot): { redirects: LegacyRedirect[]; problems: Problem[] } {
    const file = this.paths.legacyUrlsFile;
    if (!existsSync(file)) return { redirects: [], problems: [] };
    const shown = this.paths.displayPath(file);
    const result = loadYamlData(file, legacyUrlsSchema, shown);
    if (!result.ok) return { redirects: [], problems: result.problems };
    const map = createPageMap(
      snapshot.pages.map((page) => ({
        version: page.version,
        slug: page.slug,
        pageId: page.frontmatter.pageId,
        title: page.frontmatter.title,
      })),
    );
    const { redirects, unknown } = resolveLegacyRedirects(result.data.redirects, map);
    const problems = unknown.map(({ index, message }) => ({
      code: 'invalid-data' as const,
      file: shown,
      line: result.lineOf(['redirects', index]),
      message,
      hint: 'set `version` and `pageId` to a page that exists (see the page’s frontmatter)',
    }));
    return { redirects, problems };
  }
}

/**
 * What a render depends on besides the content: the code of the site's libraries and the locked dependencies.
 * A change to either renders every page again.
 */
function rendererVersion(root: string): string {
  const lib = join(root, 'src', 'lib');
  const files = existsSync(lib)
    ? readdirSync(lib, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => join(lib, name))
    : [];
  const lock = join(root, 'package-lock.json');
  return hash(...[...files, lock].filter((file) => existsSync(file)).map((file) => readFileSync(file, 'utf8')));
}
