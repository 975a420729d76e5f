import { expect, test, type Page } from '@playwright/test';
import { current, landingOf, map, pages, sampleLegacy, tourMenuPages, tourPages, versions } from './versions-site.ts';

// The versions features without JavaScript: the menu is a disclosure of plain links, banners and notices are
// static, legacy addresses redirect with <meta http-equiv="refresh"> (which cannot keep the #anchor).

const menu = (page: Page) => page.getByRole('navigation', { name: 'Documentation versions' });
const versionLink = (page: Page, label: string) =>
  menu(page).getByRole('link', { name: new RegExp(`^✓? ?${label.replace(/\./g, '\\.')} \\(`), includeHidden: true });

test('the menu opens and every link of a sample of menus leads to a page, without JavaScript', async ({ page }) => {
  test.setTimeout(180_000);
  for (const from of tourMenuPages) {
    for (const to of versions) {
      await page.goto(from.url);
      await menu(page).locator('summary').click();
      await expect(menu(page).locator('details')).toHaveAttribute('open', '');
      const target = map.switchTarget(from.pageId, to.id);
      await versionLink(page, to.label).click();
      await expect(page, `${from.url} → ${to.id}`).toHaveURL(landingOf(target).url);
      await expect(page).not.toHaveTitle(/Page not found/);
    }
  }
});

test('a sample of pages is linked from the menu of every other version', async ({ page }) => {
  // One visit per (page, other version): slower than one test's usual budget on a busy machine.
  test.slow();
  for (const target of tourPages)
    for (const other of versions.filter((v) => v.id !== target.version)) {
      const response = await page.goto(map.switchTarget(target.pageId, other.id).url);
      expect(response?.status()).toBe(200);
      const label = versions.find((v) => v.id === target.version)!.label;
      await expect(versionLink(page, label)).toHaveAttribute('href', target.url);
    }
});

test('links are plain: no #section is added without JavaScript', async ({ page }) => {
  await page.goto('/v2.3.0/general/appnotes/neuron1x/introducing-libnrt/#introduce-libnrt-why');
  await expect(versionLink(page, 'Latest')).toHaveAttribute(
    'href',
    '/latest/archive/appnotes/neuron1x/introducing-libnrt/',
  );
});

test('works by keyboard only: Tab to the summary, Enter and Space toggle it, Enter follows a link', async ({
  page,
}) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  const summary = menu(page).locator('summary');
  for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveAccessibleName('Version: Latest (Current)');
  const details = menu(page).locator('details');
  await page.keyboard.press('Space');
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Enter');
  await expect(details).not.toHaveAttribute('open');
  await page.keyboard.press('Enter');
  await expect(details).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(versionLink(page, current.label)).toBeFocused();
  await expect(versionLink(page, current.label)).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const third = versions[2]!;
  await expect(versionLink(page, third.label)).toBeFocused();
  await page.keyboard.press('Enter');
  const policy = pages.find((p) => p.url === '/latest/about-neuron/sdk-policy/')!;
  await expect(page).toHaveURL(map.switchTarget(policy.pageId, third.id).url);
});

test('old versions have the banner, the current one has none', async ({ page }) => {
  await page.goto('/v1.19.2/neuron-intro/maintenance-policy/');
  await expect(page.getByRole('note', { name: 'Old version' })).toContainText(
    'You are reading the documentation of version 1.19.2 (End of Support).',
  );
  await page.goto('/latest/about-neuron/sdk-policy/');
  await expect(page.getByRole('note', { name: 'Old version' })).toHaveCount(0);
});

test('a missing page is a notice that links to the version home', async ({ page }) => {
  const response = await page.goto('/v1.19.2/missing/general-sdk-classification/');
  expect(response?.status()).toBe(200);
  await page.getByRole('link', { name: 'home page of version 1.19.2' }).click();
  await expect(page).toHaveURL('/v1.19.2/');
});

test('the what-changed page reads without JavaScript', async ({ page }) => {
  await page.goto('/v2.3.0/changes/general/appnotes/neuron1x/introducing-libnrt/');
  await expect(page.locator('main ins').first()).toBeVisible();
  await expect(page.locator('main del').first()).toBeVisible();
});

test('legacy addresses redirect by <meta refresh> (the #anchor is lost without JavaScript)', async ({ page }) => {
  for (const { path, target } of sampleLegacy) {
    await page.goto(`${path}#some-section`);
    await expect(page, path).toHaveURL(target);
    await expect(page).not.toHaveTitle(/Page not found/);
  }
});
