import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseStatus, readProcesses, sampleTreeRss, treeRss } from '../../../scripts/bench/process-tree.ts';

const status = (ppid: number, rssKiB?: number) =>
  `Name:\tnode\nState:\tS (sleeping)\nPPid:\t${ppid}\n${rssKiB === undefined ? '' : `VmRSS:\t  ${rssKiB} kB\n`}Threads:\t7\n`;

/** A fake /proc: 10 → 11 → 12 (with threads, which share 11's RSS), 10 → 13 (a zombie), and 20 unrelated. */
const proc = mkdtempSync(join(tmpdir(), 'neuron-docs-proc-'));
const processes: Record<string, string> = {
  '1': status(0, 5000),
  '10': status(1, 100),
  '11': status(10, 200),
  '12': status(11, 300),
  '13': status(10),
  '20': status(1, 7000),
};
for (const [pid, text] of Object.entries(processes)) {
  mkdirSync(join(proc, pid, 'task', pid), { recursive: true });
  writeFileSync(join(proc, pid, 'status'), text);
}
mkdirSync(join(proc, 'self'));
writeFileSync(join(proc, 'meminfo'), 'MemTotal: 1 kB\n');
afterAll(() => rmSync(proc, { recursive: true, force: true }));

describe('parseStatus', () => {
  it('reads the parent and the resident set size in bytes', () => {
    expect(parseStatus(status(11, 300))).toEqual({ ppid: 11, rss: 300 * 1024 });
    expect(parseStatus(status(10))).toEqual({ ppid: 10, rss: 0 });
    expect(parseStatus('Name: x\n')).toBeUndefined();
  });
});

describe('treeRss on a fake /proc', () => {
  const table = readProcesses(proc);

  it('reads only the numeric entries', () => {
    expect([...table.keys()].sort((a, b) => a - b)).toEqual([1, 10, 11, 12, 13, 20]);
  });

  it('sums a process and all its descendants, and nothing else', () => {
    expect(treeRss(table, 10)).toBe(600 * 1024);
    expect(treeRss(table, 11)).toBe(500 * 1024);
    expect(treeRss(table, 99)).toBe(0);
  });
});

describe('sampleTreeRss on real processes', () => {
  it('counts the memory of a grandchild process', async () => {
    // A child that starts a grandchild holding about 200 MiB, then both wait to be sampled.
    const grandchild = 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 1500);';
    const child = spawn(process.execPath, [
      '-e',
      `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(grandchild)}], { stdio: 'inherit' })`,
    ]);
    const sampler = sampleTreeRss(child.pid ?? 0, 50);
    await new Promise((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(sampler.stop()).toBeGreaterThan(200 * 1024 * 1024);
  });
});
