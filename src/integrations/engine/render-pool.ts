import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DiffJob, RenderItem, RenderOutcome, RenderWorkerData, WorkerJob } from './render-worker.ts';

/** Items sent to a worker at a time: enough to amortise a message, few enough to balance the threads. */
const BATCH = 16;

/** How many threads to render with: one per core (the main thread waits meanwhile). */
export const renderThreads = (): number => Math.max(1, availableParallelism());

/**
 * Worker threads that render pages and compute "what changed" diffs, writing both into the render store. Each
 * builds its own pipeline (Shiki included) once; the same threads serve the renders and then the diffs of a
 * build. `close()` ends them.
 */
export class RenderPool {
  readonly #workers: Worker[];
  #ids = 0;

  constructor(setup: RenderWorkerData, threads = renderThreads()) {
    const file = new URL('./render-worker.ts', import.meta.url);
    this.#workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(file, { workerData: setup }));
  }

  /** Renders pages into the render store; the outcomes are in the order of `items`. */
  render(items: readonly RenderItem[]): Promise<RenderOutcome[]> {
    return this.#run('render', items) as Promise<RenderOutcome[]>;
  }

  /** Computes diffs into the render store. */
  async diff(jobs: readonly DiffJob[]): Promise<void> {
    await this.#run('diff', jobs);
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  async #run(kind: WorkerJob['kind'], items: readonly unknown[]): Promise<unknown[]> {
    const results: unknown[] = new Array(items.length);
    const batches: { start: number; items: unknown[] }[] = [];
    for (let start = 0; start < items.length; start += BATCH)
      batches.push({ start, items: items.slice(start, start + BATCH) });
    const serve = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        const next = () => {
          const batch = batches.shift();
          if (!batch) return resolve();
          const id = ++this.#ids;
          const onMessage = (reply: { id: number; results?: unknown[]; error?: string }) => {
            if (reply.id !== id) return;
            worker.off('message', onMessage);
            if (reply.error !== undefined || !reply.results) return reject(new Error(`render worker: ${reply.error}`));
            reply.results.forEach((result, offset) => (results[batch.start + offset] = result));
            next();
          };
          worker.on('message', onMessage);
          worker.postMessage({ id, kind, items: batch.items } as WorkerJob);
        };
        worker.once('error', reject);
        next();
      });
    await Promise.all(this.#workers.slice(0, Math.max(1, batches.length)).map(serve));
    return results;
  }
}
