import { expect, test } from '@playwright/test';

// Without JavaScript the page follows the system's theme, and offers no choice it could not apply.

test("without JavaScript the system's theme applies and there is no theme choice", async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  await expect(page.getByLabel('Theme')).toBeHidden();
  const body = await page.locator('body').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(body).toBe('rgb(13, 17, 23)');
});
