import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths } from '../../lib/content/paths.ts';
import type { Problem } from '../../lib/diagnostics/problem.ts';
import type { RefRegistry } from '../../lib/refs/registry.ts';
import { createPageRenderer, type PageRenderInput } from '../../lib/render/render-page.ts';
import { readRenderedSections, writeDiff } from '../../lib/render/render-store.ts';
import { createTableLoader } from '../../lib/tables/load-table.ts';
import { diffPages } from '../../lib/versions/page-diff.ts';
import { createFingerprints, fingerprintsOf } from './fingerprints.ts';
import { keepRender, type CachedRender } from './render-cache.ts';

/** What a worker starts with: the project root, every version's label registry, and where renders go. */
export interface RenderWorkerData {
  root: string;
  registries: [string, RefRegistry][];
  /** The renderer's version and the render store (see `keepRender`). */
  renderer: string;
  renderDir: string;
}

/** A page to render, with what its render key is made of. */
export interface RenderItem {
  input: PageRenderInput;
  /** The page file as shown to authors, and the hash of its source. */
  page: string;
  source: string;
}

/** What rendering a page gives back to the main thread: the render as the cache remembers it, and its problems. */
export interface RenderOutcome {
  render: CachedRender;
  problems: Problem[];
}

/** A "what changed" diff to compute: of the pages rendered under `older` and `newer`, written under `key`. */
export interface DiffJob {
  older: string;
  newer: string;
  key: string;
}

/** A message to a worker: render these pages, or compute these diffs. */
export type WorkerJob =
  { id: number; kind: 'render'; items: RenderItem[] } | { id: number; kind: 'diff'; items: DiffJob[] };

/*
 * A thread of the render pool (render-pool.ts). It runs as its own module under Node's type stripping, so it
 * imports only plain TypeScript modules (nothing from Astro's virtual modules). It writes what it makes into the
 * render store itself: page HTML never crosses back to the main thread.
 */
const data = workerData as RenderWorkerData;
const paths = contentPaths(data.root);
const registries = new Map(data.registries);
const rendering = createPageRenderer({ paths, registries, tables: createTableLoader(paths) });
const fingerprints = createFingerprints(paths, registries);

async function run(job: WorkerJob): Promise<unknown[]> {
  if (job.kind === 'diff') {
    const sections = (key: string) => readRenderedSections(data.renderDir, key);
    for (const { older, newer, key } of job.items)
      writeDiff(data.renderDir, key, diffPages(sections(older), sections(newer)));
    return [];
  }
  const render = await rendering;
  const outcomes: RenderOutcome[] = [];
  for (const { input, page, source } of job.items) {
    const rendered = await render(input);
    const dependencies = fingerprintsOf(rendered.dependencies, fingerprints(input.version));
    const kept = keepRender(data.renderDir, { renderer: data.renderer, page, source }, rendered, dependencies);
    outcomes.push({ render: kept, problems: rendered.problems });
  }
  return outcomes;
}

parentPort?.on('message', (job: WorkerJob) => {
  run(job).then(
    (results) => parentPort?.postMessage({ id: job.id, results }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: job.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
