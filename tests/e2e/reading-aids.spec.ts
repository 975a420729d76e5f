import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Backlinks: each page lists the pages whose sources reference it, under the place they reference.

const TARGET = '/latest/about-neuron/sdk-policy/';

/** The places (group titles) under which the backlinks list `referrer`. */
async function placesOf(page: Page, referrer: string): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Referenced from' })
    .locator(`a[href="${referrer}"]`)
    .evaluateAll((links) =>
      links.map(
        (a) => a.closest('ul')?.parentElement?.querySelector(':scope > a, :scope > span')?.textContent?.trim() ?? '',
      ),
    );
}

test('a page lists the pages that reference it, under the section they point to', async ({ page }) => {
  // The sources: one page references this page's own label, another a section of it
  const toPage = 'about-neuron/announcements/neuron2.x/announce-eos-python38';
  const toSection = 'release-notes/documentation/neuron-documentation';
  expect(readFileSync(`content/docs/latest/${toPage}.mdx`, 'utf8')).toContain('to="sdk-maintenance-policy"');
  expect(readFileSync(`content/docs/latest/${toSection}.mdx`, 'utf8')).toContain('to="sdk-classification"');
  await page.goto(TARGET);
  expect(readFileSync('content/docs/latest/about-neuron/sdk-policy.mdx', 'utf8')).toMatch(
    /\nlabels: \[[^\]]*\bsdk-maintenance-policy\b/,
  );
  const heading = await page
    .locator('#sdk-classification')
    .evaluate((anchor) => anchor.closest('h2')?.textContent?.trim() ?? '');
  expect(heading).toBe('Neuron Software Classification');

  const backlinks = page.getByRole('region', { name: 'Referenced from' });
  const first = backlinks.locator(`a[href="/latest/${toPage}/"]`).first();
  await expect(first).toBeHidden();
  // Folded under its count; opened by keyboard
  await backlinks.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeVisible();
  expect(await placesOf(page, `/latest/${toPage}/`)).toContain('This page');
  expect(await placesOf(page, `/latest/${toSection}/`)).toContain(heading);
  await expect(backlinks.getByRole('link', { name: heading })).toHaveAttribute('href', '#sdk-classification');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/latest/${toPage}/$`));
});
