/**
 * Runs one build as a child process: wall time, and the peak RSS of its whole process tree. Its output goes to
 * a log file (not through this process), whose tail is shown when the build fails.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { sampleTreeRss } from './process-tree.ts';

/** What one build took. */
export interface BuildRun {
  ms: number;
  /** Peak RSS of the build's process tree, bytes. */
  peakRss: number;
}

/** A build that failed: what it took until then, and why (from its log). */
export class BuildFailed extends Error {
  readonly run: BuildRun;
  readonly reason: string;
  constructor(message: string, run: BuildRun, reason: string) {
    super(message);
    this.run = run;
    this.reason = reason;
  }
}

/** The line of a build log that says why it failed: a fatal error, else Astro's error line, else the last line. */
export function failureReason(log: string): string {
  const lines = log.split('\n').map((line) => line.trim());
  const fatal = lines.find((line) => line.startsWith('FATAL ERROR:'));
  const error = lines.find((line) => /\[ERROR\]/.test(line));
  return (fatal ?? error ?? lines.filter(Boolean).at(-1) ?? 'no output').replace(/^.*?\[ERROR\]\s*/, '');
}

/** A build that has not ended after this long is stopped (a failed Astro build can hang instead of exiting). */
const TIMEOUT_MS = 60 * 60 * 1000;

/** Runs `command args…` in `cwd`, logging to `log`; rejects with `BuildFailed` (and the log's tail) when it fails. */
export async function timedBuild(
  command: string,
  args: readonly string[],
  cwd: string,
  log: string,
  timeoutMs = TIMEOUT_MS,
): Promise<BuildRun> {
  const fd = openSync(log, 'w');
  const start = performance.now();
  const child = spawn(command, args, {
    cwd,
    stdio: ['ignore', fd, fd],
    // Its own process group, so that a timeout stops the build's whole tree and nothing else.
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  closeSync(fd);
  const sampler = child.pid === undefined ? { stop: () => 0 } : sampleTreeRss(child.pid);
  const stopBuild = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  // Being detached, the build would outlive an interrupted bench: stop it too.
  const interrupted = () => {
    stopBuild();
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const timer = setTimeout(stopBuild, timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode));
  }).finally(() => {
    clearTimeout(timer);
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
  });
  const ms = performance.now() - start;
  const peakRss = sampler.stop();
  if (code !== 0) {
    const text = readFileSync(log, 'utf8');
    const tail = text.split('\n').slice(-40).join('\n');
    const message = `${command} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${tail}`;
    throw new BuildFailed(message, { ms, peakRss }, failureReason(text));
  }
  return { ms, peakRss };
}
