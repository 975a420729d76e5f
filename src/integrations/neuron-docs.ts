import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkFrontmatter, checkPageIds, type CheckedPage } from '../lib/content/check-pages.ts';
import { CONTENT_DIR, DOCS_DIR, PROJECT_ROOT } from '../lib/content/paths.ts';
import { clearVersions, loadVersions } from '../lib/content/versions.ts';
import { problems as collector } from '../lib/diagnostics/collector.ts';
import { ContentError, formatReport, type Problem } from '../lib/diagnostics/problem.ts';
import { checkBuiltLinks } from '../lib/links/check-built-links.ts';
import { brokenLinkProblems } from '../lib/links/link-problems.ts';
import { codeColors, CODE_COLORS_PATH } from '../lib/markdown/code-colors.ts';
import { renderLabelUnion } from '../lib/refs/label-union.ts';
import { buildSearchIndexes } from '../lib/search/build-indexes.ts';
import { clearRegistries, getRegistry, listPageFiles } from '../lib/refs/registry.ts';
import { checkTables, clearTables } from '../lib/tables/load-table.ts';

/** Where the finished site goes. The build writes elsewhere and moves it here only when every gate passed. */
export const PUBLISH_DIR = join(PROJECT_ROOT, 'dist');
const LABELS_MODULE = join(PROJECT_ROOT, 'src', 'generated', 'ref-labels.ts');

function writeIfChanged(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Checks all content that can be checked before rendering: versions, frontmatter, labels. Returns the problems. */
function checkContent(): Problem[] {
  const found: Problem[] = [];
  let versions;
  try {
    versions = loadVersions();
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  const labels: string[] = [];
  for (const { id } of versions) {
    const pages: CheckedPage[] = [];
    for (const file of listPageFiles(id)) {
      const { page, problems } = checkFrontmatter(file);
      found.push(...problems);
      if (page) pages.push(page);
    }
    found.push(...checkPageIds(pages));
    const registry = getRegistry(id); // built once: rendering uses the same registry
    found.push(...registry.problems, ...checkTables(id));
    labels.push(...registry.targets.keys());
  }
  writeIfChanged(LABELS_MODULE, renderLabelUnion(labels));
  return found;
}

/** Swaps the finished build into place, so `dist/` always holds a whole site: the old one or the new one. */
function publish(outDir: string): void {
  const previous = `${PUBLISH_DIR}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(PUBLISH_DIR)) renameSync(PUBLISH_DIR, previous);
  renameSync(outDir, PUBLISH_DIR);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * The site's build-time wiring: content checks before rendering, the generated label union, cache resets in the
 * dev server, and the gates after the build (problems found while rendering, internal links and anchors) before
 * the site is published atomically to `dist/`.
 */
export function neuronDocs(): AstroIntegration {
  return {
    name: 'neuron-docs',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        collector.mode = command === 'build' ? 'collect' : 'throw';
        const found = checkContent();
        if (found.length === 0) return;
        if (command === 'build') throw new ContentError(found);
        logger.error(formatReport(found));
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(CODE_COLORS_PATH, (_request, response) => {
          response.setHeader('Content-Type', 'text/css');
          response.end(codeColors.getCSS());
        });
        const reset = (file: string) => {
          if (!file.startsWith(CONTENT_DIR)) return;
          clearRegistries();
          clearTables();
          clearVersions();
          // Partials and data files are read by the remark transform, not imported: Vite does not know pages
          // depend on them, so drop every compiled module and reload.
          if (!file.startsWith(DOCS_DIR)) {
            server.moduleGraph.invalidateAll();
            server.ws.send({ type: 'full-reload' });
          }
        };
        server.watcher.on('change', reset);
        server.watcher.on('add', reset);
        server.watcher.on('unlink', reset);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const found = collector.drain();
        const pageFiles = loadVersions().flatMap(({ id }) => listPageFiles(id));
        found.push(...brokenLinkProblems(checkBuiltLinks(outDir), pageFiles));
        if (found.length > 0) {
          rmSync(outDir, { recursive: true, force: true });
          throw new ContentError(found);
        }
        writeFileSync(join(outDir, CODE_COLORS_PATH), codeColors.getCSS());
        const indexed = await buildSearchIndexes(
          outDir,
          loadVersions().map(({ id }) => id),
        );
        logger.info(`search: ${[...indexed].map(([version, pages]) => `${version} ${pages} pages`).join(', ')}`);
        publish(outDir);
        logger.info(`site published to ${PUBLISH_DIR}`);
      },
    },
  };
}
