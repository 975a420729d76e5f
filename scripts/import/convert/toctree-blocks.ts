/**
 * A toctree that is not `:hidden:` also shows in its page, as Sphinx shows it (`TocTree.resolve`): its caption
 * and a list of links to its entries, below each entry the sections of its page (unless `:titlesonly:`) and the
 * entries of the page's own toctrees where they stand, down to `:maxdepth:` levels.
 */
import { pageUrl } from '../../../src/lib/content/paths.ts';
import type { DElement } from '../doctree.ts';
import type { Block } from '../mdx.ts';
import type { OutlineItem } from '../section-outline.ts';
import type { Toctree } from '../toctree.ts';
import { paragraph } from './blocks.ts';
import { markdownLink, plain } from './inline.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';
import type { DocSections } from './version.ts';

export function toctreeBlocks(node: DElement, page: Page): Block[] {
  expectOptions(node, page, [
    'maxdepth',
    'hidden',
    'caption',
    'glob',
    'titlesonly',
    'includehidden',
    'numbered',
    'reversed',
    'name',
  ]);
  const toctree = page.version.toctrees.get(node);
  if (!toctree) return page.fail(node, 'toctree', 'was not read before conversion', 'report an importer bug');
  for (const missing of toctree.missing) {
    page.asOriginal(
      node,
      'toctree-entry',
      'nothing, as on the original site (Sphinx left the entry out)',
      `${missing} is not a document of the release`,
    );
  }
  for (const text of toctree.notUrls) {
    page.asOriginal(
      node,
      'toctree-entry',
      'nothing (Sphinx made a link whose address was this text, leading nowhere)',
      `"${text}" is no document name and no URL`,
    );
  }
  if (toctree.hidden) return [];
  const listing: Listing = {
    page,
    titlesOnly: toctree.titlesonly,
    includeHidden: toctree.includehidden,
  };
  const list = entryList(toctree, listing, toctree.maxdepth ?? Number.POSITIVE_INFINITY, new Set([page.docname]));
  return [...(toctree.caption ? paragraph(`**${plain(toctree.caption)}**`) : []), ...(list ? [list] : [])];
}

/** How the toctree shown in `page` lists its pages (Sphinx applies its options to the toctrees below it too). */
interface Listing {
  readonly page: Page;
  readonly titlesOnly: boolean;
  readonly includeHidden: boolean;
}

/** A toctree's entries, each page with what it lists below it, down to `depth` levels (this one included). */
function entryList(toctree: Toctree, listing: Listing, depth: number, seen: ReadonlySet<string>): Block | undefined {
  const { page } = listing;
  const items: Block[][] = [];
  for (const entry of toctree.entries) {
    if (entry.kind === 'url') {
      items.push(paragraph(markdownLink(plain(entry.title ?? entry.url), entry.url)));
      continue;
    }
    const docname = entry.kind === 'self' ? page.docname : entry.docname;
    const slug = page.version.slugOf(docname);
    const link = entry.title ? `:doc[${plain(entry.title)}]{to="${slug}"}` : `:doc{to="${slug}"}`;
    const item: Block[] = paragraph(link);
    if (entry.kind === 'doc' && depth > 1 && !seen.has(docname)) {
      const below = pageList(docname, listing, depth - 1, new Set([...seen, docname]));
      if (below) item.push(below);
    }
    items.push(item);
  }
  return items.length ? { kind: 'list', ordered: false, items } : undefined;
}

/**
 * What Sphinx lists under a page: its sections, down to `depth` levels, with the entries of its toctrees where
 * they stand; with `:titlesonly:`, its toctrees' entries alone. A hidden toctree's entries are left out unless
 * `:includehidden:`.
 */
function pageList(docname: string, listing: Listing, depth: number, seen: ReadonlySet<string>): Block | undefined {
  const sections = listing.page.version.sectionsOf(docname);
  if (!sections) return undefined;
  const toctrees = (items: readonly OutlineItem[]): OutlineItem[] =>
    items.flatMap((item) => (item.kind === 'toctree' ? [item] : toctrees(item.items)));
  const items = listing.titlesOnly ? toctrees(sections.outline) : sections.outline;
  return outlineList(items, docname, sections, listing, depth, seen);
}

function outlineList(
  outline: readonly OutlineItem[],
  docname: string,
  sections: DocSections,
  listing: Listing,
  depth: number,
  seen: ReadonlySet<string>,
): Block | undefined {
  const { page } = listing;
  const items: (readonly Block[])[] = [];
  for (const item of outline) {
    if (item.kind === 'toctree') {
      const toctree = page.version.toctrees.get(item.node);
      if (!toctree || (toctree.hidden && !listing.includeHidden)) continue;
      // its entries take its place, at the level of the section's subsections
      const list = entryList(toctree, listing, depth, seen);
      if (list?.kind === 'list') items.push(...list.items);
      continue;
    }
    const url = `${pageUrl(page.version.id, page.version.slugOf(docname))}#${sections.anchors.get(item.node) ?? ''}`;
    const entry: Block[] = paragraph(markdownLink(plain(item.title), url));
    const below = depth > 1 ? outlineList(item.items, docname, sections, listing, depth - 1, seen) : undefined;
    if (below) entry.push(below);
    items.push(entry);
  }
  return items.length ? { kind: 'list', ordered: false, items } : undefined;
}
