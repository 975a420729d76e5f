import type { Element, ElementContent, Root } from 'hast';
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { toString } from 'hast-util-to-string';
import type { BlockContent, Blockquote, Nodes as MdastNodes, Paragraph } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The origin the twins' absolute links are made under while rendering: the render cache does not depend on where
 * the site is deployed; publishing puts the site's own origin in its place (`publishTwin`).
 */
export const TWIN_ORIGIN = 'https://twin-origin.invalid';

/** A twin as published: its links under the site's origin (`https://docs.example`, no trailing slash). */
export const publishTwin = (markdown: string, origin: string): string =>
  markdown.replaceAll(TWIN_ORIGIN, origin.replace(/\/$/, ''));

/** What a page's Markdown twin says besides its body, and where its relative links lead. */
export interface TwinPage {
  title: string;
  description: string;
  /** The page's absolute URL (`https://…/latest/a/`): site paths and `#section` links are made absolute from it. */
  url: string;
}

const classes = (node: Element): string[] =>
  Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : [];
const has = (node: Element, name: string) => classes(node).includes(name);

// What a reader of the Markdown has no use for: heading permalinks, label anchors, screen-reader duplicates of
// link text, and drawings (SVG has no Markdown form; its caption, when it has one, stays).
const DROPPED = (node: Element) =>
  has(node, 'heading-anchor') ||
  has(node, 'label-anchor') ||
  has(node, 'sr-only') ||
  node.tagName === 'svg' ||
  node.tagName === 'script' ||
  node.tagName === 'style' ||
  node.properties['ariaHidden'] === 'true';

/**
 * The Markdown twin of a rendered page, for language models and people who want text: the title and description,
 * then the body with links and images made absolute, admonitions as quotes under their title, tables as GFM
 * tables, code blocks with their language, math as TeX and tabs as their labels followed by their content. It is
 * made from the tree the page's HTML is made from, which it changes (a copy would cost a sixth of the time).
 */
export function markdownTwin(tree: Root, page: TwinPage): string {
  visit(tree, 'element', (node, index, parent) => {
    if (parent && index !== undefined && DROPPED(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A highlighted block is a span per token: its text is all the twin needs, and walking thousands of spans is
    // most of the conversion's time.
    if (node.tagName === 'pre') {
      node.children = [{ type: 'text', value: toString(node) }];
      return SKIP;
    }
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && (value.startsWith('/') || value.startsWith('#')))
        node.properties[name] = new URL(value, page.url).href;
    }
    return undefined;
  });
  const body = toMdast(tree, { handlers: HANDLERS });
  const text = toMarkdown(body as MdastNodes, {
    extensions: [gfmTableToMarkdown()],
    bullet: '-',
    fences: true,
    rule: '-',
  });
  return `# ${page.title}\n\n> ${page.description.replace(/\n/g, ' ')}\n\n${text}`;
}

/** Block content of an element's children, text between blocks wrapped into paragraphs. */
const blocks = (state: State, node: Element): BlockContent[] => state.toFlow(state.all(node)) as BlockContent[];

const strongLine = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'strong', children: [{ type: 'text', value: text }] }],
});

const HANDLERS: Record<string, Handle> = {
  div(state, node) {
    if (!has(node, 'admonition')) return blocks(state, node);
    const [first, ...rest] = node.children.filter((child): child is Element => child.type === 'element');
    const titled = first && has(first, 'admonition-title');
    const inner = { ...node, children: titled ? rest : node.children } as Element;
    const quote: Blockquote = {
      type: 'blockquote',
      children: [...(titled ? [strongLine(toString(first).trim())] : []), ...blocks(state, inner)],
    };
    return quote;
  },
  pre(_state, node) {
    const language = node.properties['dataLanguage'];
    return {
      type: 'code',
      lang: typeof language === 'string' && language !== 'text' ? language : null,
      value: toString(node).replace(/\n$/, ''),
    };
  },
  math(_state, node) {
    const annotation = findElement(node, (child) => child.tagName === 'annotation');
    const tex = annotation ? toString(annotation).trim() : toString(node);
    return node.properties['display'] === 'block'
      ? { type: 'html', value: `$$\n${tex}\n$$` }
      : { type: 'html', value: `$${tex}$` };
  },
  summary(state, node) {
    return { type: 'paragraph', children: [{ type: 'strong', children: state.all(node) }] } as Paragraph;
  },
  figcaption(state, node) {
    return { type: 'paragraph', children: [{ type: 'emphasis', children: state.all(node) }] } as Paragraph;
  },
};

function findElement(node: Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children as ElementContent[]) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
