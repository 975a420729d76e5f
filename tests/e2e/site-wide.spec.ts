import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { pageUrl } from '../../src/lib/content/paths.ts';
import { current, legacy, map, notices, oldVersions, pages, ROOT, STATUS, versions } from './versions-site.ts';

// What every page of every version must have, checked in the built files (`dist/`) rather than in a browser: the
// browser specs drive a sample of each version's pages, and this spec makes sure the rest are built the same.
// The expected values come from the content (versions-site.ts), never from the built pages.

const DIST = join(ROOT, 'dist');
const files = new Map<string, string>();
/** The built HTML of a site path (`/v2.3.0/general/sdk-policy/`, `/en/latest/x.html`). */
function built(path: string): string {
  let html = files.get(path);
  if (html === undefined) {
    html = readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    // the version menu check reads each page once more through its neighbours: keep a bounded cache
    if (files.size > 2_000) files.clear();
    files.set(path, html);
  }
  return html;
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const escape = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The part of a page inside the first `<nav …>` whose attributes include `marker`. */
function navOf(html: string, marker: string): string {
  const start = html.indexOf(marker);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</nav>', start));
}

/** The links of an HTML fragment, with their attributes. */
function linksOf(fragment: string): { href: string; attributes: string }[] {
  return Array.from(fragment.matchAll(/<a href="([^"]*)"([^>]*)>/g), (m) => ({
    href: decode(m[1] ?? ''),
    attributes: m[2] ?? '',
  }));
}

const ids = new Map<string, Set<string>>();
function idsOf(path: string): Set<string> {
  let found = ids.get(path);
  if (!found) {
    found = new Set(Array.from(built(path).matchAll(/\sid="([^"]*)"/g), (m) => decode(m[1] ?? '')));
    ids.set(path, found);
  }
  return found;
}

const menuPages = [
  ...pages.map((p) => ({ version: p.version, pageId: p.pageId, url: p.url })),
  ...notices.map((n) => ({ version: n.version, pageId: n.pageId, url: n.url })),
];

/**
 * What is wrong, collected over thousands of pages and asserted once at the end of a test: an `expect` per page
 * costs a few milliseconds, which at 16,000 checks is minutes.
 */
function findings() {
  const wrong: string[] = [];
  return {
    wrong,
    /** Records `what` unless `ok`. */
    check(ok: boolean, what: () => string): void {
      if (!ok) wrong.push(what());
    },
  };
}

test('every version menu of every page and notice leads to the same page in each version', () => {
  const { wrong, check } = findings();
  for (const from of menuPages) {
    const links = linksOf(navOf(built(from.url), 'aria-label="Documentation versions"'));
    const hrefs = links.map((link) => link.href);
    const expected = versions.map((to) => map.switchTarget(from.pageId, to.id).url);
    check(
      hrefs.join(' ') === expected.join(' '),
      () => `${from.url}: links ${hrefs.join(' ')}, not ${expected.join(' ')}`,
    );
    const own = links[versions.findIndex((v) => v.id === from.version)];
    check(own?.attributes.includes('aria-current="page"') ?? false, () => `${from.url}: its own version is not marked`);
  }
  expect(wrong).toEqual([]);
});

test('every shared anchor of a version link is an id on both pages', () => {
  const { wrong, check } = findings();
  for (const from of pages) {
    for (const { href, attributes } of linksOf(navOf(built(from.url), 'aria-label="Documentation versions"'))) {
      const shared = /data-shared-anchors="([^"]*)"/.exec(attributes)?.[1];
      if (!shared) continue;
      for (const id of decode(shared).split(' ')) {
        check(idsOf(href).has(id), () => `${href} has no #${id} (shared from ${from.url})`);
        check(idsOf(from.url).has(id), () => `${from.url} has no #${id} (shared with ${href})`);
      }
    }
  }
  expect(wrong).toEqual([]);
});

test('every old page has its banner and points its canonical URL at the current page', () => {
  const { wrong, check } = findings();
  for (const doc of pages) {
    const html = built(doc.url);
    const inCurrent = map.urlOf(doc.pageId, current.id);
    const canonical = /<link rel="canonical" href="https?:\/\/[^/"]+([^"]*)"/.exec(html)?.[1];
    const banner = navOf(html, 'aria-label="Old version"');
    if (doc.version === current.id) {
      check(!html.includes('aria-label="Old version"'), () => `${doc.url}: a current page with an old-version banner`);
      check(canonical === doc.url, () => `${doc.url}: canonical ${canonical}`);
      continue;
    }
    const version = oldVersions.find((v) => v.id === doc.version)!;
    const says = `You are reading the documentation of version ${version.label} (${STATUS[version.status]}).`;
    check(banner.includes(says), () => `${doc.url}: the banner does not say "${says}"`);
    check(
      canonical === (inCurrent ?? doc.url),
      () => `${doc.url}: canonical ${canonical}, not ${inCurrent ?? doc.url}`,
    );
    if (inCurrent) {
      check(banner.includes(`href="/${doc.version}/changes/`), () => `${doc.url}: the banner has no what-changed link`);
    }
  }
  expect(wrong).toEqual([]);
});

/** The pages a version's navigation lists (`content/data/<version>/nav.yaml`, made from the toctrees). */
function navigationPages(version: string): string[] {
  const slugs: string[] = [];
  const visit = (items: unknown) => {
    if (!Array.isArray(items)) return;
    for (const item of items as { page?: string; items?: unknown }[]) {
      if (item.page) slugs.push(item.page);
      visit(item.items);
    }
  };
  visit((parse(readFileSync(join(ROOT, 'content', 'data', version, 'nav.yaml'), 'utf8')) as { items?: unknown }).items);
  return slugs.map((slug) => pageUrl(version, slug));
}

// Pages outside every toctree (Sphinx warned about them, or they were :orphan:) are not in the navigation, as on
// the original site: they are reached through the references to them.
test('every missing-page notice says so, is not indexed, and its navigation leads to every page of the navigation', () => {
  const { wrong, check } = findings();
  const unreachedOf = new Map<string, string[]>();
  for (const notice of notices) {
    const html = built(notice.url);
    const label = versions.find((v) => v.id === notice.version)!.label;
    for (const part of [
      `The page “${escape(notice.title)}” does not exist in version ${label}.`,
      `<a href="/${notice.version}/">home page of version ${label}</a>`,
      '<meta name="robots" content="noindex">',
    ])
      check(html.includes(part), () => `${notice.url} lacks ${part}`);
    // Following the navigation from a notice, page to page, reaches every page of the version's navigation (the
    // notices of a version share their navigation: once per version).
    if (unreachedOf.has(notice.version)) continue;
    const reached = new Set<string>();
    const frontier = [notice.url];
    while (frontier.length > 0) {
      const url = frontier.pop()!;
      for (const { href } of linksOf(navOf(built(url), 'aria-label="Pages"'))) {
        const path = href.split('#')[0] ?? '';
        if (!path.startsWith(`/${notice.version}/`) || reached.has(path)) continue;
        reached.add(path);
        frontier.push(path);
      }
    }
    const unreached = navigationPages(notice.version).filter((url) => !reached.has(url));
    unreachedOf.set(notice.version, unreached);
    check(unreached.length === 0, () => `${notice.version}: the navigation never reaches ${unreached.join(' ')}`);
  }
  expect(wrong).toEqual([]);
});

test('every legacy address redirects to its page, with and without JavaScript', () => {
  const { wrong, check } = findings();
  for (const { path, target } of legacy) {
    const html = built(path);
    for (const part of [
      `<meta http-equiv="refresh" content="0; url=${target}">`,
      `<a id="redirect-target" href="${target}">`,
      '<script src="/scripts/legacy-redirect.js" defer></script>',
    ])
      check(html.includes(part), () => `${path} lacks ${part}`);
  }
  expect(wrong).toEqual([]);
});
