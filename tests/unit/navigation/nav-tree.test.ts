import { describe, expect, it } from 'vitest';
import type { NavEntry } from '../../../src/lib/navigation/nav-schema.ts';
import { buildNavTree, prepareNavigation, readingOrder, sectionListing } from '../../../src/lib/navigation/nav-tree.ts';

const pages = new Map(
  ['guide', 'guide/setup', 'guide/setup/linux', 'guide/tune', 'api', 'api/torch', 'news'].map((slug) => [
    slug,
    { slug, label: `Title of ${slug}` },
  ]),
);
const entries: NavEntry[] = [
  {
    caption: 'Guides',
    items: [
      {
        page: 'guide',
        items: [
          { page: 'guide/setup', items: [{ page: 'guide/setup/linux' }] },
          { page: 'guide/tune', label: 'Tune' },
        ],
      },
    ],
  },
  { caption: 'Reference', items: [{ page: 'api', items: [{ page: 'api/torch' }] }, { page: 'news' }] },
  { url: 'https://github.com/aws-neuron', label: 'GitHub' },
];
const { tree, problems } = buildNavTree(entries, 'v9', pages, { file: 'nav.yaml', lineOf: () => 3 });

describe('buildNavTree', () => {
  it('resolves pages to their URLs and link texts, keeping captions and external links', () => {
    expect(problems).toEqual([]);
    expect(tree.map((node) => [node.label, node.caption ?? false, node.href])).toEqual([
      ['Guides', true, undefined],
      ['Reference', true, undefined],
      ['GitHub', false, 'https://github.com/aws-neuron'],
    ]);
    expect(tree[0]?.children[0]?.children.map((node) => [node.label, node.href])).toEqual([
      ['Title of guide/setup', '/v9/guide/setup/'],
      ['Tune', '/v9/guide/tune/'],
    ]);
  });

  it('suggests the closest page', () => {
    const { problems: found } = buildNavTree([{ page: 'guide/tun' }], 'v9', pages, {
      file: 'nav.yaml',
      lineOf: () => 1,
    });
    expect(found[0]?.hint).toMatch(/^did you mean .*"guide\/tune"/);
  });

  it('reports an entry that names no page, at its line, and leaves it out', () => {
    const result = buildNavTree([{ page: 'nowhere' }, { page: 'news' }], 'v9', pages, {
      file: 'content/data/v9/nav.yaml',
      lineOf: (path) => (path.join('.') === 'items.0.page' ? 2 : undefined),
    });
    expect(result.tree.map((node) => node.href)).toEqual(['/v9/news/']);
    expect(result.problems).toEqual([
      {
        code: 'invalid-data',
        file: 'content/data/v9/nav.yaml',
        line: 2,
        message: 'navigation entry "nowhere" names no page of version "v9"',
        hint: 'give the slug of a page: its path under the version’s folder, without .mdx (a folder’s page is `<folder>/index`)',
      },
    ]);
  });
});

describe('readingOrder and neighbours', () => {
  it('walks the pages depth first, captions and external links left out', () => {
    expect(readingOrder(tree).map((node) => node.href)).toEqual([
      '/v9/guide/',
      '/v9/guide/setup/',
      '/v9/guide/setup/linux/',
      '/v9/guide/tune/',
      '/v9/api/',
      '/v9/api/torch/',
      '/v9/news/',
    ]);
    const { neighbours } = prepareNavigation(tree);
    expect(neighbours('/v9/guide/tune/')).toMatchObject({
      prev: { href: '/v9/guide/setup/linux/' },
      next: { href: '/v9/api/' },
    });
    expect(neighbours('/v9/guide/').prev).toBeUndefined();
    expect(neighbours('/v9/elsewhere/')).toEqual({});
  });
});

describe('the sidebar of a page', () => {
  const { sidebar } = prepareNavigation(tree);
  const links = (html: string) => [...html.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);

  it('shows the top level, and the children of each entry on the way to the page', () => {
    const html = sidebar('/v9/guide/setup/linux/');
    expect(links(html)).toEqual([
      '/v9/guide/',
      '/v9/guide/setup/',
      '/v9/guide/setup/linux/',
      '/v9/guide/tune/',
      '/v9/api/',
      '/v9/news/',
      'https://github.com/aws-neuron',
    ]);
    expect(html).toContain('<a href="/v9/guide/setup/linux/" aria-current="page">Title of guide/setup/linux</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
    // api/torch is a click away: on the API page, which lists it.
    expect(html).toContain('<li class="nav-closed"><a href="/v9/api/">');
    expect(html).toContain('<span class="sidebar-heading">Guides</span>');
    expect(html).toContain('<a href="https://github.com/aws-neuron" rel="external">GitHub</a>');
  });

  it('opens the children of the page being read', () => {
    expect(links(sidebar('/v9/api/'))).toContain('/v9/api/torch/');
    expect(links(sidebar('/v9/news/'))).not.toContain('/v9/api/torch/');
  });

  it('shows the top level alone for a page outside the tree (a generated page)', () => {
    expect(links(sidebar(''))).toEqual(['/v9/guide/', '/v9/api/', '/v9/news/', 'https://github.com/aws-neuron']);
  });

  it('folds the pages shown below an open entry under a toggle of their own, the entry staying a link', () => {
    const html = sidebar('/v9/guide/setup/');
    expect(html).toContain(
      '<li class="nav-open"><a href="/v9/guide/setup/" aria-current="page">Title of guide/setup</a><details open>' +
        '<summary><span class="sr-only">Pages under Title of guide/setup</span></summary><ul><li><a href="/v9/guide/setup/linux/">',
    );
    expect(html.match(/<details open>/g)).toHaveLength(2);
  });

  it('escapes labels', () => {
    const escaped = prepareNavigation([{ label: 'Q&A <new>', href: '/v9/q/', children: [] }]).sidebar('');
    expect(escaped).toContain('>Q&amp;A &lt;new&gt;</a>');
  });
});

describe('the ancestors of a page (its breadcrumbs)', () => {
  const { ancestors } = prepareNavigation(tree);

  it('are the pages above it, from the top, without captions', () => {
    expect(ancestors('/v9/guide/setup/linux/').map((node) => node.href)).toEqual(['/v9/guide/', '/v9/guide/setup/']);
    expect(ancestors('/v9/guide/')).toEqual([]);
  });

  it('are none for a page outside the tree', () => {
    expect(ancestors('/v9/elsewhere/')).toEqual([]);
  });
});

describe('a section’s listing of its pages', () => {
  const navigation = prepareNavigation(tree);
  const children = navigation.children('/v9/guide/');

  it('finds the entries below a page, and none below a leaf or a page outside the tree', () => {
    expect(children.map((node) => node.href)).toEqual(['/v9/guide/setup/', '/v9/guide/tune/']);
    expect(navigation.children('/v9/guide/tune/')).toEqual([]);
    expect(navigation.children('/v9/elsewhere/')).toEqual([]);
  });

  it('lists them when the page’s text does not link to every one', () => {
    expect(sectionListing(children, '<p>See <a href="/v9/guide/setup/">setup</a>.</p>')).toEqual(children);
    expect(sectionListing(children, '<p>No links</p>')).toEqual(children);
  });

  it('lists nothing when the text links to each (a shown toctree, cards), anchors included', () => {
    const html = '<a href="/v9/guide/setup/">a</a> <a href="/v9/guide/tune/#step-2">b</a>';
    expect(sectionListing(children, html)).toEqual([]);
    expect(sectionListing([], '')).toEqual([]);
  });

  it('looks through captions to the pages under them', () => {
    const reference = tree[1]?.children ?? [];
    const captioned = [{ label: 'Reference', caption: true, children: reference }];
    expect(sectionListing(captioned, '<a href="/v9/api/">x</a>')).toEqual(captioned);
    expect(sectionListing(captioned, '<a href="/v9/api/">x</a><a href="/v9/news/">y</a>')).toEqual([]);
  });
});
