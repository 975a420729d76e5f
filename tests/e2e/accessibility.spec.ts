import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core (WCAG 2.1 A and AA rules, and best practices) finds no violation on any kind of page the site has.

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

const PAGES = [
  ['a current page with tables and admonitions', '/latest/about-neuron/sdk-policy/'],
  ['a current page with code blocks', '/latest/archive/appnotes/neuron1x/introducing-libnrt/'],
  ['a version home', '/latest/'],
  ['an old version’s page with its banner', '/v2.3.0/general/sdk-policy/'],
  ['a what-changed page', '/v2.3.0/changes/general/sdk-policy/'],
  ['a missing-page notice', '/v1.19.2/missing/general-announcements-neuron2-x-neuron230-packages-changes/'],
  ['a section page listing its pages', '/latest/deploy/docker-examples/'],
  ['a version’s index of all pages', '/latest/all-pages/'],
  ['the announcements, with the list of posts', '/latest/about-neuron/announcements/'],
  ['the 404 page', '/no-such-page/'],
] as const;

for (const [kind, url] of PAGES) {
  test(`no accessibility violations on ${kind}`, async ({ page }) => {
    // each address is the kind of page it names (not a 404 that would pass for any of them)
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(kind === 'the 404 page' ? 404 : 200);
    expect(await violations(page)).toEqual([]);
  });
}

test('no accessibility violations on a phone, with the pages drawer closed and open', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/latest/frameworks/torch/torch-neuronx/programming-guide/inference/core-placement/');
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.getByRole('navigation', { name: 'Pages', exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no accessibility violations with the backlinks and a reference preview open', async ({ page }) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  await page.locator('.content a.ref-internal').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('region', { name: 'Referenced from' }).locator('summary').click();
  await expect(page.getByRole('region', { name: 'Referenced from' }).locator('li a').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('no accessibility violations with the version menu and the search dialog open', async ({ page }) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  await page.locator('.version-menu summary').click();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('maintenance');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  // with every version searched (results labelled with their versions) and a filter chosen
  await page.getByRole('checkbox', { name: 'All versions' }).check();
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('Guide');
  await expect(page.locator('.search-result-version').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  for (const url of ['/latest/archive/appnotes/neuron1x/introducing-libnrt/', '/v2.3.0/changes/general/sdk-policy/']) {
    test(`no accessibility violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await violations(page)).toEqual([]);
    });
  }
});
