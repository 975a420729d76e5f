import { describe, expect, it } from 'vitest';
import {
  buildSidebar,
  markCurrent,
  readingOrder,
  sidebarHtml,
  type NavPage,
} from '../../../src/lib/navigation/sidebar.ts';

const pages: NavPage[] = [
  { slug: 'index', title: 'Home', order: 0 },
  { slug: 'about/policy', title: 'Maintenance policy', section: 'About Neuron', order: 20, label: 'Policy' },
  { slug: 'about/overview', title: 'Overview', section: 'About Neuron', order: 10 },
  { slug: 'release/b', title: 'Beta notes', section: 'Release notes', order: 15 },
  { slug: 'release/a', title: 'Alpha notes', section: 'Release notes', order: 15 },
  { slug: 'misc', title: 'Misc', order: 100 },
];

describe('buildSidebar', () => {
  it('groups pages by section, sections in the order of their first page, pages by order then title', () => {
    expect(buildSidebar(pages, 'latest', 'about/policy')).toEqual([
      {
        label: 'About Neuron',
        links: [
          { href: '/latest/about/overview/', label: 'Overview', current: false },
          { href: '/latest/about/policy/', label: 'Policy', current: true },
        ],
      },
      {
        label: 'Release notes',
        links: [
          { href: '/latest/release/a/', label: 'Alpha notes', current: false },
          { href: '/latest/release/b/', label: 'Beta notes', current: false },
        ],
      },
      { label: undefined, links: [{ href: '/latest/misc/', label: 'Misc', current: false }] },
    ]);
  });

  it('leaves out the version home', () => {
    const links = buildSidebar(pages, 'v2.3.0', 'index').flatMap((s) => s.links);
    expect(links.map((l) => l.href)).not.toContain('/v2.3.0/');
    expect(links.some((l) => l.current)).toBe(false);
  });

  it('does not reorder the pages given', () => {
    const copy = [...pages];
    buildSidebar(copy, 'latest', 'misc');
    expect(copy).toEqual(pages);
  });
});

describe('readingOrder', () => {
  const neighbours = readingOrder(buildSidebar(pages, 'latest', ''));

  it('links the previous and next pages across sections', () => {
    expect(neighbours('/latest/release/a/')).toEqual({
      prev: { href: '/latest/about/policy/', label: 'Policy', current: false },
      next: { href: '/latest/release/b/', label: 'Beta notes', current: false },
    });
  });

  it('has no previous page for the first and no next page for the last', () => {
    expect(neighbours('/latest/about/overview/').prev).toBeUndefined();
    expect(neighbours('/latest/about/overview/').next?.label).toBe('Policy');
    expect(neighbours('/latest/misc/').next).toBeUndefined();
    expect(neighbours('/latest/misc/').prev?.label).toBe('Beta notes');
  });

  it('is empty for a page outside the sidebar (the version home)', () => {
    expect(neighbours('/latest/')).toEqual({});
  });
});

describe('sidebarHtml and markCurrent', () => {
  it('renders the sections as the sidebar component did, escaping text and marking the current page', () => {
    const sections = buildSidebar([...pages, { slug: 'a&b', title: 'Q&A <new>', order: 200 }], 'latest', 'misc');
    const html = sidebarHtml(sections);
    expect(html).toContain(
      '<div class="sidebar-section"><p class="sidebar-heading">About Neuron</p><ul><li><a href="/latest/about/overview/">Overview</a></li>',
    );
    expect(html).toContain('<li><a href="/latest/misc/" aria-current="page">Misc</a></li>');
    expect(html).toContain('<a href="/latest/a&amp;b/">Q&amp;A &lt;new&gt;</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
  });

  it('marks one page of the shared, unmarked HTML', () => {
    const shared = sidebarHtml(buildSidebar(pages, 'latest', ''));
    expect(shared).not.toContain('aria-current');
    const marked = markCurrent(shared, '/latest/release/b/');
    expect(marked).toContain('<a href="/latest/release/b/" aria-current="page">Beta notes</a>');
    expect(marked.match(/aria-current/g)).toHaveLength(1);
    expect(markCurrent(shared, '/latest/nowhere/')).toBe(shared);
  });
});
