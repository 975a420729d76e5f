import { expect, test } from '@playwright/test';
import { ORIGINALS } from '../fidelity/originals.ts';
import { originalStructure, sphinxId } from './support/original-structure.ts';

// Each converted page shows the structure of its original: its sections (with ids and anchor links), admonitions,
// generated tables, code blocks, every RST label as an anchor, and references that lead somewhere real.

for (const original of ORIGINALS) {
  const expected = originalStructure(original);

  test(`structure of ${original.url}`, async ({ page }) => {
    await page.goto(original.url);
    const main = page.locator('main');
    await expect(main.locator('h1')).toHaveCount(1);

    const sections = main.locator('.content :is(h2, h3, h4, h5, h6)');
    await expect(sections).toHaveCount(expected.sections);
    for (const heading of await sections.all()) {
      const id = await heading.getAttribute('id');
      expect(id, `heading "${await heading.textContent()}" has an id`).toBeTruthy();
      await expect(heading.locator('xpath=following-sibling::a[1]')).toHaveAttribute('href', `#${id}`);
    }

    const admonitions = main.locator('.admonition');
    await expect(admonitions).toHaveCount(expected.admonitions);
    for (const admonition of await admonitions.all()) {
      await expect(admonition).toHaveAttribute('role', 'note');
      const titleId = await admonition.getAttribute('aria-labelledby');
      await expect(admonition.locator(`[id="${titleId}"]`)).not.toBeEmpty();
    }

    await expect(main.locator('table')).toHaveCount(expected.tables);
    const captions = main.locator('table > caption');
    await expect(captions).toHaveCount(expected.captions);
    for (const caption of await captions.all()) await expect(caption).not.toBeEmpty();
    await expect(main.locator('table:has(> thead th[scope="col"])')).toHaveCount(expected.headedTables);

    await expect(main.locator('pre')).toHaveCount(expected.codeBlocks);

    for (const label of expected.labels) {
      await expect(page.locator(`[id="${sphinxId(label)}"]`), `label ${label} is an anchor`).toHaveCount(1);
    }

    if (expected.tocDepth !== undefined) {
      const levels = Array.from({ length: Math.min(expected.tocDepth, 5) }, (_, i) => `.content h${i + 2}`).join(', ');
      await expect(page.locator('.toc a')).toHaveCount(await page.locator(levels).count());
    }
  });

  test(`references on ${original.url} lead somewhere`, async ({ page, request }) => {
    await page.goto(original.url);
    const refs = await page.locator('main a.ref').evaluateAll((links) =>
      links.map((a) => ({
        href: a.getAttribute('href') ?? '',
        text: a.textContent ?? '',
        rel: a.getAttribute('rel'),
        external: a.classList.contains('ref-external'),
      })),
    );
    for (const ref of refs) {
      expect(ref.text.trim(), `ref to ${ref.href} has text`).not.toBe('');
      if (ref.external) {
        expect(ref.href).toMatch(/^https:\/\/awsdocs-neuron\.readthedocs-hosted\.com\/en\//);
        expect(ref.rel).toBe('external');
        continue;
      }
      const [path = '', anchor] = ref.href.split('#');
      const response = await request.get(path);
      expect(response.status(), `GET ${path}`).toBe(200);
      if (anchor) expect(await response.text(), `${ref.href} has its anchor`).toContain(`id="${anchor}"`);
    }
  });
}

test('a code block copies its exact text', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  const block = page.locator('main .code-block').first();
  await block.getByRole('button', { name: 'Copy code to clipboard' }).click();
  await expect(block.getByRole('button')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('NEURON_RT_VISIBLE_CORES=0-3 myapp1.py\nNEURON_RT_VISIBLE_CORES=4-11 myapp2.py');
});

test('a page has a title, a description and landmarks', async ({ page }) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  await expect(page).toHaveTitle(/^Neuron Software Maintenance policy/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  const pages = page.getByRole('navigation', { name: 'Pages', exact: true });
  await expect(pages).toBeVisible();
  await pages.getByRole('link', { name: 'Security', exact: true }).click();
  await expect(page).toHaveURL(/\/latest\/about-neuron\/security\/$/);
});

test('a page that moved sends the reader to its new address, as the original did', async ({ page }) => {
  await page.goto('/latest/about-neuron/agentic-development-overview/');
  await expect(page).toHaveURL(/\/latest\/tools\/neuron-agentic-development\/$/);
  await expect(page.locator('main h1')).not.toHaveText(/moved/);
});
