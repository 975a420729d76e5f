import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ProblemCollector } from '../lib/diagnostics/collector.ts';
import { ContentError, formatReport } from '../lib/diagnostics/problem.ts';
import { checkBuiltLinks } from '../lib/links/check-built-links.ts';
import { brokenLinkProblems } from '../lib/links/link-problems.ts';
import { CODE_COLORS_PATH } from '../lib/markdown/code-colors.ts';
import { duplicateApiReport, unresolvedApiReport } from '../lib/refs/api-report.ts';
import { renderLabelUnion } from '../lib/refs/label-union.ts';
import { buildSearchIndexes } from '../lib/search/build-indexes.ts';
import { SEARCH_DIR } from '../lib/search/bundle-url.ts';
import { bundleFileType, devSearchBundle } from '../lib/search/dev-bundle.ts';
import { pageKind } from '../lib/search/page-kind.ts';
import { readRenderedHtml } from '../lib/render/render-store.ts';
import { normalizeBase } from '../lib/site/base-path.ts';
import { rebaseBuiltSite } from '../lib/site/rebase-site.ts';
import { ENGINE_HOOK, LOADER_NAME, type EngineHolder } from './docs-loaders.ts';
import { DocsEngine } from './engine/docs-engine.ts';
import { writePreviews, writeTwins } from './engine/site-files.ts';
import { siteContextPlugin } from './site-context.ts';

function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Swaps the finished build into place, so `publishDir` always holds a whole site: the old one or the new one. */
function publish(outDir: string, publishDir: string): void {
  const previous = `${publishDir}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(publishDir)) renameSync(publishDir, previous);
  renameSync(outDir, publishDir);
  rmSync(previous, { recursive: true, force: true });
}

/** Options of the integration. */
export interface NeuronDocsOptions {
  /** Where the finished site is published, relative to the project root. @default 'dist' */
  publishDir?: string;
  /** Threads that render pages (default: one per core). */
  threads?: number;
}

/** How often, and how far apart, a refresh that Astro skipped is tried again in the dev server. */
const REFRESH_ATTEMPTS = 20;
const REFRESH_RETRY_MS = 500;

/**
 * The site's build-time wiring. It owns the docs engine (content checks, rendering, render cache) that the
 * collection loaders read, and the build's problems: content problems before rendering, page problems while
 * rendering, broken links and anchors after; the site is published to `dist/` only when there are none.
 */
export function neuronDocs(options: NeuronDocsOptions = {}): AstroIntegration {
  const problems = new ProblemCollector();
  const holder: EngineHolder = { engine: undefined, command: undefined };
  let publishDir = '';
  let origin = '';
  let base = '/';
  return {
    name: LOADER_NAME,
    hooks: {
      [ENGINE_HOOK]: () => holder,
      'astro:config:setup': ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        publishDir = join(root, options.publishDir ?? 'dist');
        origin = new URL(config.site ?? 'http://localhost/').origin;
        base = normalizeBase(config.base);
        const engine = new DocsEngine({
          root,
          cacheDir: join(fileURLToPath(config.cacheDir), 'neuron-docs'),
          ...(options.threads === undefined ? {} : { threads: options.threads }),
        });
        holder.engine = engine;
        holder.command = command;
        updateConfig({
          vite: { plugins: [siteContextPlugin({ renderDir: engine.renderDir, throwProblems: command === 'dev' })] },
        });
        const snapshot = engine.content();
        const labels = [...snapshot.registries.values()].flatMap((registry) => [...registry.targets.keys()]);
        writeIfChanged(join(root, 'src', 'generated', 'ref-labels.ts'), renderLabelUnion(labels));
        if (snapshot.problems.length === 0) return;
        if (command === 'build') throw new ContentError(snapshot.problems);
        logger.error(formatReport(snapshot.problems));
      },
      'astro:server:setup': ({ server, refreshContent, logger }) => {
        const engine = holder.engine;
        if (!engine) return;
        server.middlewares.use(CODE_COLORS_PATH, (_request, response) => {
          response.setHeader('Content-Type', 'text/css');
          engine.codeCss().then(
            (css) => response.end(css),
            (error: unknown) => response.end(`/* ${String(error)} */`),
          );
        });
        // Search works in the dev server too: each version's bundle is made in memory from the rendered pages when
        // it is first asked for, and again after an edit.
        const bundles = new Map<string, Promise<Map<string, Uint8Array>>>();
        const bundleOf = (version: string) => {
          let bundle = bundles.get(version);
          if (!bundle) {
            bundle = engine.site().then((site) =>
              devSearchBundle(
                site.pages
                  .filter((page) => page.version === version && page.frontmatter.search)
                  .map((page) => ({
                    url: page.url,
                    title: page.frontmatter.title,
                    html: readRenderedHtml(engine.renderDir, page.render.key),
                    kind: pageKind(page.slug, page.frontmatter.date !== undefined),
                    instances: page.frontmatter.relevantFor ?? [],
                  })),
              ),
            );
            bundles.set(version, bundle);
          }
          return bundle;
        };
        const searchPath = new RegExp(`^/([^/]+)/${SEARCH_DIR}/([^?#]+)`);
        server.middlewares.use((request, response, next) => {
          const [, version = '', file = ''] = searchPath.exec(request.url ?? '') ?? [];
          if (!file) return next();
          bundleOf(version).then(
            (files) => {
              const body = files.get(file);
              response.statusCode = body ? 200 : 404;
              response.setHeader('Content-Type', bundleFileType(file));
              response.end(body);
            },
            (error: unknown) => {
              logger.error(`search bundle of ${version}: ${String(error)}`);
              response.statusCode = 500;
              response.end();
            },
          );
        });
        // Any edit under content/ (a page, a partial, a table, a label's title, the versions) is read again;
        // the engine renders only the pages it affects, and the loaders update what changed.
        let timer: NodeJS.Timeout | undefined;
        const refresh = async (attempt: number): Promise<void> => {
          engine.invalidate();
          bundles.clear();
          const { problems: found } = engine.content();
          if (found.length > 0) logger.error(formatReport(found));
          await refreshContent?.({ loaders: [LOADER_NAME] });
          // Astro skips a refresh without a word while its content config is not loaded (it reloads it when a
          // module the config imports changes): then no loader asked for the site, and the edit would never
          // show. Try again until one does.
          if (!engine.siteRequested && attempt < REFRESH_ATTEMPTS)
            timer = setTimeout(() => void refresh(attempt + 1), REFRESH_RETRY_MS);
        };
        const reload = (file: string) => {
          if (!file.startsWith(engine.paths.contentDir)) return;
          clearTimeout(timer);
          timer = setTimeout(() => void refresh(0), 50);
        };
        // Nothing imports content files (the engine reads them), so Vite would not watch them by itself.
        server.watcher.add(engine.paths.contentDir);
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const engine = holder.engine;
        if (!engine) throw new Error('neuron-docs: the engine was not set up');
        const outDir = fileURLToPath(dir);
        const site = await engine.site();
        writeTwins(outDir, engine.renderDir, site, origin);
        writePreviews(outDir, engine.renderDir, site);
        // Published under a base path, the pages are rebased first and their links checked as served there.
        rebaseBuiltSite(outDir, base, origin);
        problems.report(site.problems);
        problems.report(brokenLinkProblems(checkBuiltLinks(outDir, base), site.pages));
        const found = problems.drain();
        if (found.length > 0) {
          rmSync(outDir, { recursive: true, force: true });
          throw new ContentError(found);
        }
        writeFileSync(join(outDir, CODE_COLORS_PATH), await engine.codeCss());
        const apis = unresolvedApiReport(
          site.pages.map((page) => ({ file: page.shown, unresolvedApis: page.render.unresolvedApis })),
        );
        if (apis.summary) logger.info(apis.summary);
        for (const line of apis.details) logger.debug(line);
        const duplicates = duplicateApiReport(
          [...site.snapshot.registries.values()].flatMap((registry) => registry.apis.duplicates),
        );
        if (duplicates.summary) logger.warn(duplicates.summary);
        for (const line of duplicates.details) logger.debug(line);
        // The doc pages of each version, not the notices and comparisons generated about them (not searched).
        const searched = new Map(site.snapshot.versions.map(({ id }) => [id, [] as string[]]));
        // A page marked `search: false` (Sphinx's `:nosearch:`) is published but not indexed.
        for (const page of site.pages) if (page.frontmatter.search) searched.get(page.version)?.push(page.url);
        const indexed = await buildSearchIndexes(outDir, searched, {
          previousDir: publishDir,
          stateFile: join(engine.cacheDir, 'search.json'),
        });
        const described = [...indexed].map(
          ([version, { pages, reused }]) => `${version} ${pages} pages${reused ? ' (unchanged)' : ''}`,
        );
        logger.info(`search: ${described.join(', ')}`);
        publish(outDir, publishDir);
        logger.info(`site published to ${publishDir}`);
      },
    },
  };
}
