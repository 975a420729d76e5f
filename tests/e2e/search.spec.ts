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

test('"All versions" merges every version’s bundle and labels each result with its version', async ({ page }) => {
  const requests = searchRequests(page);
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('maintenance policy');
  await expect(dialog.getByRole('status')).toHaveText(/results? for “maintenance policy”\.$/);
  await dialog.getByRole('checkbox', { name: 'All versions' }).check();
  await expect(dialog.getByRole('status')).toHaveText(/results? for “maintenance policy” in all versions\./);
  const results = dialog.locator('.search-results > li > a');
  await expect(results.first()).toBeVisible();
  const found = await results.evaluateAll((links) =>
    links.map((a) => ({
      version: a.getAttribute('href')?.split('/')[1],
      badge: a.querySelector('.search-result-version')?.textContent,
    })),
  );
  // Each result says its version, and the pages come from more than this one (the term is in every release).
  const labels: Record<string, string> = { latest: 'Latest' };
  for (const { version, badge } of found) expect(badge).toBe(labels[version ?? ''] ?? version?.replace(/^v/, ''));
  expect(new Set(found.map((result) => result.version)).size).toBeGreaterThan(1);
  for (const version of ['latest', 'v2.28.1', 'v1.19.2'])
    expect(requests.some((path) => path.startsWith(`/${version}/_search/`))).toBe(true);
  // Unchecked, the search is this version's again.
  await dialog.getByRole('checkbox', { name: 'All versions' }).uncheck();
  await expect(dialog.getByRole('status')).toHaveText(/results? for “maintenance policy”\.$/);
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((href) => href?.startsWith('/latest/'))).toBe(true);
  await expect(dialog.locator('.search-result-version')).toHaveCount(0);
});

test('results narrow to a kind of page and to an instance family', async ({ page }) => {
  await page.goto('/latest/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('searchbox').fill('neuron runtime');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/results? for/);
  const all = Number((await status.textContent())?.match(/\d+/)?.[0]);
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('Release notes');
  await expect(status).not.toHaveText(`${all} results for “neuron runtime”.`);
  const narrowed = Number((await status.textContent())?.match(/\d+/)?.[0]);
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(all);
  const hrefs = await dialog
    .locator('.search-results > li > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/\/release-notes\//);

  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('');
  await dialog.getByRole('combobox', { name: 'Instance' }).selectOption('Inf1');
  await expect(status).not.toHaveText(`${all} results for “neuron runtime”.`);
  const first = dialog.locator('.search-results > li > a').first();
  await first.click();
  // The page found says it is for Inf1 (the filter is the page's `relevantFor`).
  await expect(page.locator('.relevant-for').first()).toContainText('Inf1');
});
