/**
 * A toctree that is not `:hidden:` also shows in its page, as Sphinx shows it: its caption and a list of links
 * to its entries, with each entry's own toctree entries below it down to `:maxdepth:`. Sphinx also listed the
 * section titles of those pages unless `:titlesonly:`; the list here links the pages only (a loss entry).
 */
import type { DElement } from '../doctree.ts';
import type { Block } from '../mdx.ts';
import type { Toctree } from '../toctree.ts';
import { paragraph } from './blocks.ts';
import { markdownLink, plain } from './inline.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

export function toctreeBlocks(node: DElement, page: Page): Block[] {
  expectOptions(node, page, ['maxdepth', 'hidden', 'caption', 'glob', 'titlesonly', 'includehidden', 'numbered', 'reversed', 'name']);
  const toctree = page.version.toctrees.get(node);
  if (!toctree) return page.fail(node, 'toctree', 'was not read before conversion', 'report an importer bug');
  for (const missing of toctree.missing) {
    page.loss(node, 'toctree-entry', 'nothing, as on the original site (Sphinx left the entry out)', `${missing} is not a document of the release`);
  }
  for (const text of toctree.notUrls) {
    page.loss(node, 'toctree-entry', 'nothing (Sphinx made a link whose address was this text, leading nowhere)', `"${text}" is no document name and no URL`);
  }
  if (toctree.hidden) return [];
  const depth = toctree.maxdepth ?? Number.POSITIVE_INFINITY;
  if (!toctree.titlesonly && depth > 1 && toctree.entries.some((entry) => entry.kind === 'doc')) {
    page.loss(node, 'toctree-sections', 'the list of pages without the section titles Sphinx listed under each');
  }
  const list = entryList(toctree, page, depth, new Set([page.docname]));
  return [...(toctree.caption ? paragraph(`**${plain(toctree.caption)}**`) : []), ...(list ? [list] : [])];
}

function entryList(toctree: Toctree, page: Page, depth: number, seen: Set<string>): Block | undefined {
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
      const childSeen = new Set([...seen, docname]);
      for (const child of page.version.childToctrees(docname)) {
        const nested = entryList(child, page, depth - 1, childSeen);
        if (nested) item.push(nested);
      }
    }
    items.push(item);
  }
  return items.length ? { kind: 'list', ordered: false, items } : undefined;
}
