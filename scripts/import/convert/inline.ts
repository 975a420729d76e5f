/**
 * Inline doctree nodes → inline MDX. Text is escaped (escape.ts) and its line breaks become spaces (HTML shows
 * them so, and a line of a paragraph must not start a block construct in Markdown). Roles are in roles.ts.
 */
import { attr, attrList, children, type DElement, type DNode } from '../doctree.ts';
import { codeSpan, escapeText, linkDestination } from '../escape.ts';
import { renderAttributes } from '../mdx.ts';
import { convertRole } from './roles.ts';
import { imageAttributes } from './images.ts';
import { referenceLink } from './links.ts';
import type { Page } from './page.ts';

/** Text as Markdown: escaped, one line. */
export const plain = (value: string): string => escapeText(value.replace(/\s*\n\s*/g, ' '));

/** Wraps `inner` in a delimiter pair, keeping leading and trailing spaces outside (Markdown needs that). */
function wrap(inner: string, delimiter: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
  if (match[2] === '') return inner;
  return `${match[1]}${delimiter}${match[2]}${delimiter}${match[3]}`;
}

export function convertInline(nodes: readonly DNode[], page: Page): string {
  return nodes.map((node) => inlineNode(node, page)).join('');
}

function inlineNode(node: DNode, page: Page): string {
  if (typeof node === 'string') return plain(node);
  const inner = () => convertInline(children(node), page);
  switch (node.t) {
    case 'emphasis':
    case 'title_reference':
      return wrap(inner(), '*');
    case 'strong':
      return wrap(inner(), '**');
    case 'literal':
      return codeSpan(textContent(node));
    case 'reference':
      return referenceLink(node, inner(), page);
    case 'footnote_reference':
    case 'citation_reference':
      return `[^${footnoteLabel(node, page)}]`;
    case 'superscript':
      return `:sup[${inner()}]`;
    case 'subscript':
      return `:sub[${inner()}]`;
    case 'math':
      return `$${textContent(node).replace(/\$/g, '\\$')}$`;
    case 'image':
      return `:image${renderAttributes(imageAttributes(node, page))}`;
    case 'role':
      return convertRole(node, page);
    case 'abbreviation':
    case 'acronym':
    case 'inline':
    case 'generated':
    case 'target':
    case 'problematic':
    case 'substitution_reference':
      return inner();
    case 'raw':
      if (attr(node, 'format').split(/\s+/).includes('html')) {
        page.loss(node, 'raw-inline-html', 'the HTML tags are left out; their text is kept', textContent(node));
        return plain(textContent(node).replace(/<[^>]*>/g, ''));
      }
      return '';
    case 'system_message':
      return '';
    default:
      return page.fail(
        node,
        `inline node "${node.t}"`,
        'the importer does not know how to write it in MDX',
        'add it to scripts/import/convert/inline.ts',
      );
  }
}

/** The text of a node with its line breaks as in the source (for code). */
export function textContent(node: DNode): string {
  if (typeof node === 'string') return node;
  return children(node).map(textContent).join('');
}

/** A footnote's or citation's label, as GFM writes it (`[^1]`, `[^CIT2002]`). */
export function footnoteLabel(node: DElement, _page: Page): string {
  // docutils numbers auto-numbered footnotes and names them; the reference's refid is the footnote's id.
  const ids = attr(node, 'refid') || attrList(node, 'ids')[0] || '';
  return ids.replace(/[^\w-]/g, '-');
}

/** A Markdown link; `text` is already inline Markdown. */
export const markdownLink = (text: string, url: string): string => `[${text}](${linkDestination(url)})`;
