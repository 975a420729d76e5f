import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths } from '../../lib/content/paths.ts';
import type { RefRegistry } from '../../lib/refs/registry.ts';
import { createPageRenderer, type PageRenderInput } from '../../lib/render/render-page.ts';
import { readRenderedSections, writeDiff } from '../../lib/render/render-store.ts';
import { createTableLoader } from '../../lib/tables/load-table.ts';
import { diffPages } from '../../lib/versions/page-diff.ts';

/** What a worker starts with: the project root and every version's label registry. */
export interface RenderWorkerData {
  root: string;
  registries: [string, RefRegistry][];
}

/** A "what changed" diff to compute: of the pages rendered under `older` and `newer`, written under `key`. */
export interface DiffJob {
  older: string;
  newer: string;
  key: string;
}

/** A message to a worker: render these pages, or compute these diffs (reading and writing `dir`). */
export type WorkerJob =
  | { id: number; kind: 'render'; items: PageRenderInput[] }
  | { id: number; kind: 'diff'; dir: string; items: DiffJob[] };

/*
 * A thread of the render pool (render-pool.ts). It runs as its own module under Node's type stripping, so it
 * imports only plain TypeScript modules (nothing from Astro's virtual modules).
 */
const data = workerData as RenderWorkerData;
const paths = contentPaths(data.root);
const rendering = createPageRenderer({ paths, registries: new Map(data.registries), tables: createTableLoader(paths) });

async function run(job: WorkerJob): Promise<unknown[]> {
  if (job.kind === 'diff') {
    for (const { older, newer, key } of job.items)
      writeDiff(job.dir, key, diffPages(readRenderedSections(job.dir, older), readRenderedSections(job.dir, newer)));
    return [];
  }
  const render = await rendering;
  const pages = [];
  for (const input of job.items) pages.push(await render(input));
  return pages;
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
