/**
 * Finds the Chromium the end-to-end tests run in, and prints its path:
 *
 *   node scripts/find-browser.ts        # → /usr/bin/chromium
 *
 * Order: `CHROMIUM_PATH` (must exist) → Playwright's own downloaded Chromium → `/usr/bin/chromium`,
 * `/usr/bin/chromium-browser`, `/usr/bin/google-chrome` → as root with apt-get: installs Debian's `chromium`
 * (output streamed to stderr) → otherwise fails with instructions. The decision itself lives in
 * `src/lib/tooling/browser-path.ts`.
 *
 * Importable: `findBrowser()` returns the path or throws `BrowserNotFoundError`.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { decideBrowser, HOW_TO_GET_A_BROWSER } from '../src/lib/tooling/browser-path.ts';
import type { BrowserProbe } from '../src/lib/tooling/browser-path.ts';

export class BrowserNotFoundError extends Error {
  override name = 'BrowserNotFoundError';
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => dir !== '' && isFile(join(dir, command)));
}

function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The facts about this machine that the decision needs. */
export function probeMachine(): BrowserProbe {
  return {
    chromiumPathEnv: process.env['CHROMIUM_PATH'],
    playwrightPath: playwrightChromiumPath(),
    exists: isFile,
    isRoot: process.getuid?.() === 0,
    hasAptGet: onPath('apt-get'),
  };
}

/**
 * The path of the Chromium to use. May install Debian's `chromium` with apt-get (as root only), streaming
 * apt's output to stderr. Throws `BrowserNotFoundError` with instructions when there is none.
 */
export function findBrowser(probe: BrowserProbe = probeMachine()): string {
  const decision = decideBrowser(probe);
  switch (decision.kind) {
    case 'found':
      return decision.path;
    case 'error':
      throw new BrowserNotFoundError(decision.message);
    case 'install': {
      console.error(`find-browser: no Chromium found; installing Debian's chromium: ${decision.command}`);
      const result = spawnSync('bash', ['-c', decision.command], {
        // stdout too goes to stderr: this script's stdout is the path alone.
        stdio: ['ignore', 2, 2],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (result.error !== undefined || result.status !== 0 || !isFile(decision.path)) {
        const why =
          result.error !== undefined
            ? result.error.message
            : result.status !== 0
              ? `exit status ${String(result.status ?? result.signal)}`
              : `${decision.path} is still missing`;
        throw new BrowserNotFoundError(`Installing chromium with apt-get failed (${why}).\n${HOW_TO_GET_A_BROWSER}`);
      }
      return decision.path;
    }
  }
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    console.log(findBrowser());
  } catch (error) {
    console.error(`find-browser: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
