import { expect, test } from '@playwright/test';
import { COMPONENTS_URL } from './support/components-url.ts';

// The components without JavaScript: everything is in the page and reachable.

test.use({ baseURL: COMPONENTS_URL });

const PAGE = '/latest/components/';

test('tabs are disclosures, one open at a time, each panel reachable', async ({ page }) => {
  await page.goto(PAGE);
  const set = page.locator('neuron-tabs').first();
  await expect(page.getByRole('tablist')).toHaveCount(0);
  const [ubuntu, amazon] = [set.locator('details').first(), set.locator('details').nth(1)];
  await expect(ubuntu.getByText('Install with apt.')).toBeVisible();
  await expect(amazon.getByText('Install with dnf.')).toBeHidden();
  await amazon.locator('summary').click();
  await expect(amazon.getByText('Install with dnf.')).toBeVisible();
  // Disclosures of one set share a name: opening one closes the other, as a tab would.
  await expect(ubuntu.getByText('Install with apt.')).toBeHidden();
  await ubuntu.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(ubuntu.getByText('Install with apt.')).toBeVisible();
});

test('a card is a link, a dropdown opens', async ({ page }) => {
  await page.goto(PAGE);
  const dropdown = page.locator('details.dropdown').first();
  await dropdown.getByText('Show the details').click();
  await expect(dropdown.getByText('The details.')).toBeVisible();
  const card = page.locator('.card', { hasText: 'Tracing' });
  // The title's link covers the card: a click on the body is the link's.
  const box = await card.boundingBox();
  await card.click({ position: { x: 10, y: (box?.height ?? 20) - 10 } });
  await expect(page).toHaveURL(/\/latest\/reference\/api\/$/);
});

test('math, figures, API entries, output and footnotes are all in the page', async ({ page }) => {
  await page.goto(PAGE);
  await expect(page.locator('math[display="block"]').first()).toBeVisible();
  await expect(page.getByRole('figure', { name: 'The engines of a NeuronCore.' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Output' })).toBeVisible();
  await expect(page.locator('.program-output-note')).toContainText('not shown here');
  await page.locator('[data-footnote-ref]').first().click();
  await expect(page.locator('li[id="footnote_fn-cache"]')).toBeInViewport();
  await page.goto('/latest/reference/api/#torch_neuronx.DataParallel.disable_dynamic_batching');
  await expect(page.locator('dt[id="torch_neuronx.DataParallel.disable_dynamic_batching"]')).toBeInViewport();
});
