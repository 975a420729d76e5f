import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths, type ContentPaths } from '../../lib/content/paths.ts';
import type { Problem } from '../../lib/diagnostics/problem.ts';
import { loadYamlData } from '../../lib/diagnostics/yaml-data.ts';
import { codeColorsCss } from '../../lib/markdown/code-colors.ts';
import { createPageRenderer, type PageRenderer } from '../../lib/render/render-page.ts';
import { createCodeHighlighter, type HighlightCode } from '../../lib/render/highlight.ts';
import { diffFile, diffKey, readRenderedSections, writeDiff } from '../../lib/render/render-store.ts';
import { diffPages } from '../../lib/versions/page-diff.ts';
import { resolveLegacyRedirects, type LegacyRedirect } from '../../lib/versions/legacy-redirects.ts';
import { legacyUrlsSchema } from '../../lib/versions/legacy-urls-schema.ts';
import { createPageMap } from '../../lib/versions/page-map.ts';
import { readContent, type ContentSnapshot, type PageRecord } from './content-snapshot.ts';
import { createFingerprints, fingerprintsOf, type Fingerprint } from './fingerprints.ts';
import { hash, keepRender, RenderCache, type CachedRender } from './render-cache.ts';
import { RenderPool, renderThreads } from './render-pool.ts';
import type { DiffJob, RenderItem, RenderOutcome } from './render-worker.ts';

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
  /** The engine's folder in Astro's cache: renders and what the build remembers between runs. */
  readonly cacheDir: string;
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
    this.cacheDir = options.cacheDir;
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

  /** Whether the site was asked for since the last `invalidate()` (the loaders ask for it on each sync). */
  get siteRequested(): boolean {
    return this.#site !== undefined;
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
    const fingerprints = createFingerprints(this.paths, snapshot.registries);
    const renders = new Map<string, CachedRender>();
    const stale: RenderItem[] = [];
    for (const page of snapshot.pages) {
      const source = hash(page.source);
      const hit = this.#cache.lookup(page.shown, source, fingerprints(page.version));
      if (hit) renders.set(page.shown, hit);
      else {
        const input = {
          file: page.file,
          source: page.source,
          version: page.version,
          pageLabels: page.frontmatter.labels,
          title: page.frontmatter.title,
          description: page.frontmatter.description,
        };
        stale.push({ input, page: page.shown, source });
      }
    }
    // Worker threads pay off past a few dozen pages; the same threads then compute the diffs.
    const pool =
      stale.length >= WORKER_THRESHOLD && this.#threads > 1
        ? new RenderPool(
            {
              root: this.paths.root,
              registries: [...snapshot.registries],
              renderer: this.#cache.renderer,
              renderDir: this.renderDir,
            },
            this.#threads,
          )
        : undefined;
    try {
      const outcomes = pool ? await pool.render(stale) : await this.#renderInProcess(snapshot, stale, fingerprints);
      const problems: Problem[] = [];
      stale.forEach((item, index) => {
        const outcome = outcomes[index];
        if (!outcome) throw new Error(`${item.page} was not rendered`);
        problems.push(...outcome.problems);
        this.#cache.store(item.page, outcome.render, outcome.problems.length);
        renders.set(item.page, outcome.render);
      });
      const pages = snapshot.pages.map((page) => {
        const render = renders.get(page.shown);
        if (!render) throw new Error(`${page.shown} has no render`);
        return { ...page, render };
      });
      const diffs = await this.#diff(snapshot, pages, pool);
      this.#cache.commit(diffs.map(diffFile));
      const legacy = this.#legacyRedirects(snapshot);
      return {
        snapshot,
        pages,
        redirects: legacy.redirects,
        problems: [...problems, ...legacy.problems],
        rendered: stale.length,
      };
    } finally {
      await pool?.close();
    }
  }

  async #renderInProcess(
    snapshot: ContentSnapshot,
    items: readonly RenderItem[],
    fingerprints: (version: string) => Fingerprint,
  ): Promise<RenderOutcome[]> {
    const { paths } = this;
    if (this.#renderer?.snapshot !== snapshot) {
      this.#highlight ??= createCodeHighlighter();
      const highlight = await this.#highlight;
      const { registries, tables } = snapshot;
      this.#renderer = { snapshot, render: createPageRenderer({ paths, registries, tables, highlight }) };
    }
    const render = await this.#renderer.render;
    const outcomes: RenderOutcome[] = [];
    for (const { input, page, source } of items) {
      const rendered = await render(input);
      const dependencies = fingerprintsOf(rendered.dependencies, fingerprints(input.version));
      const kept = keepRender(this.renderDir, { renderer: this.#cache.renderer, page, source }, rendered, dependencies);
      outcomes.push({ render: kept, problems: rendered.problems });
    }
    return outcomes;
  }

  /**
   * Makes the "what changed" diff of every page of an older version that the current version still has (each kept
   * by the keys of both renders, so an unchanged pair is never diffed again); returns the keys of all of them.
   */
  async #diff(snapshot: ContentSnapshot, pages: readonly SitePage[], pool: RenderPool | undefined): Promise<string[]> {
    const current = snapshot.versions.find((version) => version.status === 'current')?.id;
    const currentKeys = new Map(
      pages.filter((page) => page.version === current).map((page) => [page.frontmatter.pageId, page.render.key]),
    );
    const jobs: DiffJob[] = pages.flatMap((page) => {
      const newer = page.version === current ? undefined : currentKeys.get(page.frontmatter.pageId);
      return newer ? [{ older: page.render.key, newer, key: diffKey(page.render.key, newer) }] : [];
    });
    const missing = jobs.filter((job) => !existsSync(join(this.renderDir, diffFile(job.key))));
    if (pool && missing.length >= WORKER_THRESHOLD) await pool.diff(missing);
    else
      for (const { older, newer, key } of missing) {
        const sections = (renderKey: string) => readRenderedSections(this.renderDir, renderKey);
        writeDiff(this.renderDir, key, diffPages(sections(older), sections(newer)));
      }
    return jobs.map((job) => job.key);
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
