import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RenderedPage } from '../../lib/render/render-page.ts';
import { renderedFiles, writeRendered } from '../../lib/render/render-store.ts';

/** A page's render as the cache remembers it. */
export interface CachedRender {
  /** The render key: where its files are, and the digest of the page's collection entry. */
  key: string;
  /** Hash of the page source it was rendered from. */
  source: string;
  /**
   * The fingerprint of each dependency (`partial:x`, `table:x`, `html:x`, `label:x`, `doc:x`, `api:kind|name`) when
   * it was rendered.
   */
  dependencies: Record<string, string>;
  /** Style classes the page uses (their CSS is written for the whole site). */
  codeStyles: Record<string, string>;
  /** `:api` targets the page could not resolve (for the build's summary). */
  unresolvedApis: string[];
}

interface Manifest {
  renderer: string;
  pages: Record<string, CachedRender>;
}

/** A short content hash. */
export const hash = (...parts: string[]): string => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\u0000');
  return digest.digest('hex').slice(0, 24);
};

/**
 * Remembers rendered pages across builds (in Astro's cache folder): a page is rendered again only when its source
 * changed, when one of its dependencies did (a partial, a table, the title or URL of a label it references), or
 * when the renderer itself did (its code or the lock file: `renderer`).
 */
export class RenderCache {
  readonly pagesDir: string;
  readonly #manifestFile: string;
  /** The renderer's version: renders made by another are not reused. */
  readonly renderer: string;
  #previous: Record<string, CachedRender>;
  #next: Record<string, CachedRender> = {};
  /** Keys rendered by this build, kept until the next commit even when not cached (pages with problems). */
  #written = new Set<string>();

  constructor(dir: string, renderer: string) {
    this.pagesDir = join(dir, 'pages');
    this.#manifestFile = join(dir, 'manifest.json');
    this.renderer = renderer;
    this.#previous = this.#load();
  }

  #load(): Record<string, CachedRender> {
    if (!existsSync(this.#manifestFile)) return {};
    try {
      const manifest = JSON.parse(readFileSync(this.#manifestFile, 'utf8')) as Manifest;
      return manifest.renderer === this.renderer ? manifest.pages : {};
    } catch {
      return {}; // a damaged manifest only costs a full render
    }
  }

  /**
   * The cached render of `page` if it is still what rendering would give now: same source, and every dependency
   * with the fingerprint it had (`fingerprint` computes the current one).
   */
  lookup(page: string, source: string, fingerprint: (dependency: string) => string): CachedRender | undefined {
    const cached = this.#previous[page];
    if (!cached || cached.source !== source) return undefined;
    for (const [dependency, was] of Object.entries(cached.dependencies)) {
      if (fingerprint(dependency) !== was) return undefined;
    }
    if (!existsSync(join(this.pagesDir, renderedFiles(cached.key)[0] ?? ''))) return undefined;
    this.#next[page] = cached;
    return cached;
  }

  /** Remembers a fresh render of `page` (see `keepRender`); one with problems is not kept for later builds. */
  store(page: string, render: CachedRender, problems: number): void {
    this.#written.add(render.key);
    if (problems === 0) this.#next[page] = render;
  }

  /**
   * Saves what this build rendered or reused, and deletes the files of every other render (and every other file of
   * the store but `keep`: the diffs of this build).
   */
  commit(keep: readonly string[] = []): void {
    mkdirSync(this.pagesDir, { recursive: true });
    const manifest: Manifest = { renderer: this.renderer, pages: this.#next };
    writeFileSync(this.#manifestFile, JSON.stringify(manifest));
    const keys = [...Object.values(this.#next).map((entry) => entry.key), ...this.#written];
    const live = new Set([...keys.flatMap(renderedFiles), ...keep]);
    for (const name of readdirSync(this.pagesDir))
      if (!live.has(name)) rmSync(join(this.pagesDir, name), { force: true });
    this.#previous = this.#next;
    this.#next = {};
    this.#written = new Set();
  }
}

/** What a render is made from: the renderer, the page, its source and its dependencies' fingerprints. */
export interface RenderSource {
  /** The renderer's version (see `RenderCache`). */
  renderer: string;
  /** The page file as shown to authors. */
  page: string;
  /** Hash of its source. */
  source: string;
}

/**
 * Writes a fresh render into the render store (`dir`) under its key and returns what the cache remembers of it.
 * Done where the page is rendered (a render thread), so page HTML never travels back to the main thread.
 */
export function keepRender(
  dir: string,
  from: RenderSource,
  rendered: RenderedPage,
  dependencies: Record<string, string>,
): CachedRender {
  const key = hash(from.renderer, from.page, from.source, JSON.stringify(dependencies));
  writeRendered(dir, key, rendered);
  return {
    key,
    source: from.source,
    dependencies,
    codeStyles: rendered.codeStyles,
    unresolvedApis: rendered.unresolvedApis,
  };
}
