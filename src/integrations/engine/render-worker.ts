import { parentPort, workerData } from 'node:worker_threads';
import { contentPaths } from '../../lib/content/paths.ts';
import type { RefRegistry } from '../../lib/refs/registry.ts';
import { createPageRenderer, type PageRenderInput } from '../../lib/render/render-page.ts';
import { createTableLoader } from '../../lib/tables/load-table.ts';

/** What a render worker starts with: the project root and every version's label registry. */
export interface RenderWorkerData {
  root: string;
  registries: [string, RefRegistry][];
}

/** A message to a worker: render these pages. */
export interface RenderJob {
  id: number;
  inputs: PageRenderInput[];
}

/*
 * A thread of the render pool (render-pool.ts). It runs as its own module under Node's type stripping, so it
 * imports only plain TypeScript modules (nothing from Astro's virtual modules).
 */
const data = workerData as RenderWorkerData;
const paths = contentPaths(data.root);
const rendering = createPageRenderer({ paths, registries: new Map(data.registries), tables: createTableLoader(paths) });

parentPort?.on('message', async ({ id, inputs }: RenderJob) => {
  try {
    const render = await rendering;
    const pages = [];
    for (const input of inputs) pages.push(await render(input));
    parentPort?.postMessage({ id, pages });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
