/**
 * Which Chromium the end-to-end tests use — the pure decision behind `scripts/find-browser.ts`. All facts about
 * the machine come in through `BrowserProbe`, so every branch is unit-tested.
 *
 * Order: `CHROMIUM_PATH` (must exist) → Playwright's own downloaded Chromium → a system Chromium → as root with
 * apt-get, install Debian's `chromium` → otherwise fail with instructions.
 */

/** System locations of Chromium (or Chrome), in order of preference. */
export const SYSTEM_BROWSER_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Where Debian's `chromium` package puts the browser. */
export const APT_CHROMIUM_PATH = '/usr/bin/chromium';

/** The install commands run (as root, with apt-get) when no Chromium is found. */
export const APT_INSTALL_COMMAND = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

/** What the decision needs to know about the machine. */
export interface BrowserProbe {
  /** The value of `CHROMIUM_PATH`, if set and not empty. */
  chromiumPathEnv: string | undefined;
  /** Playwright's idea of its bundled Chromium (`chromium.executablePath()`), whether or not it is downloaded. */
  playwrightPath: string | undefined;
  /** Whether a file exists (and is a file). */
  exists: (path: string) => boolean;
  /** Running as root (uid 0). */
  isRoot: boolean;
  /** `apt-get` is on the PATH. */
  hasAptGet: boolean;
}

export type BrowserDecision =
  | { kind: 'found'; path: string; source: 'CHROMIUM_PATH' | 'playwright' | 'system' }
  | { kind: 'install'; command: string; path: string }
  | { kind: 'error'; message: string };

/** How to get a browser, for error messages. */
export const HOW_TO_GET_A_BROWSER = [
  'The end-to-end tests need a Chromium. Either:',
  '  - install Debian/Ubuntu\'s "chromium" package: sudo apt-get install -y chromium   (then /usr/bin/chromium is used), or',
  '  - point CHROMIUM_PATH at a Chromium or Chrome executable: CHROMIUM_PATH=/path/to/chrome npm test, or',
  "  - download Playwright's own build (where the network allows it): npx playwright install chromium",
].join('\n');

export function decideBrowser(probe: BrowserProbe): BrowserDecision {
  if (probe.chromiumPathEnv !== undefined && probe.chromiumPathEnv !== '') {
    return probe.exists(probe.chromiumPathEnv)
      ? { kind: 'found', path: probe.chromiumPathEnv, source: 'CHROMIUM_PATH' }
      : {
          kind: 'error',
          message: `CHROMIUM_PATH is set to "${probe.chromiumPathEnv}", but no such file exists. Fix or unset CHROMIUM_PATH.`,
        };
  }
  if (probe.playwrightPath !== undefined && probe.exists(probe.playwrightPath)) {
    return { kind: 'found', path: probe.playwrightPath, source: 'playwright' };
  }
  const system = SYSTEM_BROWSER_PATHS.find((path) => probe.exists(path));
  if (system !== undefined) return { kind: 'found', path: system, source: 'system' };
  if (probe.isRoot && probe.hasAptGet) {
    return { kind: 'install', command: APT_INSTALL_COMMAND, path: APT_CHROMIUM_PATH };
  }
  const why = probe.isRoot
    ? 'No Chromium found, and apt-get is not available to install one.'
    : 'No Chromium found (and not running as root, so it is not installed automatically).';
  return { kind: 'error', message: `${why}\n${HOW_TO_GET_A_BROWSER}` };
}
