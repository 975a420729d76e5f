import { expect, test } from '@playwright/test';

// Reading needs no JavaScript: content, tables, the contents list and navigation all work without it.

test('a page reads fully without JavaScript', async ({ page }) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  await expect(page.locator('main h1')).toHaveText('Neuron Software Maintenance policy');
  await expect(page.locator('main table').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy code to clipboard' })).toHaveCount(0);
  await page.locator('.toc').getByRole('link', { name: 'Neuron Software Classification' }).click();
  await expect(page).toHaveURL(/#neuron-software-classification$/);
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page.locator('main h1')).not.toHaveText('Neuron Software Maintenance policy');
});

test('without JavaScript there is no dead search button', async ({ page }) => {
  await page.goto('/latest/');
  await expect(page.getByRole('button', { name: /Search/ })).toBeHidden();
});
