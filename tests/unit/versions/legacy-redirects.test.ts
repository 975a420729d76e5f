import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ORIGINAL_FACTS, originalPath } from '../../../scripts/originals.ts';
import { listPageFiles } from '../../../src/integrations/engine/content-snapshot.ts';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { legacyRedirectHtml } from '../../../src/lib/versions/legacy-redirect-html.ts';
import { resolveLegacyRedirects } from '../../../src/lib/versions/legacy-redirects.ts';
import { legacyUrlsSchema } from '../../../src/lib/versions/legacy-urls-schema.ts';
import { createPageMap, type MappedPage } from '../../../src/lib/versions/page-map.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const paths = contentPaths(ROOT);

/** The site's real pages, from their files' frontmatter (what the build's collection holds). */
function contentPages(): MappedPage[] {
  const versions = (
    parse(readFileSync(join(ROOT, 'content', 'versions.yaml'), 'utf8')) as { versions: { id: string }[] }
  ).versions;
  return versions.flatMap(({ id }) =>
    listPageFiles(paths, id).map((file) => {
      const front = parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as { pageId: string; title: string };
      const location = paths.locatePage(file);
      return { version: id, slug: location?.slug ?? '', pageId: front.pageId, title: front.title };
    }),
  );
}

const byPath = (a: { path: string }, b: { path: string }) => a.path.localeCompare(b.path);

const entry = (path: string, version: string, pageId: string) => ({ path, version, pageId, source: 'seed' });

describe('legacyUrlsSchema', () => {
  it('accepts original .html paths and refuses others and duplicates', () => {
    const ok = legacyUrlsSchema.safeParse({
      origin: 'https://x.example',
      redirects: [entry('/en/latest/a/b.html', 'latest', 'a')],
    });
    expect(ok.success).toBe(true);
    const bad = legacyUrlsSchema.safeParse({
      origin: 'https://x.example',
      redirects: [
        entry('/latest/a/', 'latest', 'a'),
        entry('/en/v1/a.html', 'latest', 'a'),
        entry('/en/v1/a.html', 'latest', 'a'),
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual([
      expect.stringMatching(/original page path/),
      '"/en/v1/a.html" is listed twice',
    ]);
  });
});

describe('resolveLegacyRedirects', () => {
  const map = createPageMap([
    {
      version: 'latest',
      slug: 'about-neuron/sdk-classification',
      pageId: 'sdk-classification',
      title: 'Classification',
    },
  ]);

  it('maps an original path to the page by version and page id; the route parameter drops /en/', () => {
    const { redirects, unknown } = resolveLegacyRedirects(
      [entry('/en/v2.19.1/general/sdk-classification.html', 'latest', 'sdk-classification')],
      map,
    );
    expect(unknown).toEqual([]);
    expect(redirects).toEqual([
      {
        param: 'v2.19.1/general/sdk-classification.html',
        path: '/en/v2.19.1/general/sdk-classification.html',
        target: '/latest/about-neuron/sdk-classification/',
        title: 'Classification',
      },
    ]);
  });

  it('reports an entry naming a page that does not exist, by index', () => {
    const { redirects, unknown } = resolveLegacyRedirects(
      [entry('/en/v1/x.html', 'v2.3.0', 'sdk-classification')],
      map,
    );
    expect(redirects).toEqual([]);
    expect(unknown).toEqual([{ index: 0, message: expect.stringMatching(/"sdk-classification" of version "v2.3.0"/) }]);
  });
});

describe('legacyRedirectHtml', () => {
  const html = legacyRedirectHtml({
    target: '/latest/a/',
    title: 'A & <B>',
    canonical: 'https://site.example/latest/a/',
    script: '/scripts/legacy-redirect.js',
  });

  it('has the script (keeps the #anchor), a refresh for readers without JavaScript and a plain link', () => {
    expect(html).toContain('<script src="/scripts/legacy-redirect.js" defer></script>');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/latest/a/">');
    expect(html).toContain('<a id="redirect-target" href="/latest/a/">A &#38; &#60;B&#62;</a>');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]/);
  });
});

describe('content/data/legacy-urls.yaml', () => {
  const data = legacyUrlsSchema.parse(parse(readFileSync(join(ROOT, 'content', 'data', 'legacy-urls.yaml'), 'utf8')));

  it('maps every entry to a page of the site', () => {
    const { unknown, redirects } = resolveLegacyRedirects(data.redirects, createPageMap(contentPages()));
    expect(unknown).toEqual([]);
    expect(redirects.find((r) => r.path === '/en/v2.19.1/general/sdk-classification.html')?.target).toBe(
      '/latest/about-neuron/sdk-classification/',
    );
  });

  it('holds every address of the original site (originals/neuron/legacy-urls.json), and no other', () => {
    const facts = JSON.parse(readFileSync(ORIGINAL_FACTS.legacyUrls, 'utf8')) as {
      origin: string;
      pages: { version: string; page: string; path: string }[];
    };
    expect(facts.pages.length, 'the facts list no page: wrong file?').toBeGreaterThan(0);
    expect(data.origin).toBe(facts.origin);
    expect(
      data.redirects.map(({ path, version, source }) => ({ path, version, source })).sort(byPath),
      'content/data/legacy-urls.yaml (path, version, source) against the facts (path, version, page)',
    ).toEqual(facts.pages.map(({ path, version, page }) => ({ path, version, source: page })).sort(byPath));
  });

  it('names an original committed in originals/ as the source of each address', () => {
    for (const { source } of data.redirects) expect(() => readFileSync(originalPath(source)), source).not.toThrow();
  });
});
