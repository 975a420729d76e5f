import { expect, test } from '@playwright/test';

// Screenshots of the kinds of page, at desktop and phone widths, in both themes: written to the test output
// (test-results/) for people to look at. Each also checks that the theme asked for is the one painted.

const PAGES = [
  ['doc-page', '/latest/about-neuron/sdk-policy/'],
  ['section-page', '/latest/deploy/docker-examples/'],
  ['old-version', '/v2.3.0/general/sdk-policy/'],
] as const;
const SIZES = [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 375, height: 740 }],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const [size, viewport] of SIZES)
      test(`${size} screenshots`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewport);
        for (const [name, url] of PAGES) {
          await page.goto(url);
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r = 0, g = 0, b = 0] = background.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
          expect((r + g + b) / 3 > 128 ? 'light' : 'dark', `${url} background ${background}`).toBe(scheme);
          await testInfo.attach(`${name}-${size}-${scheme}.png`, {
            body: await page.screenshot(),
            contentType: 'image/png',
          });
        }
      });
  });
}
