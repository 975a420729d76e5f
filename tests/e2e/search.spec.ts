import { expect, test, type Page } from '@playwright/test';

// Search loads nothing until it is opened, then only the bundle of the version being read.

function searchRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/_search/')) urls.push(path);
  });
  return urls;
}

test('nothing of search is downloaded until search opens', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/latest/about-neuron/sdk-policy/');
  await page.waitForLoadState('networkidle');
  expect(requests).toEqual([]);
  await page.getByRole('button', { name: /Search/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => requests.length).toBeGreaterThan(0);
  expect(requests.every((path) => path.startsWith('/latest/_search/'))).toBe(true);
});

test('finds text across the pages of the version, with sub-results per section', async ({ page }) => {
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('NEURON_RT_VISIBLE_CORES');
  // 44 pages of latest name the variable: several results, each a page of this version
  await expect(dialog.getByRole('status')).toHaveText(/([2-9]|\d\d+) results for “NEURON_RT_VISIBLE_CORES”/);
  const results = dialog.locator('.search-results > li > a');
  await expect(results.nth(1)).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/latest\/[^?#]+\/\?highlight=neuron_rt_visible_cores$/);
  await expect(dialog.locator('.search-results mark').first()).toBeVisible();
  await expect(dialog.locator('.search-results ul a').first()).toHaveAttribute('href', /#/);
});

test('searches only the version being read', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/v1.19.2/neuron-intro/maintenance-policy/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('maintenance');
  await expect(page.getByRole('dialog').locator('.search-results > li').first()).toBeVisible();
  const hrefs = await page
    .locator('.search-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((href) => href?.startsWith('/v1.19.2/'))).toBe(true);
  expect(requests.every((path) => path.startsWith('/v1.19.2/_search/'))).toBe(true);
});

test('results are reachable by keyboard alone', async ({ page }) => {
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('dkms');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const focused = page.locator('.search-results a').first();
  await expect(focused).toBeFocused();
  const href = await focused.getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[.?*+^$[\]\\(){}|-]/g, '\\$&')}$`));
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('a result leads to its page with the search terms marked', async ({ page }) => {
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('NEURONCORE_GROUP_SIZES');
  const first = page.locator('.search-results > li > a').first();
  await expect(first).toHaveAttribute('href', /^\/latest\/[^?#]+\/\?highlight=neuroncore_group_sizes$/);
  const href = (await first.getAttribute('href')) ?? '';
  await first.click();
  await expect(page).toHaveURL((url) => url.pathname + url.search === href);
  await expect(page.locator('main mark.search-highlight').first()).toHaveText('NEURONCORE_GROUP_SIZES');
});

test('/ opens search, except while typing in a field, where it is a character', async ({ page }) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  await expect(page.getByRole('button', { name: /Search/ })).toContainText('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const field = dialog.getByRole('searchbox');
  await expect(field).toBeFocused();
  await field.pressSequentially('a/b');
  await expect(field).toHaveValue('a/b');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  // the theme choice is a field too: `/` there is not the shortcut
  await page.getByLabel('Theme').focus();
  await page.keyboard.press('/');
  await expect(dialog).toBeHidden();
});
