import { describe, expect, it } from 'vitest';
import { APT_INSTALL_COMMAND, decideBrowser } from '../../../src/lib/tooling/browser-path.ts';
import type { BrowserProbe } from '../../../src/lib/tooling/browser-path.ts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function probe(files: string[], overrides: Partial<BrowserProbe> = {}): BrowserProbe {
  return {
    chromiumPathEnv: undefined,
    playwrightPath: PLAYWRIGHT,
    exists: (path) => files.includes(path),
    isRoot: false,
    hasAptGet: false,
    ...overrides,
  };
}

describe('decideBrowser', () => {
  it('takes CHROMIUM_PATH first, when it exists', () => {
    expect(decideBrowser(probe(['/opt/c', PLAYWRIGHT, '/usr/bin/chromium'], { chromiumPathEnv: '/opt/c' }))).toEqual({
      kind: 'found',
      path: '/opt/c',
      source: 'CHROMIUM_PATH',
    });
  });

  it('fails when CHROMIUM_PATH does not exist, even if another browser does', () => {
    const decision = decideBrowser(
      probe(['/usr/bin/chromium'], { chromiumPathEnv: '/nope', isRoot: true, hasAptGet: true }),
    );
    expect(decision.kind).toBe('error');
    expect(decision.kind === 'error' && decision.message).toContain('CHROMIUM_PATH is set to "/nope"');
  });

  it('ignores an empty CHROMIUM_PATH', () => {
    expect(decideBrowser(probe(['/usr/bin/chromium'], { chromiumPathEnv: '' }))).toMatchObject({
      path: '/usr/bin/chromium',
    });
  });

  it("prefers Playwright's own Chromium when downloaded", () => {
    expect(decideBrowser(probe([PLAYWRIGHT, '/usr/bin/chromium']))).toEqual({
      kind: 'found',
      path: PLAYWRIGHT,
      source: 'playwright',
    });
  });

  it('falls back to system browsers in order', () => {
    expect(decideBrowser(probe(['/usr/bin/google-chrome', '/usr/bin/chromium-browser']))).toEqual({
      kind: 'found',
      path: '/usr/bin/chromium-browser',
      source: 'system',
    });
    expect(decideBrowser(probe(['/usr/bin/google-chrome'], { playwrightPath: undefined }))).toMatchObject({
      path: '/usr/bin/google-chrome',
    });
  });

  it('installs Debian chromium as root with apt-get', () => {
    expect(decideBrowser(probe([], { isRoot: true, hasAptGet: true }))).toEqual({
      kind: 'install',
      command: APT_INSTALL_COMMAND,
      path: '/usr/bin/chromium',
    });
    expect(APT_INSTALL_COMMAND).toBe('apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium');
  });

  it('otherwise fails, saying how to get a browser', () => {
    for (const overrides of [
      { isRoot: false, hasAptGet: true },
      { isRoot: true, hasAptGet: false },
    ]) {
      const decision = decideBrowser(probe([], overrides));
      expect(decision.kind).toBe('error');
      const message = decision.kind === 'error' ? decision.message : '';
      expect(message).toContain('apt-get install -y chromium');
      expect(message).toContain('CHROMIUM_PATH');
    }
  });
});
