import { describe, expect, it } from 'vitest';
import { normalizeBase, rebaseHtml, rebaseText, withBase, withoutBase } from '../../../src/lib/site/base-path.ts';

const ORIGIN = 'https://docs.example';

describe('normalizeBase', () => {
  it('gives a leading and a trailing slash, and / for none', () => {
    expect([undefined, '', '/', 'docs', '/docs', 'docs/', '/a/b/'].map(normalizeBase)).toEqual([
      '/',
      '/',
      '/',
      '/docs/',
      '/docs/',
      '/docs/',
      '/a/b/',
    ]);
  });
});

describe('withBase and withoutBase', () => {
  it('put a root-relative path under the base and take it out again', () => {
    expect(withBase('/docs/', '/latest/a/#x')).toBe('/docs/latest/a/#x');
    expect(withBase('/', '/latest/')).toBe('/latest/');
    expect(withBase('/docs/', 'a/')).toBe('a/');
    expect(withBase('/docs/', '//cdn.example/x.js')).toBe('//cdn.example/x.js');
    expect(withoutBase('/docs/', '/docs/latest/a/')).toBe('/latest/a/');
    expect(withoutBase('/docs/', '/latest/a/')).toBeUndefined();
    expect(withoutBase('/', '/latest/a/')).toBe('/latest/a/');
  });
});

describe('rebaseHtml', () => {
  it("rebases the URLs of tags' attributes, a refresh and the origin's absolute URLs", () => {
    const html = [
      '<link rel="canonical" href="https://docs.example/latest/a/">',
      '<meta http-equiv="refresh" content="0; url=/latest/a/">',
      '<script src="/docs/_astro/page.js"></script>',
      '<search-box data-bundle="/latest/_search/" data-versions="latest=Latest|v2=2">',
      '<a href="/latest/b/#x">b</a> <a href="#x">here</a> <a href="https://other.example/latest/">out</a>',
      '<img src="/images/a.png" alt="">',
      '<script type="application/ld+json">{"item":"https://docs.example/latest/"}</script>',
    ].join('\n');
    expect(rebaseHtml(html, '/docs/', ORIGIN)).toBe(
      [
        '<link rel="canonical" href="https://docs.example/docs/latest/a/">',
        '<meta http-equiv="refresh" content="0; url=/docs/latest/a/">',
        '<script src="/docs/_astro/page.js"></script>',
        '<search-box data-bundle="/docs/latest/_search/" data-versions="latest=Latest|v2=2">',
        '<a href="/docs/latest/b/#x">b</a> <a href="#x">here</a> <a href="https://other.example/latest/">out</a>',
        '<img src="/docs/images/a.png" alt="">',
        '<script type="application/ld+json">{"item":"https://docs.example/docs/latest/"}</script>',
      ].join('\n'),
    );
  });

  it('leaves text alone, code that shows HTML included, and everything at the root', () => {
    const html = '<pre><code>&#x3C;a href="/latest/">x&#x3C;/a></code></pre><p>See /latest/ here.</p>';
    expect(rebaseHtml(html, '/docs/', ORIGIN)).toBe(html);
    expect(rebaseHtml('<a href="/latest/">x</a>', '/', ORIGIN)).toBe('<a href="/latest/">x</a>');
  });
});

describe('rebaseText', () => {
  it("rebases the origin's absolute URLs of a feed, a sitemap or a Markdown twin, once", () => {
    const text =
      '<loc>https://docs.example/latest/</loc> [a](https://docs.example/latest/a/) https://docs.example/docs/x/';
    expect(rebaseText(text, '/docs/', ORIGIN)).toBe(
      '<loc>https://docs.example/docs/latest/</loc> [a](https://docs.example/docs/latest/a/) https://docs.example/docs/x/',
    );
  });
});
