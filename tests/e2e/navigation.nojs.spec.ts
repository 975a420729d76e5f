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
