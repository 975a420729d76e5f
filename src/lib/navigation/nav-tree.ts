import { pageUrl } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { suggest } from '../refs/suggest.ts';
import type { NavEntry } from './nav-schema.ts';

/** A node of a version's navigation tree, resolved: what a link shows and where it leads. */
export interface NavNode {
  label: string;
  /** The page or external URL; undefined for a caption. */
  href?: string | undefined;
  /** A caption groups its children under a heading; it is not a link. */
  caption?: boolean | undefined;
  external?: boolean | undefined;
  children: NavNode[];
}

/** What the tree needs of a page: its slug, URL and link text. */
export interface NavPageInfo {
  slug: string;
  label: string;
}

/**
 * Resolves the entries of `nav.yaml` against the version's pages. An entry naming no page is a problem at its
 * line (`lineOf` maps an entry's path in the file to its line) and is left out.
 */
export function buildNavTree(
  entries: readonly NavEntry[],
  version: string,
  pages: ReadonlyMap<string, NavPageInfo>,
  report: { file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined },
): { tree: NavNode[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const resolve = (list: readonly NavEntry[], path: PropertyKey[]): NavNode[] =>
    list.flatMap((item, index): NavNode[] => {
      const at = [...path, index];
      if ('caption' in item)
        return [{ label: item.caption, caption: true, children: resolve(item.items, [...at, 'items']) }];
      if ('url' in item) return [{ label: item.label, href: item.url, external: true, children: [] }];
      const page = pages.get(item.page);
      if (!page) {
        const close = suggest(item.page, pages.keys());
        problems.push({
          code: 'invalid-data',
          file: report.file,
          line: report.lineOf([...at, 'page']),
          message: `navigation entry "${item.page}" names no page of version "${version}"`,
          hint:
            (close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}? ` : '') +
            'give the slug of a page: its path under the version’s folder, without .mdx (a folder’s page is `<folder>/index`)',
        });
        return [];
      }
      const children = item.items ? resolve(item.items, [...at, 'items']) : [];
      return [{ label: item.label ?? page.label, href: pageUrl(version, item.page), children }];
    });
  return { tree: resolve(entries, ['items']), problems };
}

/** The pages of a tree in reading order (depth first), each once. */
export function readingOrder(tree: readonly NavNode[]): NavNode[] {
  const seen = new Set<string>();
  const order: NavNode[] = [];
  const walk = (nodes: readonly NavNode[]) => {
    for (const node of nodes) {
      if (node.href && !node.external && !seen.has(node.href)) {
        seen.add(node.href);
        order.push(node);
      }
      walk(node.children);
    }
  };
  walk(tree);
  return order;
}

/** The previous and next pages of a page in reading order. */
export interface Neighbours {
  prev?: NavNode | undefined;
  next?: NavNode | undefined;
}

/** A version's navigation, prepared once: each page's neighbours, its local sidebar and its breadcrumbs. */
export interface VersionNavigation {
  neighbours(href: string): Neighbours;
  /** The sidebar of the page at `href` (or of a page outside the tree), as HTML. */
  sidebar(href: string): string;
  /** The pages above the page at `href` in the tree, from the top (captions left out; none outside the tree). */
  ancestors(href: string): NavNode[];
  /** The entries below the page at `href` (where it first appears in the tree; none outside it). */
  children(href: string): NavNode[];
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);

/**
 * Prepares a version's navigation. A page's sidebar shows the top-level entries (with their captions), and below
 * each entry on the way to the page its children, down to the page and its own children: the path from the root and
 * the siblings along it. It stays the same size whatever the size of the site; the rest of the tree is a click
 * away, on the pages that list it.
 */
export function prepareNavigation(tree: readonly NavNode[]): VersionNavigation {
  const order = readingOrder(tree);
  const indexOf = new Map(order.map((node, index) => [node.href ?? '', index]));
  // The nodes on the way to each page (the first place it appears).
  const paths = new Map<string, NavNode[]>();
  const walk = (nodes: readonly NavNode[], above: NavNode[]) => {
    for (const node of nodes) {
      const path = [...above, node];
      if (node.href && !paths.has(node.href)) paths.set(node.href, path);
      walk(node.children, path);
    }
  };
  walk(tree, []);

  const render = (nodes: readonly NavNode[], open: ReadonlySet<NavNode>, current: NavNode | undefined): string =>
    nodes
      .map((node) => {
        if (node.caption)
          return `<li class="nav-caption"><span class="sidebar-heading">${escapeHtml(node.label)}</span><ul>${render(node.children, open, current)}</ul></li>`;
        const attributes = node.external ? ' rel="external"' : node === current ? ' aria-current="page"' : '';
        const label = escapeHtml(node.label);
        const link = `<a href="${escapeHtml(node.href ?? '')}"${attributes}>${label}</a>`;
        if (node.children.length === 0) return `<li>${link}</li>`;
        if (!open.has(node)) return `<li class="nav-closed">${link}</li>`;
        // The pages shown below an entry fold away under a toggle of their own: the entry stays a link.
        const toggle = `<summary><span class="sr-only">Pages under ${label}</span></summary>`;
        return `<li class="nav-open">${link}<details open>${toggle}<ul>${render(node.children, open, current)}</ul></details></li>`;
      })
      .join('');

  return {
    neighbours(href) {
      const index = indexOf.get(href);
      return index === undefined ? {} : { prev: order[index - 1], next: order[index + 1] };
    },
    sidebar(href) {
      const path = paths.get(href) ?? [];
      return `<ul class="nav-tree">${render(tree, new Set(path), path.at(-1))}</ul>`;
    },
    ancestors(href) {
      return (paths.get(href) ?? []).slice(0, -1).filter((node) => node.href !== undefined && !node.external);
    },
    children(href) {
      return paths.get(href)?.at(-1)?.children ?? [];
    },
  };
}

/** The pages (internal links) among `nodes`, captions looked through. */
function pagesOf(nodes: readonly NavNode[]): NavNode[] {
  return nodes.flatMap((node) => [
    ...(node.href && !node.external ? [node] : []),
    ...(node.caption ? pagesOf(node.children) : []),
  ]);
}

/**
 * The entries a section's page lists under "In this section": its children in the tree, when its own text does
 * not already link to every one of them (a toctree Sphinx shows, or cards); none when it does, or has none.
 * `html` is the page's rendered body.
 */
export function sectionListing(children: readonly NavNode[], html: string): NavNode[] {
  const pages = pagesOf(children);
  const linked = (href: string) =>
    html.includes(`href="${escapeHtml(href)}"`) || html.includes(`href="${escapeHtml(href)}#`);
  return pages.length === 0 || pages.every((node) => linked(node.href ?? '')) ? [] : [...children];
}
