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

/** The previous and next pages of a page. */
export interface Neighbours {
  prev?: NavLink | undefined;
  next?: NavLink | undefined;
}

/**
 * The sidebar's pages in reading order, made once per version, and a page's previous and next pages in it (for
 * the links at the bottom of a page): none for a page that is not in the sidebar.
 */
export function readingOrder(sections: readonly NavSection[]): (href: string) => Neighbours {
  const links = sections.flatMap((section) => section.links);
  const indexOf = new Map(links.map((link, index) => [link.href, index]));
  return (href) => {
    const index = indexOf.get(href);
    return index === undefined ? {} : { prev: links[index - 1], next: links[index + 1] };
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/**
 * The sidebar's links as HTML, made once per version and shared by its pages as one string (each page marks its
 * own link with `markCurrent`): rendering a thousand links per page as components was most of a page's build.
 */
export function sidebarHtml(sections: readonly NavSection[]): string {
  return sections
    .map((section) => {
      const heading = section.label ? `<p class="sidebar-heading">${escapeHtml(section.label)}</p>` : '';
      const links = section.links
        .map(
          (link) =>
            `<li><a href="${escapeHtml(link.href)}"${link.current ? ' aria-current="page"' : ''}>${escapeHtml(link.label)}</a></li>`,
        )
        .join('');
      return `<div class="sidebar-section">${heading}<ul>${links}</ul></div>`;
    })
    .join('');
}

/** `html` (from `sidebarHtml`) with the link to `href` marked as the current page. */
export function markCurrent(html: string, href: string): string {
  const link = `<a href="${escapeHtml(href)}">`;
  const at = html.indexOf(link);
  return at < 0
    ? html
    : `${html.slice(0, at)}<a href="${escapeHtml(href)}" aria-current="page">${html.slice(at + link.length)}`;
}
