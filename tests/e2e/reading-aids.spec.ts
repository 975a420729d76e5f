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

// Reference previews: the title and first words of what a link to another part of the docs leads to.

test('pointing at a reference previews what it leads to, from one file of previews per page', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('previews.json')) fetched.push(new URL(request.url()).pathname);
  });
  await page.goto(TARGET);
  const links = page.locator('.content a.ref-internal[href*="#"]');
  const first = links.first();
  const href = (await first.getAttribute('href')) ?? '';
  await first.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(first).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id')) ?? '');
  // What the preview says is the target section's title and the start of its text
  const title = (await tooltip.locator('strong').textContent()) ?? '';
  const text = ((await tooltip.locator('p').textContent()) ?? '').replace(/…$/, '');
  expect(title.length).toBeGreaterThan(0);
  const target = await page.context().newPage();
  await target.goto(href);
  await expect(target.locator('main h2, main h3, main h4').filter({ hasText: title }).first()).toBeVisible();
  const targetText = ((await target.locator('main .content').textContent()) ?? '').replace(/\s+/g, ' ');
  expect(targetText).toContain(text.slice(0, 60));
  await target.close();
  // A second preview needs no other request
  await page.mouse.move(0, 0);
  await expect(tooltip).toBeHidden();
  await links.nth(1).hover();
  await expect(tooltip).toBeVisible();
  expect(fetched).toEqual([`${TARGET}previews.json`]);
});

test('focusing a reference previews it too, for the keyboard and screen readers; Escape closes it', async ({
  page,
}) => {
  await page.goto(TARGET);
  const link = page.locator('.content a.ref-internal').first();
  await link.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toBeVisible();
  await expect(link).toHaveAttribute('aria-describedby', 'ref-preview');
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby', /./);
  // The link works as ever
  const href = (await link.getAttribute('href')) ?? '';
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname + url.hash === href);
});
