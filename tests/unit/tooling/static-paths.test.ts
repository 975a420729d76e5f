import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  contentTypeFor,
  decodeRequestPath,
  isInside,
  resolveStaticPath,
} from '../../../src/lib/tooling/static-paths.ts';

const ROOT = resolve('/srv/site');
const FILES = new Set(
  ['index.html', '404.html', 'latest/index.html', 'latest/a/b/index.html', 'styles/site.css', 'a b/index.html'].map(
    (file) => join(ROOT, file),
  ),
);
const isFile = (path: string): boolean => FILES.has(path);
const at = (target: string) => resolveStaticPath(target, ROOT, isFile);

describe('decodeRequestPath', () => {
  it('splits and decodes segments, noting a trailing slash', () => {
    expect(decodeRequestPath('/')).toEqual({ segments: [], trailingSlash: true });
    expect(decodeRequestPath('/a/b/')).toEqual({ segments: ['a', 'b'], trailingSlash: true });
    expect(decodeRequestPath('/a/b%20c?x=1#h')).toEqual({ segments: ['a', 'b c'], trailingSlash: false });
    expect(decodeRequestPath('//a//b')).toEqual({ segments: ['a', 'b'], trailingSlash: false });
  });

  it('rejects traversal, also percent-encoded, and other hostile paths', () => {
    for (const target of [
      '/../etc/passwd',
      '/a/../../x',
      '/%2e%2e/etc/passwd',
      '/%2E%2E%2Fetc%2Fpasswd',
      '/a/%2e%2e%2f%2e%2e%2fx',
      '/./a',
      '/a%00.html',
      '/a%5c..%5cx',
      '/a\\b',
      '/%E0%A4%A', // malformed percent-encoding
      'a/b', // not origin-form
    ]) {
      expect(decodeRequestPath(target), target).toBeUndefined();
    }
  });

  it('keeps double-encoded dots as a literal name', () => {
    expect(decodeRequestPath('/%252e%252e/x')).toEqual({ segments: ['%2e%2e', 'x'], trailingSlash: false });
  });
});

describe('resolveStaticPath', () => {
  it('serves index.html for directory paths', () => {
    expect(at('/')).toEqual({ kind: 'file', file: join(ROOT, 'index.html') });
    expect(at('/latest/')).toEqual({ kind: 'file', file: join(ROOT, 'latest/index.html') });
    expect(at('/latest/a/b/?q=1')).toEqual({ kind: 'file', file: join(ROOT, 'latest/a/b/index.html') });
    expect(at('/a%20b/')).toEqual({ kind: 'file', file: join(ROOT, 'a b/index.html') });
  });

  it('serves files', () => {
    expect(at('/styles/site.css')).toEqual({ kind: 'file', file: join(ROOT, 'styles/site.css') });
    expect(at('/404.html')).toEqual({ kind: 'file', file: join(ROOT, '404.html') });
  });

  it('redirects /foo to /foo/ when /foo/index.html exists, keeping the query', () => {
    expect(at('/latest')).toEqual({ kind: 'redirect', location: '/latest/' });
    expect(at('/latest/a/b?q=1#x')).toEqual({ kind: 'redirect', location: '/latest/a/b/?q=1' });
    expect(at('/a%20b')).toEqual({ kind: 'redirect', location: '/a%20b/' });
  });

  it('never redirects off-site', () => {
    expect(at('//latest')).toEqual({ kind: 'redirect', location: '/latest/' });
  });

  it('reports missing files', () => {
    expect(at('/nope')).toEqual({ kind: 'not-found' });
    expect(at('/nope/')).toEqual({ kind: 'not-found' });
    expect(at('/styles/site.css/')).toEqual({ kind: 'not-found' });
    expect(at('/latest/a/')).toEqual({ kind: 'not-found' });
  });

  it('answers bad-request for traversal', () => {
    expect(at('/../srv/site/index.html')).toEqual({ kind: 'bad-request' });
    expect(at('/%2e%2e/site/index.html')).toEqual({ kind: 'bad-request' });
  });
});

describe('isInside', () => {
  it('accepts the root and what is under it, not siblings sharing a prefix', () => {
    expect(isInside(ROOT, ROOT)).toBe(true);
    expect(isInside(ROOT, join(ROOT, 'a/b'))).toBe(true);
    expect(isInside(ROOT, `${ROOT}-other/x`)).toBe(false);
    expect(isInside(ROOT, resolve(ROOT, '..'))).toBe(false);
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['a/index.html', 'text/html; charset=utf-8'],
    ['site.css', 'text/css; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['app.mjs', 'text/javascript; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['logo.PNG', 'image/png'],
    ['font.woff2', 'font/woff2'],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['pagefind/pagefind.wasm', 'application/wasm'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('cacheControlFor', () => {
  it('revalidates HTML; keeps hashed bundles for a year; says nothing of other files', () => {
    expect(cacheControlFor('index.html')).toBe('no-cache');
    expect(cacheControlFor('latest/page/index.html')).toBe('no-cache');
    expect(cacheControlFor('_astro/BaseLayout.Bx1c2d.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor('code-colors.css')).toBeUndefined();
    expect(cacheControlFor('latest/_astro/x.css')).toBeUndefined();
  });
});
