import { pageUrl } from '../content/paths.ts';

/** What the sidebar needs to know of a page. */
export interface NavPage {
  slug: string;
  title: string;
  section?: string | undefined;
  order: number;
  label?: string | undefined;
}

/** A link of the sidebar. */
export interface NavLink {
  href: string;
  label: string;
  current: boolean;
}

/** A titled group of links (`label` is undefined for pages outside any section). */
export interface NavSection {
  label: string | undefined;
  links: NavLink[];
}

/**
 * The sidebar of a version: pages grouped by `nav.section`, ordered by `nav.order` then title; sections appear
 * in the order of their first page. The version's home is left out (the header links to it).
 */
export function buildSidebar(pages: readonly NavPage[], version: string, currentSlug: string): NavSection[] {
  const sorted = pages
    .filter((page) => page.slug !== 'index')
    .toSorted((a, b) => a.order - b.order || a.title.localeCompare(b.title));
  const sections = new Map<string | undefined, NavLink[]>();
  for (const page of sorted) {
    const links = sections.get(page.section) ?? [];
    links.push({
      href: pageUrl(version, page.slug),
      label: page.label ?? page.title,
      current: page.slug === currentSlug,
    });
    sections.set(page.section, links);
  }
  return [...sections].map(([label, links]) => ({ label, links }));
}

/** The previous and next pages in sidebar order, for the links at the bottom of a page. */
export function neighbours(sections: readonly NavSection[]): {
  prev?: NavLink | undefined;
  next?: NavLink | undefined;
} {
  const links = sections.flatMap((section) => section.links);
  const index = links.findIndex((link) => link.current);
  if (index < 0) return {};
  return { prev: links[index - 1], next: links[index + 1] };
}
