import { expect, test, type Page } from '@playwright/test';

// Every page carries a Content Security Policy without 'unsafe-inline', and nothing the site does breaks it:
// no inline script or style in the HTML, and no violation while reading, switching versions or searching.

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

test('the policy forbids inline code and the built pages have none', async ({ page, request }) => {
  for (const url of [
    '/latest/archive/appnotes/neuron1x/introducing-libnrt/',
    '/v2.3.0/changes/general/sdk-policy/',
    '/404.html',
  ]) {
    const html = await (await request.get(url)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy, url).toContain("script-src 'self'");
    expect(policy, url).not.toContain('unsafe-inline');
    expect(html, `${url} has no style attribute`).not.toMatch(/\sstyle="/);
    expect(html, `${url} has no inline <style>`).not.toMatch(/<style[\s>]/);
    expect(html, `${url} has no inline <script>`).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  }
  await page.goto('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  // Code keeps its colours, now from classes in the generated stylesheet (without it the background is transparent).
  const background = await page
    .locator('main pre')
    .first()
    .evaluate((pre) => getComputedStyle(pre).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('no violation while reading, copying, switching versions and searching', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const violations = await watchViolations(page);
  await page.goto('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  await page.getByRole('button', { name: 'Copy code to clipboard' }).first().click();
  await page.locator('.version-menu summary').click();
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('runtime');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.locator('.search-results > li > a').first().click();
  await expect(page.locator('main mark.search-highlight').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('no violation on a legacy redirect', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/en/latest/about-neuron/sdk-policy.html#neuron-software-versioning');
  await expect(page).toHaveURL(/\/latest\/about-neuron\/sdk-policy\/#neuron-software-versioning$/);
  expect(await violations()).toEqual([]);
});
