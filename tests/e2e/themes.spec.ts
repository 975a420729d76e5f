import { expect, test, type Page } from '@playwright/test';

// Light, dark or the system's: the reader's choice is applied before the page paints and kept across pages;
// code and admonitions stay readable in both.

const PAGE = '/latest/archive/appnotes/neuron1x/introducing-libnrt/';
const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(13, 17, 23)';

test('the chosen theme applies at once, and on the next page before it paints', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(PAGE);
  expect(await background(page, 'body')).toBe(WHITE);
  const choice = page.getByLabel('Theme');
  await expect(choice).toHaveValue('system');
  await choice.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page, 'body')).toBe(DARK);
  // github-dark's background under the code, and its colours on the code
  expect(await background(page, 'main pre')).toBe('rgb(36, 41, 46)');
  // the script that applies it blocks the parser in <head>: the theme is set before anything is painted
  const blocking = await page.evaluate(() => {
    const script = document.querySelector('head script[src="/scripts/theme.js"]') as HTMLScriptElement | null;
    return script !== null && !script.async && !script.defer && script.type === '';
  });
  expect(blocking).toBe(true);
  await page.getByRole('navigation', { name: 'Pages', exact: true }).getByRole('link').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  await page.getByLabel('Theme').selectOption('light');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page, 'body')).toBe(WHITE);
  await page.getByLabel('Theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await background(page, 'body')).toBe(DARK);
});
