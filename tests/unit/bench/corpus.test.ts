import { describe, expect, it } from 'vitest';
import {
  copiesNav,
  copyFolder,
  copyPage,
  definedLabels,
  editOnePage,
  makeCorpus,
  versionShares,
  WARM_EDIT,
  type CorpusPage,
} from '../../../scripts/bench/corpus.ts';

const page = (pageId: string, labels: string[], body: string) =>
  `---\ntitle: ${pageId}\npageId: ${pageId}\n${labels.length ? `labels: [${labels.join(', ')}]\n` : ''}---\n\n${body}\n`;

/** A site like the real one: three versions of 4, 3 and 2 pages, each with a home page. */
const SITE: CorpusPage[] = [
  { version: 'latest', path: 'index.mdx', text: page('home', [], 'See :ref{to="a"}.') },
  {
    version: 'latest',
    path: 'x/a.mdx',
    text: page(
      'a',
      ['a'],
      'Intro text.\n\n::label{name="a-sec"}\n\n## Section\n\nSee :ref[b]{to="b"} and :ref{to="ext"}.',
    ),
  },
  { version: 'latest', path: 'x/y/b.mdx', text: page('b', ['b'], 'Back to :ref{to="a-sec"}.') },
  { version: 'latest', path: 'c.mdx', text: page('c', [], 'Plain text.') },
  { version: 'v2', path: 'index.mdx', text: page('home', [], 'Home.') },
  { version: 'v2', path: 'a.mdx', text: page('a', ['a'], 'Old a, see :ref{to="b"}.') },
  { version: 'v2', path: 'b.mdx', text: page('b', ['b'], 'Old b.') },
  { version: 'v1', path: 'index.mdx', text: page('home', [], 'Home.') },
  { version: 'v1', path: 'a.mdx', text: page('a', ['a'], 'Oldest a.') },
];

const count = (pages: readonly CorpusPage[], version: string) => pages.filter((p) => p.version === version).length;
const pageIds = (pages: readonly CorpusPage[], version: string) =>
  new Set(pages.filter((p) => p.version === version).map((p) => /^pageId: (.+)$/m.exec(p.text)?.[1]));

describe('versionShares', () => {
  it('splits the total in proportion to the real pages, summing exactly', () => {
    const shares = versionShares(
      new Map([
        ['latest', 6],
        ['v2.3.0', 4],
        ['v1.19.2', 3],
      ]),
      1000,
    );
    expect(Object.fromEntries(shares)).toEqual({ latest: 461, 'v2.3.0': 308, 'v1.19.2': 231 });
    expect(
      [
        ...versionShares(
          new Map([
            ['a', 1],
            ['b', 1],
            ['c', 1],
          ]),
          10,
        ).values(),
      ].reduce((a, b) => a + b),
    ).toBe(10);
  });

  it('splits a total smaller than the real site, a page at least for each version', () => {
    const shares = versionShares(
      new Map([
        ['latest', 60],
        ['v2.3.0', 30],
        ['v1.19.2', 1],
      ]),
      10,
    );
    expect(Object.fromEntries(shares)).toEqual({ latest: 6, 'v2.3.0': 3, 'v1.19.2': 1 });
  });

  it('refuses fewer pages than versions, and makeCorpus a total smaller than the real site', () => {
    expect(() =>
      versionShares(
        new Map([
          ['a', 6],
          ['b', 1],
        ]),
        1,
      ),
    ).toThrow(/a page of each of 2 versions/);
    expect(() => makeCorpus(SITE, 5)).toThrow(/cannot hold the 9 real pages/);
  });
});

describe('makeCorpus', () => {
  const corpus = makeCorpus(SITE, 45);

  it('makes exactly N page files, every version keeping its real pages', () => {
    expect(corpus).toHaveLength(45);
    for (const real of SITE) expect(corpus).toContainEqual(real);
    expect([count(corpus, 'latest'), count(corpus, 'v2'), count(corpus, 'v1')]).toEqual([20, 15, 10]);
  });

  it('copies each version from its own pages, in nested folders, never the home page', () => {
    const copies = corpus.filter((p) => p.path.startsWith('copies/'));
    expect(copies.filter((p) => p.version === 'v1').every((p) => p.text.includes('Oldest a.'))).toBe(true);
    expect(copies.some((p) => p.path.endsWith('index.mdx'))).toBe(false);
    expect(corpus.map((p) => `${p.version}/${p.path}`)).toContain('latest/copies/b0/c1/x/y/b.mdx');
    expect(corpus.map((p) => `${p.version}/${p.path}`)).toContain('v1/copies/b0/c8/a.mdx');
    expect(copyFolder(11)).toBe('copies/b1/c11');
    expect(new Set(corpus.map((p) => `${p.version}/${p.path}`)).size).toBe(corpus.length);
  });

  it('gives copy k the same pageId in every version that has it', () => {
    expect(pageIds(corpus, 'latest').has('a-copy-3')).toBe(true);
    expect(pageIds(corpus, 'v2').has('a-copy-3')).toBe(true);
    expect(pageIds(corpus, 'v1').has('a-copy-3')).toBe(true);
  });

  it('leaves every reference resolvable: to the copy where it exists, else to the original', () => {
    for (const version of ['latest', 'v2', 'v1']) {
      const pages = corpus.filter((p) => p.version === version);
      const labels = new Set([...pages.flatMap((p) => definedLabels(p.text)), 'ext']);
      expect(labels.size).toBe(pages.flatMap((p) => definedLabels(p.text)).length + 1); // no label twice
      for (const { text } of pages) {
        for (const [, label] of text.matchAll(/\{to="([^"]+)"\}/g)) expect(labels).toContain(label);
      }
    }
    const copy = corpus.find((p) => p.path === 'copies/b0/c2/x/a.mdx');
    expect(copy?.text).toContain(':ref[b]{to="b-2"}');
    expect(copy?.text).toContain(':ref{to="ext"}');
    expect(copy?.text).toContain('::label{name="a-sec-2"}');
  });

  it('points a reference at the original when the target page has no copy k', () => {
    // 20 latest pages: 4 real + 16 copies of a, b, c in turn, so copy 6 of a exists but copy 6 of b does not.
    const last = corpus.find((p) => p.version === 'latest' && p.path === 'copies/b0/c6/x/a.mdx');
    expect(last?.text).toContain('{to="b"}');
    expect(corpus.find((p) => p.path === 'copies/b0/c6/x/y/b.mdx' && p.version === 'latest')).toBeUndefined();
  });
});

describe('copyPage and definedLabels', () => {
  it('renames the page labels, section labels and pageId of a copy', () => {
    const text = copyPage(SITE[1]?.text ?? '', 7, () => true);
    expect(definedLabels(text)).toEqual(['a-7', 'a-sec-7']);
    expect(text).toMatch(/^pageId: a-copy-7$/m);
  });

  it('renames a section label that has a title too', () => {
    const text = copyPage(page('p', [], '::label{name="cli" title="The CLI"}\n\nText.'), 2, () => true);
    expect(text).toContain('::label{name="cli-2" title="The CLI"}');
    expect(definedLabels(text)).toEqual(['cli-2']);
  });
});

describe('editOnePage', () => {
  it('appends a sentence to the first paragraph after the frontmatter', () => {
    const edited = editOnePage(SITE[1]?.text ?? '');
    expect(edited).toContain(`Intro text.${WARM_EDIT}\n`);
    expect(edited.replace(WARM_EDIT, '')).toBe(SITE[1]?.text);
  });
});

describe('copiesNav', () => {
  it('nests copies in buckets of ten, each copy holding its other pages, and lists every copy once', () => {
    const corpus = makeCorpus(SITE, 70);
    const [caption] = copiesNav(corpus, 'latest');
    expect(caption?.caption).toBe('Copies');
    const listed: string[] = [];
    const walk = (items: unknown[]) => {
      for (const item of items as { page: string; items?: unknown[] }[]) {
        listed.push(item.page);
        walk(item.items ?? []);
      }
    };
    walk(caption?.items ?? []);
    const copies = corpus.filter((p) => p.version === 'latest' && p.path.startsWith('copies/'));
    expect(listed.sort()).toEqual(copies.map((p) => p.path.replace(/\.mdx$/, '')).sort());
    // Ten copies of three pages each per bucket: the first copy's first page is the bucket's entry.
    expect((caption?.items[0] as { page: string }).page).toBe('copies/b0/c1/x/a');
    expect(copiesNav(SITE, 'latest')).toEqual([]);
  });
});
