/**
 * Fidelity: nothing of an original page is lost on the built site. For each original, every
 * fragment extracted from its source (tests/fidelity/, an oracle independent of src/) must be on
 * the built page; all missing fragments are listed together.
 */
import { expect, test } from '@playwright/test';
import { checkPage } from '../fidelity/check.ts';
import type { PageSnapshot } from '../fidelity/check.ts';
import { ORIGINALS, extractOriginal } from '../fidelity/originals.ts';

for (const original of ORIGINALS) {
  test(`fidelity: ${original.source} → ${original.url}`, async ({ page }) => {
    const fragments = extractOriginal(original);
    expect(fragments.length, 'the oracle extracted nothing').toBeGreaterThan(0);

    const response = await page.goto(original.url);
    expect(response?.status(), `GET ${original.url}`).toBe(200);
    await expect(page.locator('main')).toHaveCount(1);

    const snapshot: PageSnapshot = await page.evaluate(() => {
      const main = document.querySelector('main');
      const texts = (sel: string, root: ParentNode): string[] =>
        Array.from(root.querySelectorAll(sel), (e) => e.textContent ?? '');
      if (main === null) return { main: '', headings: [], pres: [], asides: [], tables: [], links: [] };
      return {
        main: main.textContent ?? '',
        headings: texts('h1, h2, h3, h4, h5, h6', document),
        pres: texts('pre', main),
        asides: texts('.admonition', main),
        tables: texts('table', main),
        links: Array.from(main.querySelectorAll('a'), (a) => ({
          text: a.textContent ?? '',
          href: a.getAttribute('href'),
        })),
      };
    });

    const result = checkPage(fragments, snapshot, original.url);
    const message = `${result.missing.length} of ${result.total} fragments of ${original.source} missing on ${original.url}:\n${result.missing.join('\n')}`;
    expect(result.missing, message).toEqual([]);
    expect(result.found, 'found fragments = all fragments (100%)').toBe(result.total);
  });
}
