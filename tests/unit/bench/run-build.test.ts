import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailed, failureReason, timedBuild } from '../../../scripts/bench/run-build.ts';

describe('failureReason', () => {
  it('prefers a fatal error, then an Astro error line, then the last line', () => {
    const oom =
      '12:00 [build] done\n<--- Last few GCs --->\nFATAL ERROR: Reached heap limit Allocation failed\n 1: 0x1 [node]\n';
    expect(failureReason(oom)).toBe('FATAL ERROR: Reached heap limit Allocation failed');
    expect(failureReason('a\n12:00:01 [ERROR] [vite] ✗ Build failed in 4.16s\nstack')).toBe(
      '[vite] ✗ Build failed in 4.16s',
    );
    expect(failureReason('a\nlast words\n\n')).toBe('last words');
    expect(failureReason('')).toBe('no output');
  });
});

describe('timedBuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-docs-run-build-'));

  it('times a command that succeeds', async () => {
    const run = await timedBuild(process.execPath, ['-e', 'setTimeout(() => {}, 200)'], dir, join(dir, 'ok.log'));
    expect(run.ms).toBeGreaterThanOrEqual(150);
    expect(run.peakRss).toBeGreaterThan(0);
  });

  it('rejects with what the failed command took and why', async () => {
    const failing = timedBuild(
      process.execPath,
      ['-e', 'console.log("FATAL ERROR: out of luck"); process.exit(3)'],
      dir,
      join(dir, 'bad.log'),
    );
    await expect(failing).rejects.toBeInstanceOf(BuildFailed);
    await expect(failing).rejects.toMatchObject({ reason: 'FATAL ERROR: out of luck' });
    rmSync(dir, { recursive: true, force: true });
  });
});
