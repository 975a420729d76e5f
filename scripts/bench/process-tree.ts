/**
 * Memory of a whole process tree: the resident set size (RSS) of a process and of all its descendants, summed,
 * read from `/proc`. Threads (a build's worker threads) share their process' RSS, so processes are what is
 * summed, never tasks. The `/proc` root is a parameter so the unit test can hand it a fake one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One process as `/proc/<pid>/status` shows it. */
export interface ProcessEntry {
  ppid: number;
  /** Resident set size in bytes (`VmRSS`; 0 for a zombie, which has none). */
  rss: number;
}

/** Reads `PPid` and `VmRSS` from the text of a `/proc/<pid>/status` file. */
export function parseStatus(text: string): ProcessEntry | undefined {
  const ppid = /^PPid:\s+(\d+)/m.exec(text)?.[1];
  if (ppid === undefined) return undefined;
  const rssKiB = /^VmRSS:\s+(\d+) kB/m.exec(text)?.[1];
  return { ppid: Number(ppid), rss: Number(rssKiB ?? 0) * 1024 };
}

/** Every process of the machine (that can still be read: processes come and go while we read). */
export function readProcesses(procRoot = '/proc'): Map<number, ProcessEntry> {
  const table = new Map<number, ProcessEntry>();
  for (const name of readdirSync(procRoot)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const entry = parseStatus(readFileSync(join(procRoot, name, 'status'), 'utf8'));
      if (entry) table.set(Number(name), entry);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return table;
}

/** The summed RSS of `root` and all its descendants in a process table. */
export function treeRss(table: ReadonlyMap<number, ProcessEntry>, root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    sum += table.get(pid)?.rss ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Samples a process tree's RSS every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function sampleTreeRss(root: number, intervalMs = 50, procRoot = '/proc'): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(readProcesses(procRoot), root));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
