/**
 * End-to-end tests in a real Chromium against the built site (`dist/`, served by `scripts/serve.ts`).
 *
 * The browser comes from `scripts/find-browser.ts` (CHROMIUM_PATH → Playwright's own → system → apt-get as
 * root). It is resolved once, in the main process; the result is put into CHROMIUM_PATH, which the workers
 * (they load this file too) inherit — so they take the first branch and never install anything.
 *
 * Projects: `chromium` runs every spec except `*.nojs.spec.ts`; `chromium-no-js` runs only `*.nojs.spec.ts`,
 * with JavaScript disabled (the site must work without it).
 *
 * Two servers: the built site, and the component fixture site (tests/fixtures/sites/components, built by
 * tests/e2e/support/components-site.ts), which the `components*.spec.ts` specs use.
 */
import { defineConfig } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.ts';
import { COMPONENTS_PORT, COMPONENTS_URL } from './tests/e2e/support/components-url.ts';

const executablePath = findBrowser();
process.env['CHROMIUM_PATH'] = executablePath;

const isRoot = process.getuid?.() === 0;
// E2E_PORT lets two runs share a machine (the default matches `npm start`).
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const NO_JS_SPEC = /\.nojs\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  // Two workers and a Chromium each on two cores, over 17,000 pages: the first search of a version loads its
  // index, and a tour of a dozen pages takes its time. These limits catch hangs, they do not measure speed.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [
        ...(isRoot ? ['--no-sandbox'] : []),
        // The machine's network may be closed: stop Chromium's own background traffic.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-dev-shm-usage',
      ],
    },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: NO_JS_SPEC },
    { name: 'chromium-no-js', testMatch: NO_JS_SPEC, use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: `node scripts/serve.ts --port ${PORT} --host 127.0.0.1`,
      url: `${BASE_URL}/`,
      reuseExistingServer: !process.env['CI'],
      stdout: 'pipe',
      stderr: 'pipe',
      timeout: 30_000,
    },
    {
      // Builds the fixture first: allow for a slow, shared machine.
      command: `node tests/e2e/support/components-site.ts --port ${COMPONENTS_PORT}`,
      url: `${COMPONENTS_URL}/latest/components/`,
      reuseExistingServer: !process.env['CI'],
      stdout: 'pipe',
      stderr: 'pipe',
      timeout: 600_000,
    },
  ],
});
