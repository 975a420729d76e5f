import { expect, test } from '@playwright/test';

// The navigation needs no JavaScript: the sidebar, its folding sections and the phone drawer are HTML.

const DEEP = '/latest/frameworks/torch/torch-neuronx/programming-guide/inference/core-placement/';

test('the sidebar and its folding sections work without JavaScript', async ({ page }) => {
  await page.goto(DEEP);
  const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
  await expect(nav.locator('[aria-current="page"]')).toBeVisible();
  await nav.locator('summary', { hasText: 'Pages under Developer Guide' }).click();
  await expect(nav.locator('[aria-current="page"]')).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the drawer opens and closes without JavaScript', async ({ page }) => {
    await page.goto(DEEP);
    const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
    await expect(nav).toBeHidden();
    await page.getByRole('button', { name: 'Menu' }).click();
    await expect(nav).toBeVisible();
    await nav.getByRole('button', { name: 'Close' }).click();
    await expect(nav).toBeHidden();
  });
});

test('a section page whose toctree is hidden lists its pages, as the sidebar shows them', async ({ page }) => {
  await page.goto('/latest/deploy/docker-examples/');
  const listing = page.getByRole('navigation', { name: 'In this section' });
  const listed = await listing.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.length).toBeGreaterThan(3);
  // The sidebar's entries under the current page: the same pages, in the same order
  const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
  const below = await nav
    .locator('li:has(> [aria-current="page"]) > details > ul > li > a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed).toEqual(below);
  // A page whose own text links to each of its pages (a toctree Sphinx shows) has no such list
  await page.goto('/latest/');
  await expect(page.getByRole('navigation', { name: 'In this section' })).toHaveCount(0);
});

test('each version’s index of all pages lists every page, those outside the tree included', async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const published = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/latest\/[^<]*)<\/loc>/g)].map((m) => m[1]);
  expect(published.length).toBeGreaterThan(1000);
  await page.goto('/latest/');
  await page
    .getByRole('navigation', { name: 'Pages', exact: true })
    .getByRole('link', { name: 'All pages, A to Z' })
    .click();
  await expect(page).toHaveURL(/\/latest\/all-pages\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All pages');
  const listed = new Set(
    await page.locator('main .all-pages-group a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  );
  for (const url of published) expect(listed.has(url ?? ''), url).toBe(true);
  await expect(page.locator('main')).toContainText(`The ${listed.size} pages of version Latest`);
  // The version menu (a closed disclosure) leads to the other versions' indexes
  await expect(page.locator('.version-menu a', { hasText: '1.19.2' })).toHaveAttribute('href', '/v1.19.2/all-pages/');
});
