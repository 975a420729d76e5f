import { expect, test, type Page } from '@playwright/test';

// Reading a thousand-page version: the sidebar shows where the page is, breadcrumbs lead up the tree, and on a
// phone the article comes first and the pages are a drawer.

const DEEP = '/latest/frameworks/torch/torch-neuronx/programming-guide/inference/core-placement/';
const pagesNav = (page: Page) => page.getByRole('navigation', { name: 'Pages', exact: true });

test('the sidebar shows the path to the page, the page marked, and the top-level sections', async ({ page }) => {
  await page.goto(DEEP);
  const title = await page.locator('main h1').innerText();
  const nav = pagesNav(page);
  await expect(nav).toBeVisible();
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(title);
  for (const [name, depth] of [
    ['PyTorch', 0],
    ['Inference', 1],
    ['Developer Guide', 2],
  ] as const) {
    await expect(nav.getByRole('link', { name, exact: true }).first(), `${name} at depth ${depth}`).toBeVisible();
  }
  // the other top-level sections are there, their pages a click away
  await expect(nav.getByRole('link', { name: 'JAX', exact: true })).toBeVisible();
});

test('a section of the sidebar folds away and back, its entry staying a link', async ({ page }) => {
  await page.goto(DEEP);
  const nav = pagesNav(page);
  const current = nav.locator('[aria-current="page"]');
  const toggle = nav.locator('summary', { hasText: 'Pages under Developer Guide' });
  await toggle.click();
  await expect(current).toBeHidden();
  await expect(nav.getByRole('link', { name: 'Developer Guide', exact: true })).toBeVisible();
  await toggle.press('Enter');
  await expect(current).toBeVisible();
});

test('breadcrumbs lead from the version home down to the page, as BreadcrumbList microdata', async ({ page }) => {
  await page.goto(DEEP);
  const title = await page.locator('main h1').innerText();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumbs' });
  const items = crumbs.getByRole('listitem');
  await expect(items.first()).toHaveText('Home');
  await expect(items.last()).toHaveText(title);
  await expect(items.last()).toHaveAttribute('aria-current', 'page');
  const trail = await crumbs.getByRole('link').allInnerTexts();
  expect(trail.slice(0, 2)).toEqual(['Home', 'PyTorch']);
  expect(trail).toContain('Developer Guide');
  const list = crumbs.locator('ol');
  await expect(list).toHaveAttribute('itemtype', 'https://schema.org/BreadcrumbList');
  const positions = await list
    .locator('meta[itemprop="position"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content')));
  expect(positions).toEqual(trail.concat(title).map((_, index) => String(index + 1)));
  await crumbs.getByRole('link', { name: 'PyTorch' }).click();
  await expect(page.locator('main h1')).toHaveText(/PyTorch/);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the article comes first; the pages are a drawer that Menu opens and Escape or Close shuts', async ({
    page,
  }) => {
    await page.goto(DEEP);
    const nav = pagesNav(page);
    await expect(nav).toBeHidden();
    await expect(page.locator('main h1')).toBeInViewport();
    // in reading order the article comes before the pages
    const mainFirst = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const pages = document.querySelector('nav[aria-label="Pages"]')!;
      return Boolean(main.compareDocumentPosition(pages) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(mainFirst).toBe(true);
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await nav.getByRole('button', { name: 'Close' }).click();
    await expect(nav).toBeHidden();
  });
});

test('icons are drawn, not characters of a font: admonitions, external links, menu and search', async ({ page }) => {
  const iconOf = (selector: string, pseudo: string) =>
    page.evaluate(
      ([selector, pseudo]) => {
        const element = document.querySelector(selector!);
        const style = element ? getComputedStyle(element, pseudo) : undefined;
        return { content: style?.content, mask: style?.maskImage.slice(0, 30) };
      },
      [selector, pseudo] as const,
    );
  const drawn = { content: '""', mask: 'url("data:image/svg+xml,%3Csvg' };
  await page.goto('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  expect(await iconOf('.admonition-title', '::before')).toEqual(drawn);
  expect(await iconOf('.search-open', '::before')).toEqual(drawn);
  expect(await iconOf('.menu-button', '::before')).toEqual(drawn);
  await page.goto('/latest/archive/appnotes/torch-neuronx/torch-neuronx-dataparallel-app-note/');
  expect(await iconOf('.ref-external', '::after')).toEqual(drawn);
  expect(await iconOf(".content a[href^='https://']", '::after')).toEqual(drawn);
});

test.describe('the contents of the page', () => {
  const POLICY = '/latest/about-neuron/sdk-policy/';

  test('are a column beside the article on a wide screen, in view as it scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(POLICY);
    const toc = page.locator('.toc');
    const content = page.locator('main .content');
    const [column, article] = [await toc.boundingBox(), await content.boundingBox()];
    expect(column!.x).toBeGreaterThanOrEqual(article!.x + article!.width);
    await page.mouse.wheel(0, 4000);
    await expect(toc).toBeInViewport();
    await toc.getByRole('link', { name: 'Neuron Software Classification' }).click();
    await expect(page).toHaveURL(/#neuron-software-classification$/);
  });

  test('mark the section being read as the reader scrolls, and only that one', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(POLICY);
    const toc = page.locator('.toc');
    const marked = toc.locator('a[aria-current="location"]');
    // At the top the first section is the one being read.
    await expect(marked).toHaveCount(1);
    const links = await toc.locator('a').evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    await expect(marked).toHaveAttribute('href', links[0] ?? '');
    // A section in the middle, scrolled to the top of the window
    const middle = links[Math.floor(links.length / 2)] ?? '';
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), decodeURIComponent(middle.slice(1)));
    await expect(marked).toHaveAttribute('href', middle);
    await expect(marked).toHaveCount(1);
    // The last section, reached from the contents: marked although the page cannot scroll it to the top
    await toc.locator(`a[href="${links.at(-1)}"]`).click();
    await expect(marked).toHaveAttribute('href', links.at(-1) ?? '');
    await page.evaluate(() => scrollTo(0, 0));
    await expect(marked).toHaveAttribute('href', links[0] ?? '');
  });

  test('are above the article on a phone, and fold away', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(POLICY);
    const toc = page.locator('.toc');
    const [box, content] = [await toc.boundingBox(), await page.locator('main .content').boundingBox()];
    expect(box!.y + box!.height).toBeLessThanOrEqual(content!.y);
    const link = toc.getByRole('link', { name: 'Neuron Software Classification' });
    await expect(link).toBeVisible();
    await toc.locator('summary').click();
    await expect(link).toBeHidden();
  });
});
