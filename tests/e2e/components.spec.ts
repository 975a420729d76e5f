import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { COMPONENTS_URL } from './support/components-url.ts';

// Each component of a page (docs/components.md) in a real browser, on the component fixture site: what a reader
// does with it, by mouse and keyboard, and axe on a page holding them all.

test.use({ baseURL: COMPONENTS_URL });

const PAGE = '/latest/components/';

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test.describe('tabs', () => {
  test('become a tab list: a click shows one panel and hides the others', async ({ page }) => {
    await page.goto(PAGE);
    const set = page.locator('neuron-tabs').first();
    const tabs = set.getByRole('tab');
    await expect(tabs).toHaveText(['Ubuntu 22', 'Amazon Linux 2023']);
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    await expect(set.getByRole('tabpanel')).toHaveText('Install with apt.');
    await tabs.nth(1).click();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(set.getByRole('tabpanel')).toHaveText('Install with dnf.');
    await expect(set.locator('details')).toHaveCount(0);
  });

  test('move with the arrow keys, Home and End, focus staying on the selected tab (roving tabindex)', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const set = page.locator('neuron-tabs').nth(1);
    const tabs = set.getByRole('tab');
    await tabs.first().focus();
    await expect(tabs.nth(1)).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1)).toBeFocused();
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.nth(1)).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('End');
    await expect(tabs.nth(2)).toBeFocused();
    await expect(set.getByRole('tabpanel')).toHaveText('Build from source.');
    await page.keyboard.press('ArrowRight');
    await expect(tabs.first()).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.nth(2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(tabs.first()).toHaveAttribute('aria-selected', 'true');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    await expect(set.getByRole('tabpanel')).toBeFocused();
  });

  test('of one sync key follow each other across the page, and the choice is remembered', async ({ page }) => {
    await page.goto(PAGE);
    const [first, second] = [page.locator('neuron-tabs').first(), page.locator('neuron-tabs').nth(1)];
    await first.getByRole('tab', { name: 'Amazon Linux 2023' }).click();
    await expect(second.getByRole('tab', { name: 'Amazon Linux' })).toHaveAttribute('aria-selected', 'true');
    await expect(second.getByRole('tabpanel')).toHaveText('Amazon Linux drivers.');
    await page.reload();
    await expect(page.locator('neuron-tabs').first().getByRole('tab', { name: 'Amazon Linux 2023' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.locator('neuron-tabs').nth(1).getByRole('tabpanel')).toHaveText('Amazon Linux drivers.');
  });
});

test.describe('grid and cards', () => {
  test('a click anywhere on a card follows its one link', async ({ page }) => {
    await page.goto(PAGE);
    const card = page.locator('.card', { hasText: 'Tracing' });
    await expect(card.getByRole('link')).toHaveCount(1);
    // On the body's text, far from the title: the title's link covers the card, so the click is the link's.
    const text = await card.getByText('How to trace a model.').boundingBox();
    const box = await card.boundingBox();
    await card.click({ position: { x: (text?.x ?? 0) - (box?.x ?? 0) + 5, y: (text?.y ?? 0) - (box?.y ?? 0) + 5 } });
    await expect(page).toHaveURL(/\/latest\/reference\/api\/$/);
  });

  test('a link in a card’s body stays its own link', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('.card', { hasText: 'Every API' }).getByRole('link', { name: 'the home page' }).click();
    await expect(page).toHaveURL(/\/latest\/$/);
  });

  test('a card shows keyboard focus around the whole card', async ({ page }) => {
    await page.goto(PAGE);
    // the card's link (the sidebar, after the article, links the page too)
    const card = page.locator('main .card-linked').filter({
      has: page.getByRole('link', { name: 'API reference', exact: true }),
    });
    const link = card.getByRole('link', { name: 'API reference', exact: true });
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect(await card.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/latest\/reference\/api\/$/);
  });

  test('the grid has the columns of the width it is seen at', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(PAGE);
    const columns = () =>
      page.locator('ul.grid').evaluate((grid) => getComputedStyle(grid).gridTemplateColumns.split(' ').length);
    expect(await columns()).toBe(3);
    await page.setViewportSize({ width: 400, height: 800 });
    expect(await columns()).toBe(1);
  });
});

test('a dropdown opens and closes', async ({ page }) => {
  await page.goto(PAGE);
  const dropdown = page.locator('details.dropdown').first();
  await expect(dropdown.getByText('The details.')).toBeHidden();
  await dropdown.getByText('Show the details').click();
  await expect(dropdown.getByText('The details.')).toBeVisible();
  await expect(page.locator('details.dropdown').nth(1).getByText('Already open.')).toBeVisible();
});

test('an API reference leads to its entry, whose term links to itself', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByRole('link', { name: 'torch_neuronx.trace()' }).first().click();
  await expect(page).toHaveURL(/\/latest\/reference\/api\/#torch_neuronx\.trace$/);
  const term = page.locator('dt[id="torch_neuronx.trace"]');
  await expect(term).toBeInViewport();
  await expect(term.getByRole('link', { name: 'Link to torch_neuronx.trace' })).toHaveAttribute(
    'href',
    '#torch_neuronx.trace',
  );
  await expect(page.locator('dl.api dl.api dt')).toContainText('disable_dynamic_batching()');
});

test('a figure’s image has its size before it loads, and its caption', async ({ page }) => {
  await page.goto(PAGE);
  const figure = page.getByRole('figure', { name: 'The engines of a NeuronCore.' });
  const image = figure.getByRole('img', { name: "A NeuronCore's engines" });
  await expect(image).toHaveAttribute('width', '320');
  await expect(image).toHaveAttribute('loading', 'lazy');
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
  expect(await image.evaluate((img) => img.getBoundingClientRect().width)).toBeGreaterThan(0);
});

test('math is MathML the browser lays out', async ({ page }) => {
  await page.goto(PAGE);
  const display = page.locator('math[display="block"]').first();
  await expect(display).toBeVisible();
  const box = await display.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(20);
  await expect(page.locator('math annotation').first()).toHaveText('x_i');
});

test('a notebook cell’s output hangs from its code cell', async ({ page }) => {
  await page.goto(PAGE);
  const output = page.getByRole('group', { name: 'Output' });
  await expect(output).toHaveText(/2/);
  const code = page.locator('.code-block', { has: page.locator('pre[data-language="python"]') });
  const [codeBox, outputBox] = [await code.boundingBox(), await output.boundingBox()];
  expect(Math.abs((outputBox?.y ?? 0) - ((codeBox?.y ?? 0) + (codeBox?.height ?? 0)))).toBeLessThan(2);
});

test('a footnote reference leads to its note, and back', async ({ page }) => {
  await page.goto(PAGE);
  await page.locator('[data-footnote-ref]').first().click();
  await expect(page).toHaveURL(/#footnote_fn-cache$/);
  const note = page.locator('li[id="footnote_fn-cache"]');
  await expect(note).toBeInViewport();
  await note.getByRole('link', { name: 'Back to reference 1' }).click();
  await expect(page).toHaveURL(/#footnote_fnref-cache$/);
});

test.describe('accessibility', () => {
  test('no violations on the page of every component, tabs upgraded and a dropdown open', async ({ page }) => {
    await page.goto(PAGE);
    await page.locator('details.dropdown').first().getByText('Show the details').click();
    await page.locator('neuron-tabs').first().getByRole('tab').nth(1).click();
    expect(await violations(page)).toEqual([]);
  });

  test('no violations on the page as it is without its tabs script', async ({ page }) => {
    await page.route('**/TabsScript*.js', (route) => route.abort());
    await page.goto(PAGE);
    await expect(page.locator('details.tab').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('no violations on the API reference page', async ({ page }) => {
    await page.goto('/latest/reference/api/');
    expect(await violations(page)).toEqual([]);
  });

  test.describe('in the dark colour scheme', () => {
    test.use({ colorScheme: 'dark' });
    test('no violations on the page of every component', async ({ page }) => {
      await page.goto(PAGE);
      expect(await violations(page)).toEqual([]);
    });
  });
});

test('no CSP violation while using the components', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}`));
  });
  await page.goto(PAGE);
  await page.locator('neuron-tabs').first().getByRole('tab').nth(1).click();
  await page.locator('details.dropdown').first().getByText('Show the details').click();
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
});
