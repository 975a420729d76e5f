import { expect, test } from '@playwright/test';

test('the home page has a heading', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBeLessThan(400);
  await expect(page.locator('h1').first()).toBeVisible();
});
