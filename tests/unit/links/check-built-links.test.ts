import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBuiltLinks, fileOfUrl, urlOfFile } from '../../../src/lib/links/check-built-links.ts';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A built site with the given pages (path → body HTML). */
function site(pages: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'neuron-docs-links-'));
  for (const [path, body] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html><body>${body}</body></html>`);
  }
  return dir;
}

describe('urlOfFile', () => {
  it.each([
    ['index.html', '/'],
    ['latest/index.html', '/latest/'],
    ['latest/a/index.html', '/latest/a/'],
    ['latest\\a\\index.html', '/latest/a/'],
    ['404.html', '/404.html'],
  ])('%s → %s', (file, url) => {
    expect(urlOfFile(file)).toBe(url);
  });
});

describe('fileOfUrl', () => {
  const files = new Set(['index.html', 'latest/a/index.html', 'latest/file.pdf', 'latest/a b/index.html']);
  const exists = (file: string) => files.has(file);

  it.each([
    ['/', 'index.html'],
    ['/latest/a/', 'latest/a/index.html'],
    ['/latest/a', 'latest/a/index.html'],
    ['/latest/file.pdf', 'latest/file.pdf'],
    ['/latest/a%20b/', 'latest/a b/index.html'],
    ['/latest/missing/', undefined],
    ['/latest/', undefined],
  ])('%s → %s', (url, file) => {
    expect(fileOfUrl(url, exists)).toBe(file);
  });
});

describe('checkBuiltLinks', () => {
  it('accepts links to existing pages and anchors, absolute and relative', () => {
    const out = site({
      'index.html': '<a href="/latest/">home</a>',
      'latest/index.html': '<h2 id="top">Top</h2><a href="a/">a</a><a href="./a/#sec">a sec</a><a href="#top">top</a>',
      'latest/a/index.html':
        '<h2 id="sec">Sec</h2><a href="../">up</a><a href="/latest/a/#sec">self</a><a href="/latest/a">no slash</a><a href="">empty</a><a class="x" href="/latest/?q=1&amp;r=2#top">query</a>',
    });
    expect(checkBuiltLinks(out)).toEqual([]);
  });

  it('checks a site published under a base path as served there: a link outside the base leads nowhere', () => {
    const out = site({
      'latest/index.html': '<h2 id="top">Top</h2><a href="/docs/latest/a/#sec">a</a><a href="a/">relative</a>',
      'latest/a/index.html': '<h2 id="sec">Sec</h2><a href="../#top">up</a><a href="/latest/">no base</a>',
    });
    expect(checkBuiltLinks(out, '/docs/')).toEqual([{ page: '/latest/a/', href: '/latest/', reason: 'missing-page' }]);
  });

  it('reports links to missing pages and missing anchors', () => {
    const out = site({
      'latest/a/index.html':
        '<a href="/latest/gone/">gone</a><a href="/latest/b/#nope">nope</a><a href="../b/#there">ok</a>',
      'latest/b/index.html': '<p id="there">x</p>',
    });
    expect(checkBuiltLinks(out)).toEqual([
      { page: '/latest/a/', href: '/latest/gone/', reason: 'missing-page' },
      { page: '/latest/a/', href: '/latest/b/#nope', reason: 'missing-anchor' },
    ]);
  });

  it('checks #fragment-only links against the page itself', () => {
    const out = site({
      'latest/a/index.html': '<h2 id="here">H</h2><a href="#here">ok</a><a href="#elsewhere">bad</a>',
    });
    expect(checkBuiltLinks(out)).toEqual([{ page: '/latest/a/', href: '#elsewhere', reason: 'missing-anchor' }]);
  });

  it('ignores external links', () => {
    const out = site({
      'index.html':
        '<a href="https://example.com/x">x</a><a href="http://example.com">y</a><a href="mailto:a@b.c">m</a><a href="//cdn.example.com/z">z</a>',
    });
    expect(checkBuiltLinks(out)).toEqual([]);
  });

  it('decodes percent-encoded anchors', () => {
    const out = site({ 'a/index.html': '<h2 id="café">C</h2><a href="#caf%C3%A9">c</a>' });
    expect(checkBuiltLinks(out)).toEqual([]);
  });

  it('reports a link with a malformed percent-escape instead of crashing', () => {
    const out = site({ 'a/index.html': '<a href="/100%/">bad</a>' });
    expect(() => checkBuiltLinks(out)).not.toThrow();
    expect(checkBuiltLinks(out)).toEqual([{ page: '/a/', href: '/100%/', reason: 'missing-page' }]);
  });
});
