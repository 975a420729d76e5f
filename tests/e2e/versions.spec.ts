import { expect, test, type Page } from '@playwright/test';
import {
  current,
  map,
  landingOf,
  oldVersions,
  sampleLegacy,
  sampleMenuPages,
  sampleNotices,
  samplePages,
  tourPages,
  STATUS,
  versions,
} from './versions-site.ts';

// The versions features with JavaScript: version menu (page kept, #section kept when the target has it),
// old-version banners, canonical URLs, "what changed" pages and legacy redirects.

const menu = (page: Page) => page.getByRole('navigation', { name: 'Documentation versions' });
// Hidden included: the links are in the DOM while the disclosure is closed, and their hrefs are what is checked.
const versionLink = (page: Page, label: string) =>
  menu(page).getByRole('link', { name: new RegExp(`^✓? ?${label} \\(`), includeHidden: true });

async function openMenu(page: Page) {
  await menu(page).locator('summary').click();
  await expect(menu(page).locator('details')).toHaveAttribute('open', '');
}

test.describe('version menu', () => {
  test('names the version being read and marks it current', async ({ page }) => {
    await page.goto('/v2.3.0/general/sdk-policy/');
    await expect(menu(page).locator('summary')).toHaveText('Version: 2.3.0 (End of Support)');
    await openMenu(page);
    await expect(menu(page).locator('a[aria-current="page"]')).toHaveText(/^2\.3\.0 \(End of Support\)$/);
    await expect(menu(page).getByRole('link')).toHaveCount(versions.length);
  });

  // A sample of each version's pages and notices, in the browser (site-wide.spec.ts checks every menu's links).
  for (const from of sampleMenuPages) {
    test(`switches from ${from.url} to every version`, async ({ page }) => {
      for (const to of versions) {
        await page.goto(from.url);
        await openMenu(page);
        const target = map.switchTarget(from.pageId, to.id);
        const link = versionLink(page, to.label.replace(/\./g, '\\.'));
        await expect(link).toHaveAttribute('href', target.url);
        await link.click();
        const landing = landingOf(target);
        await expect(page).toHaveURL(landing.url);
        await expect(page).not.toHaveTitle(/Page not found/);
        if (landing.moved) continue;
        if (target.kind === 'page') await expect(page.locator('main h1')).toHaveText(target.page.title);
        else await expect(page.locator('main h1')).toContainText(`is not in version ${to.label}`);
      }
    });
  }

  test('a sample of pages is linked from the menu of every other version', async ({ page }) => {
    // One visit per (page, other version): slower than one test's usual budget on a busy machine.
    test.slow();
    for (const target of tourPages) {
      for (const other of versions.filter((v) => v.id !== target.version)) {
        const from = map.switchTarget(target.pageId, other.id).url; // the counterpart, or the notice
        const response = await page.goto(from);
        expect(response?.status(), from).toBe(200);
        const label = versions.find((v) => v.id === target.version)!.label;
        await expect(versionLink(page, label.replace(/\./g, '\\.'))).toHaveAttribute('href', target.url);
      }
    }
  });

  test('the shared anchors of a version link exist on its target, in the browser', async ({ page, request }) => {
    test.slow(); // visits each sampled page, and fetches every version link's target
    for (const from of samplePages) {
      await page.goto(from.url);
      const links = await menu(page)
        .locator('a[data-shared-anchors]')
        .evaluateAll((as) =>
          as.map((a) => ({ href: a.getAttribute('href')!, ids: a.getAttribute('data-shared-anchors')!.split(' ') })),
        );
      for (const { href, ids } of links) {
        const html = await (await request.get(href)).text();
        for (const id of ids) {
          expect(html, `${href}#${id}`).toContain(`id="${id}"`);
          expect(await page.locator(`[id="${id}"]`).count(), `${from.url}#${id}`).toBe(1);
        }
      }
    }
  });

  test('keeps the #section when the target page has it', async ({ page }) => {
    await page.goto('/v2.3.0/general/appnotes/neuron1x/introducing-libnrt/#introduce-libnrt-why');
    await openMenu(page);
    await versionLink(page, 'Latest').click();
    await expect(page).toHaveURL('/latest/archive/appnotes/neuron1x/introducing-libnrt/#introduce-libnrt-why');
    await expect(page.locator('#introduce-libnrt-why')).toBeInViewport();
  });

  test('keeps a #section reached after loading (hash change), in both directions', async ({ page }) => {
    await page.goto('/latest/about-neuron/announcements/neuron2.x/neuron230-packages-changes/');
    await page.locator('.toc').getByRole('link').first().click();
    const hash = new URL(page.url()).hash;
    expect(hash).not.toBe('');
    await openMenu(page);
    await versionLink(page, '2\\.3\\.0').click();
    await expect(page).toHaveURL(`/v2.3.0/general/announcements/neuron2.x/neuron230-packages-changes/${hash}`);
  });

  test('drops the #section when the target page lacks it', async ({ page }) => {
    await page.goto('/v2.3.0/general/sdk-policy/');
    const shared = (await versionLink(page, 'Latest').getAttribute('data-shared-anchors'))?.split(' ') ?? [];
    const ids = await page.locator('main [id]').evaluateAll((els) => els.map((el) => el.id));
    const missing = ids.find((id) => id && !shared.includes(id) && id !== 'content');
    expect(missing).toBeDefined();
    await page.goto(`/v2.3.0/general/sdk-policy/#${missing}`);
    await openMenu(page);
    await expect(versionLink(page, 'Latest')).toHaveAttribute('href', '/latest/about-neuron/sdk-policy/');
    await versionLink(page, 'Latest').click();
    await expect(page).toHaveURL('/latest/about-neuron/sdk-policy/');
  });

  test('never adds a #section to a missing-page link', async ({ page }) => {
    // seed 004 is a page of latest only
    expect(map.switchTarget('neuron-sdk-overview', 'v2.3.0').kind).toBe('missing');
    await page.goto('/latest/about-neuron/neuron-sdk-overview/#neuron-runtime');
    await openMenu(page);
    await versionLink(page, '2\\.3\\.0').click();
    await expect(page).toHaveURL('/v2.3.0/missing/neuron-sdk-overview/');
  });

  test('works by keyboard only: Tab, Enter and Space on the summary, Enter on a link, Escape', async ({ page }) => {
    await page.goto('/v2.3.0/general/appnotes/neuron1x/introducing-libnrt/');
    const summary = menu(page).locator('summary');
    for (let i = 0; i < 10 && !(await summary.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    const details = menu(page).locator('details');
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open', '');
    await page.keyboard.press('Space');
    await expect(details).not.toHaveAttribute('open');
    await page.keyboard.press('Space');
    await expect(details).toHaveAttribute('open', '');
    await page.keyboard.press('Escape');
    await expect(details).not.toHaveAttribute('open');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(versionLink(page, 'Latest')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/latest/archive/appnotes/neuron1x/introducing-libnrt/');
  });

  test('after back/forward the menu is closed and its links match the page', async ({ page }) => {
    await page.goto('/v2.3.0/general/appnotes/neuron1x/introducing-libnrt/#introduce-libnrt-why');
    await openMenu(page);
    await versionLink(page, 'Latest').click();
    await expect(page).toHaveURL(/\/latest\//);
    await page.goBack();
    await expect(page).toHaveURL(/\/v2\.3\.0\/.*#introduce-libnrt-why$/);
    await expect(menu(page).locator('details')).not.toHaveAttribute('open');
    await expect(versionLink(page, 'Latest')).toHaveAttribute(
      'href',
      /\/latest\/archive\/appnotes\/neuron1x\/introducing-libnrt\/#introduce-libnrt-why$/,
    );
  });

  test('a click outside closes the menu', async ({ page }) => {
    await page.goto('/latest/');
    await openMenu(page);
    await page.mouse.click(5, 400); // the sidebar, away from the open list
    await expect(menu(page).locator('details')).not.toHaveAttribute('open');
  });
});

test.describe('missing-page notices', () => {
  test('say which page is missing, and link to the version home and, through the navigation, its pages', async ({
    page,
  }) => {
    for (const notice of sampleNotices) {
      const response = await page.goto(notice.url);
      expect(response?.status()).toBe(200);
      const label = versions.find((v) => v.id === notice.version)!.label;
      await expect(page.locator('main')).toContainText(
        `The page “${notice.title}” does not exist in version ${label}.`,
      );
      await expect(page.locator('main').getByRole('link', { name: `home page of version ${label}` })).toHaveAttribute(
        'href',
        `/${notice.version}/`,
      );
      // The notice lists no pages itself (a version has a thousand): its navigation leads into the version
      // (site-wide.spec.ts follows it to every page).
      const into = page.getByRole('navigation', { name: 'Pages' }).locator(`a[href^="/${notice.version}/"]`);
      expect(await into.count()).toBeGreaterThan(0);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    }
  });
});

test.describe('old-version banner and canonical URLs', () => {
  for (const doc of samplePages) {
    test(`${doc.url}`, async ({ page }) => {
      await page.goto(doc.url);
      const banner = page.getByRole('note', { name: 'Old version' });
      const inCurrent = map.urlOf(doc.pageId, current.id);
      const canonical = page.locator('link[rel="canonical"]');
      if (doc.version === current.id) {
        await expect(banner).toHaveCount(0);
        await expect(canonical).toHaveAttribute('href', new RegExp(`^https?://[^/]+${doc.url}$`));
        return;
      }
      const version = oldVersions.find((v) => v.id === doc.version)!;
      await expect(banner).toContainText(
        `You are reading the documentation of version ${version.label} (${STATUS[version.status]}).`,
      );
      await expect(canonical).toHaveAttribute('href', new RegExp(`^https?://[^/]+${inCurrent ?? doc.url}$`));
      const toCurrent = inCurrent
        ? banner.getByRole('link', { name: `Read this page in the current version (${current.label})` })
        : banner.getByRole('link', { name: 'go to the current documentation' });
      await expect(toCurrent).toHaveAttribute('href', inCurrent ?? `/${current.id}/`);
      if (inCurrent) {
        const changes = `/${doc.version}/changes/${doc.url.slice(doc.version.length + 2)}`;
        await expect(banner.getByRole('link', { name: `What changed since ${version.label}` })).toHaveAttribute(
          'href',
          changes,
        );
        await expect(
          page.locator('main article').getByRole('link', { name: /what changed in this page/ }),
        ).toHaveAttribute('href', changes);
        expect((await page.request.get(changes)).status()).toBe(200);
      }
    });
  }
});

test.describe('what changed', () => {
  test('shows added and removed text of a changed page, with text labels', async ({ page }) => {
    await page.goto('/v2.3.0/changes/general/appnotes/neuron1x/introducing-libnrt/');
    await expect(page.locator('main h1')).toHaveText(
      'What changed in “Introducing Neuron Runtime 2.x (libnrt.so)” from 2.3.0 to Latest',
    );
    const section = diffSection(page, 'What are we changing? (changed)');
    // 2.3.0 said "Starting with Neuron 1.16.0 release"; the current text says "Starting with the …".
    await expect(section.locator('ins').first()).toHaveText('Added: the ');
    const removed = diffSection(page, 'Why are we making this change? (changed)').locator('del');
    await expect(removed.first()).toHaveText('Removed: it enables ');
    await expect(page.locator('main ins')).not.toHaveCount(0);
    await expect(page.locator('main del')).not.toHaveCount(0);
  });

  test('a page rewritten between versions shows whole sections added and removed', async ({ page }) => {
    await page.goto('/v1.19.2/changes/neuron-guide/neuronperf/neuronperf_compile_guide/');
    await expect(diffSection(page, /\(added in Latest\)$/).first()).toBeVisible();
    await expect(page.locator('main .diff-label', { hasText: 'Added' }).first()).toBeVisible();
    await expect(page.locator('main .diff-label', { hasText: 'Removed' }).first()).toBeVisible();
  });
});

test.describe('legacy URLs', () => {
  for (const { path, target } of sampleLegacy) {
    test(`${path} redirects keeping the #anchor`, async ({ page }) => {
      await page.goto(`${path}#some-section`);
      await expect(page).toHaveURL(`${target}#some-section`);
      await expect(page).not.toHaveTitle(/Page not found|Moved/);
    });
  }

  test('lands on the same section as the original site', async ({ page }) => {
    await page.goto(
      '/en/latest/about-neuron/announcements/neuron2.x/neuron230-packages-changes.html#neuron-new-packages',
    );
    await expect(page).toHaveURL(
      '/latest/about-neuron/announcements/neuron2.x/neuron230-packages-changes/#neuron-new-packages',
    );
    await expect(page.locator('#neuron-new-packages')).toBeInViewport();
  });
});

test('the version menu script is a small file, not inline (the site enforces a CSP without unsafe-inline)', async ({
  page,
}) => {
  await page.goto('/latest/');
  expect(await page.locator('script:not([src])').count()).toBe(0);
  const sources = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src')!));
  const bodies = await Promise.all(sources.map(async (src) => (await page.request.get(src)).text()));
  const menuScript = bodies.find((body) => body.includes('version-menu'));
  expect(menuScript?.length).toBeLessThan(1024);
});

/** A section of a what-changed page, found by its heading (sections are not landmarks: titles can repeat). */
function diffSection(page: Page, heading: string | RegExp) {
  return page.locator('section.diff-section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });
}
