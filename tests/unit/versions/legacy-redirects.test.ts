import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOracle } from '../../../scripts/oracle/check.ts';
import { ORIGINAL_FACTS } from '../../../scripts/originals.ts';
import { listPageFiles } from '../../../src/integrations/engine/content-snapshot.ts';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { legacyRedirectHtml } from '../../../src/lib/versions/legacy-redirect-html.ts';
import { resolveLegacyRedirects } from '../../../src/lib/versions/legacy-redirects.ts';
import { legacyUrlsSchema } from '../../../src/lib/versions/legacy-urls-schema.ts';
import { createPageMap, type MappedPage } from '../../../src/lib/versions/page-map.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const paths = contentPaths(ROOT);

/** The site's real pages, from their files' frontmatter (what the build's collection holds). */
function contentPages(): (MappedPage & { source?: { repo: string; path: string; commit: string } | undefined })[] {
  const versions = (
    parse(readFileSync(join(ROOT, 'content', 'versions.yaml'), 'utf8')) as { versions: { id: string }[] }
  ).versions;
  return versions.flatMap(({ id }) =>
    listPageFiles(paths, id).map((file) => {
      const front = parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as {
        pageId: string;
        title: string;
        source?: { repo: string; path: string; commit: string };
      };
      const location = paths.locatePage(file);
      return {
        version: id,
        slug: location?.slug ?? '',
        pageId: front.pageId,
        title: front.title,
        source: front.source,
      };
    }),
  );
}

/** The report of a version's import: the revision imported and the source defects (construct and file). */
const importReport = (version: string) =>
  JSON.parse(readFileSync(join(ROOT, 'content', 'import-report', `${version}.json`), 'utf8')) as {
    source: { revision: string };
    sourceDefects: { construct: string; file: string }[];
  };
const sourceDefects = (version: string) => importReport(version).sourceDefects;

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
  const pages = contentPages();

  it('maps every entry to a page of its own version', () => {
    const { unknown, redirects } = resolveLegacyRedirects(data.redirects, createPageMap(pages));
    expect(unknown).toEqual([]);
    for (const { path, target } of redirects) expect(target, path).toMatch(new RegExp(`^/${path.split('/')[2]}/`));
    expect(redirects.find((r) => r.path === '/en/v2.19.1/general/sdk-classification.html')?.target).toBe(
      '/v2.19.1/general/sdk-classification/',
    );
  });

  // The documents each release published, as the fidelity oracle (docutils, not the importer) read them from
  // the sources: each one's Read the Docs address must redirect, and no other address is listed.
  it('holds the address of every document the original site published, and no other', () => {
    const versions = [...new Set(pages.map((page) => page.version))];
    const expected = versions.flatMap((version) => {
      const oracle = loadOracle(join(ROOT, 'tests', 'fidelity', 'oracle', `${version}.json.gz`));
      return Object.keys(oracle.documents).map((file) => ({
        path: `/en/${version}/${file.replace(/\.(rst|md|ipynb|txt)$/, '')}.html`,
        version,
      }));
    });
    expect(expected.length).toBeGreaterThan(4000);
    const listed = data.redirects.map(({ path, version }) => ({ path, version }));
    // a notebook the sources hold but cannot be read (not JSON) published nothing: the report lists it
    const unreadable = new Set(
      versions.flatMap((version) =>
        sourceDefects(version)
          .filter((entry) => entry.construct === 'unreadable-notebook')
          .map((entry) => `/en/${version}/${entry.file.replace(/\.ipynb$/, '')}.html`),
      ),
    );
    expect(listed.sort(byPath)).toEqual(expected.filter(({ path }) => !unreadable.has(path)).sort(byPath));
  });

  it('keeps the addresses the pilot knew from the original site', () => {
    const facts = JSON.parse(readFileSync(ORIGINAL_FACTS.legacyUrls, 'utf8')) as {
      origin: string;
      pages: { version: string; path: string }[];
    };
    expect(data.origin).toBe(facts.origin);
    const listed = new Set(data.redirects.map(({ path }) => path));
    for (const { path } of facts.pages) expect(listed.has(path), path).toBe(true);
  });

  it('names the source file of each address at its release’s pinned revision, as its page does', () => {
    const sources = new Map(pages.map((page) => [`${page.version}\u0000${page.pageId}`, page.source] as const));
    const revisions = new Map<string, string>();
    for (const { path, version, pageId, source } of data.redirects) {
      if (!revisions.has(version)) revisions.set(version, importReport(version).source.revision);
      const page = sources.get(`${version}\u0000${pageId}`);
      expect(source, path).toBe(page && `${page.repo}@${revisions.get(version)}:${page.path}`);
    }
  });
});
