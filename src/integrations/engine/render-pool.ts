import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RenderedPage, PageRenderInput } from '../../lib/render/render-page.ts';
import type { RenderJob, RenderWorkerData } from './render-worker.ts';

/** Pages sent to a worker at a time: enough to amortise a message, few enough to balance the threads. */
const BATCH = 16;

/** How many threads to render with: one per core (the main thread waits meanwhile). */
export const renderThreads = (): number => Math.max(1, availableParallelism());

/**
 * Renders pages on `threads` worker threads and returns the results in the order of `inputs`. Each worker builds
 * its own pipeline (Shiki included) once, then takes batches until none are left.
 */
export async function renderInWorkers(
  inputs: readonly PageRenderInput[],
  setup: RenderWorkerData,
  threads = renderThreads(),
): Promise<RenderedPage[]> {
  const results: RenderedPage[] = new Array(inputs.length);
  const batches: { id: number; start: number; inputs: PageRenderInput[] }[] = [];
  for (let start = 0; start < inputs.length; start += BATCH)
    batches.push({ id: batches.length, start, inputs: inputs.slice(start, start + BATCH) });
  const workerFile = new URL('./render-worker.ts', import.meta.url);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const batch = batches.shift();
        if (!batch) return resolve();
        worker.once('message', (reply: { id: number; pages?: RenderedPage[]; error?: string }) => {
          if (reply.error !== undefined || !reply.pages) return reject(new Error(`render worker: ${reply.error}`));
          reply.pages.forEach((page, offset) => (results[batch.start + offset] = page));
          next();
        });
        worker.postMessage({ id: batch.id, inputs: batch.inputs } satisfies RenderJob);
      };
      worker.once('error', reject);
      next();
    });
  const count = Math.min(threads, batches.length);
  const workers = Array.from({ length: count }, () => new Worker(workerFile, { workerData: setup }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
