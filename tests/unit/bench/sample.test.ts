import { describe, expect, it } from 'vitest';
import type { NavEntry } from '../../../src/lib/navigation/nav-schema.ts';
import { pruneNav, rewriteDropped, sampleSlugs, samplingOrder } from '../../../scripts/bench/sample.ts';

const NAV: NavEntry[] = [
  { page: 'a/index', items: [{ page: 'a/one', items: [{ page: 'a/one/deep' }] }, { page: 'a/two' }] },
  { caption: 'More', items: [{ page: 'b/index', items: [{ page: 'b/one' }] }] },
  { url: 'https://example.com/', label: 'Elsewhere' },
];
const SLUGS = ['index', 'a/index', 'a/one', 'a/one/deep', 'a/two', 'b/index', 'b/one', 'orphan', 'aaa-orphan'];

describe('samplingOrder', () => {
  it('takes the home page, the navigation breadth-first, then the pages outside it, sorted', () => {
    expect(samplingOrder(NAV, SLUGS)).toEqual([
      'index',
      'a/index',
      'a/one',
      'a/two',
      'b/index',
      'a/one/deep',
      'b/one',
      'aaa-orphan',
      'orphan',
    ]);
  });

  it('skips navigation entries that name no page', () => {
    expect(samplingOrder([{ page: 'gone' }, { page: 'a/two' }], ['a/two'])).toEqual(['a/two']);
  });
});

describe('sampleSlugs', () => {
  it('keeps the first N, and the pages asked for wherever they are', () => {
    const order = samplingOrder(NAV, SLUGS);
    expect([...sampleSlugs(order, 3, ['b/one', 'not-a-page'])]).toEqual(['index', 'a/index', 'a/one', 'b/one']);
  });
});

describe('pruneNav', () => {
  it('hoists the kept children of an entry left out and drops empty captions', () => {
    expect(pruneNav(NAV, new Set(['a/one', 'a/one/deep', 'a/two']))).toEqual([
      { page: 'a/one', items: [{ page: 'a/one/deep' }] },
      { page: 'a/two' },
      { url: 'https://example.com/', label: 'Elsewhere' },
    ]);
  });

  it('keeps a caption over what remains under it', () => {
    expect(pruneNav(NAV, new Set(['b/one']))).toEqual([
      { caption: 'More', items: [{ page: 'b/one' }] },
      { url: 'https://example.com/', label: 'Elsewhere' },
    ]);
  });
});

describe('rewriteDropped', () => {
  const remaining = {
    labels: new Set(['kept-label', 'listed/already']),
    pages: new Set(['kept/page']),
    urls: new Set(['/latest/kept/page/', '/v2.3.0/old/']),
  };

  it('lists references to labels that are gone as unresolved and leaves the text alone', () => {
    const unresolved = new Set<string>();
    const text =
      'See :ref{to="kept-label"}, :ref[the [nested] text]{to="gone"} and :badge[B]{variant="primary" to="gone-too"}.';
    expect(rewriteDropped(text, remaining, unresolved)).toBe(text);
    expect([...unresolved]).toEqual(['gone', 'gone-too']);
  });

  it('turns :doc links and cards to pages left out into unresolved references', () => {
    const unresolved = new Set<string>();
    const text = [
      'Read :doc{to="kept/page"} and :doc[this \\] one]{to="gone/page"}.',
      ':::card[Gone]{link="gone/card" linkType="doc"}',
      ':::card[Kept]{link="kept/page" linkType="doc"}',
      ':::card[Label]{link="gone-label" linkType="ref"}',
      ':doc{to="listed/already"}',
    ].join('\n');
    expect(rewriteDropped(text, remaining, unresolved)).toBe(
      [
        'Read :doc{to="kept/page"} and :ref[this \\] one]{to="gone/page"}.',
        ':::card[Gone]{link="gone/card" linkType="ref"}',
        ':::card[Kept]{link="kept/page" linkType="doc"}',
        ':::card[Label]{link="gone-label" linkType="ref"}',
        ':ref{to="listed/already"}',
      ].join('\n'),
    );
    // A slug the version lists as unresolved already is not listed twice.
    expect([...unresolved].sort()).toEqual(['gone-label', 'gone/card', 'gone/page']);
  });

  it('sends links to pages left out to their version home, relative ones from the base given', () => {
    const text =
      '[a](/latest/kept/page/#x) [b](/latest/gone/#y) [c](/v2.3.0/gone/) [d](https://x.org/latest/a/) ' +
      '<a href="old/index.html">e</a> <a href="gone.html">f</a> [g](/images/x.png)';
    expect(rewriteDropped(text, remaining, new Set(), '/v2.3.0/')).toBe(
      '[a](/latest/kept/page/#x) [b](/latest/) [c](/v2.3.0/) [d](https://x.org/latest/a/) ' +
        '<a href="old/index.html">e</a> <a href="/v2.3.0/">f</a> [g](/images/x.png)',
    );
    // Without a base, relative links are left as they are.
    expect(rewriteDropped('<a href="gone.html">f</a>', remaining, new Set())).toBe('<a href="gone.html">f</a>');
  });
});
