import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';

/** One section of a page as plain text: the part under a heading, down to the next heading. */
export interface TextSection {
  /** Identity of the section for matching across versions: the heading's id (`''` before any heading). */
  key: string;
  /** The heading's text (`''` for the part before the first heading). */
  title: string;
  /** The heading level (1 for the part before the first heading). */
  depth: number;
  /** Paragraphs, list items, code blocks, table rows… in reading order. */
  blocks: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const HEADING = /^h([1-6])$/;
const hasClass = (node: Element, name: string) =>
  Array.isArray(node.properties['className']) && node.properties['className'].includes(name);
const elements = (nodes: readonly (RootContent | ElementContent)[]) =>
  nodes.filter((node): node is Element => node.type === 'element');

/**
 * The text of a rendered page as a reader sees it, section by section, read from the same tree its HTML is
 * made from: references show their link text, partials and tables are expanded, self-links and hidden labels
 * are left out. The "what changed" pages compare these.
 */
export function textSections(tree: Root): TextSection[] {
  const sections: TextSection[] = [{ key: '', title: '', depth: 1, blocks: [] }];
  const walk = (nodes: readonly (RootContent | ElementContent)[]) => {
    for (const node of elements(nodes)) {
      const heading = hasClass(node, 'heading') ? elements(node.children).find((c) => HEADING.test(c.tagName)) : node;
      const level = heading && HEADING.exec(heading.tagName)?.[1];
      if (heading && level) {
        const key = String(heading.properties['id'] ?? '');
        sections.push({ key, title: squash(toString(heading)), depth: Number(level), blocks: [] });
      } else if (isContainer(node)) walk(node.children);
      else sections.at(-1)?.blocks.push(...blocksOf(node));
    }
  };
  walk(tree.children);
  return sections.filter((section) => section.key !== '' || section.blocks.length > 0);
}

// Elements that only group blocks: their children are read one by one.
const isContainer = (node: Element) =>
  ['div', 'section', 'blockquote', 'dl'].includes(node.tagName) &&
  !hasClass(node, 'admonition') &&
  !hasClass(node, 'table-scroll');

function blocksOf(node: Element): string[] {
  // Code keeps its lines; spaces at their ends are invisible, and would be trailing whitespace in the page's HTML.
  if (node.tagName === 'pre') return [toString(node).replace(/[ \t]+$/gm, '')].filter(Boolean);
  if (node.tagName === 'ul' || node.tagName === 'ol') return listBlocks(node);
  if (node.tagName === 'table') return tableBlocks(node);
  if (hasClass(node, 'table-scroll')) return elements(node.children).flatMap(blocksOf);
  if (hasClass(node, 'admonition')) {
    const [title, ...body] = elements(node.children);
    const [first = '', ...rest] = body.flatMap(blocksOf);
    return [`${squash(title ? toString(title) : '')}: ${first}`.trim(), ...rest];
  }
  if (isContainer(node)) return childBlocks(node);
  const text = squash(toString(node));
  return text ? [text] : [];
}

// A block's children, where inline content (a list item's text) reads as one block.
function childBlocks(node: Element): string[] {
  const blocks: string[] = [];
  let inline = '';
  for (const child of node.children) {
    if (child.type === 'element' && isBlock(child)) {
      if (squash(inline)) blocks.push(squash(inline));
      inline = '';
      blocks.push(...blocksOf(child));
    } else inline += toString(child);
  }
  if (squash(inline)) blocks.push(squash(inline));
  return blocks;
}

const BLOCKS = new Set(['p', 'pre', 'ul', 'ol', 'table', 'div', 'blockquote', 'dl', 'dt', 'dd', 'section']);
const isBlock = (node: Element) => BLOCKS.has(node.tagName) || HEADING.test(node.tagName);

function listBlocks(list: Element): string[] {
  const start = Number(list.properties['start'] ?? 1);
  return elements(list.children)
    .filter((item) => item.tagName === 'li')
    .flatMap((item, index) => {
      const marker = list.tagName === 'ol' ? `${start + index}.` : '•';
      const [first = '', ...rest] = childBlocks(item);
      return [`${marker} ${first}`.trim(), ...rest];
    });
}

function tableBlocks(table: Element): string[] {
  const rows = elements(table.children).flatMap((part) =>
    part.tagName === 'caption' ? [part] : elements(part.children).filter((row) => row.tagName === 'tr'),
  );
  return rows
    .map((row) =>
      row.tagName === 'caption'
        ? squash(toString(row))
        : elements(row.children)
            .map((cell) => squash(toString(cell)))
            .join(' | '),
    )
    .filter((text) => text.replace(/[ |]/g, '') !== '');
}
