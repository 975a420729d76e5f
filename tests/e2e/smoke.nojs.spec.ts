import { expect, test } from '@playwright/test';

test('a version home renders its heading without JavaScript', async ({ page }) => {
  const response = await page.goto('/latest/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('main h1')).toBeVisible();
});
