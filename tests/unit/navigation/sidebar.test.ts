import { describe, expect, it } from 'vitest';
import { buildSidebar, neighbours, type NavPage } from '../../../src/lib/navigation/sidebar.ts';

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

describe('neighbours', () => {
  const sidebar = (current: string) => buildSidebar(pages, 'latest', current);

  it('links the previous and next pages across sections', () => {
    expect(neighbours(sidebar('release/a'))).toEqual({
      prev: { href: '/latest/about/policy/', label: 'Policy', current: false },
      next: { href: '/latest/release/b/', label: 'Beta notes', current: false },
    });
  });

  it('has no previous page for the first and no next page for the last', () => {
    expect(neighbours(sidebar('about/overview')).prev).toBeUndefined();
    expect(neighbours(sidebar('about/overview')).next?.label).toBe('Policy');
    expect(neighbours(sidebar('misc')).next).toBeUndefined();
    expect(neighbours(sidebar('misc')).prev?.label).toBe('Beta notes');
  });

  it('is empty when no page is current', () => {
    expect(neighbours(sidebar('index'))).toEqual({});
  });
});
