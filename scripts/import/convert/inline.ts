/**
 * Inline doctree nodes → inline MDX. Text is escaped (escape.ts) and its line breaks become spaces (HTML shows
 * them so, and a line of a paragraph must not start a block construct in Markdown). Roles are in roles.ts.
 */
import { attr, attrList, children, type DElement, type DNode } from '../doctree.ts';
import { codeSpan, escapeText, linkDestination } from '../escape.ts';
import { renderAttributes } from '../mdx.ts';
import { convertRole } from './roles.ts';
import { imageAttributes } from './images.ts';
import { inlineHtmlAsElements } from './inline-html.ts';
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

export function convertInline(given: readonly DNode[], page: Page): string {
  const nodes = inlineHtmlAsElements(given);
  const parts = nodes.map((node) => inlineNode(node, page));
  for (const [index, node] of nodes.entries()) {
    const delimiter = typeof node === 'string' ? undefined : DELIMITERS[node.t];
    if (delimiter === undefined || typeof node === 'string') continue;
    const before = parts.slice(0, index).join('').at(-1);
    const after =
      parts
        .slice(index + 1)
        .join('')
        .charAt(0) || undefined;
    parts[index] = flanked(node, delimiter, before, after, page) ?? parts[index]!;
  }
  return parts.join('');
}

const DELIMITERS: Readonly<Record<string, string>> = { emphasis: '*', title_reference: '*', strong: '**' };
const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

/** Whether a delimiter run between `outside` and `inside` does not count as one: CommonMark's flanking rule. */
const notFlanking = (outside: string | undefined, inside: string | undefined) =>
  inside !== undefined &&
  PUNCTUATION.test(inside) &&
  outside !== undefined &&
  !SPACE.test(outside) &&
  !PUNCTUATION.test(outside);

/**
 * Emphasis glued to a word (RST's `X\ *A)*\ B`) whose text starts or ends with punctuation cannot be written with
 * delimiters there: `X*A)*B` is no emphasis in Markdown, the reader would see the asterisks. The punctuation at
 * that edge moves outside the delimiters (`X*A*)B`): the same text, one character less in italics. `undefined`
 * when the delimiters work as they are, or when what is at the edge is not text that can move.
 */
function flanked(
  node: DElement,
  delimiter: string,
  before: string | undefined,
  after: string | undefined,
  page: Page,
): string | undefined {
  const inner = convertInline(children(node), page);
  const opens = !notFlanking(before, inner.charAt(0) || undefined);
  const closes = !notFlanking(after, inner.at(-1));
  if (opens && closes) return undefined;
  const kids = [...children(node)];
  const first = kids[0];
  const lead = !opens && typeof first === 'string' ? (/^[\p{P}\p{S}]+/u.exec(first)?.[0] ?? '') : '';
  if (lead) kids[0] = (first as string).slice(lead.length);
  const last = kids.at(-1);
  const trail = !closes && typeof last === 'string' ? (/[\p{P}\p{S}]+$/u.exec(last)?.[0] ?? '') : '';
  if (trail) kids[kids.length - 1] = (last as string).slice(0, -trail.length);
  if ((!opens && !lead) || (!closes && !trail)) return undefined;
  return `${plain(lead)}${wrap(convertInline(kids, page), delimiter)}${plain(trail)}`;
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
    case 'image': {
      const attributes = imageAttributes(node, page);
      // a file the release lacks (the loss report lists it): its alternative text, as an image block shows
      if (!attributes) return attr(node, 'alt') ? plain(attr(node, 'alt')) : '';
      return `:image${renderAttributes(attributes)}`;
    }
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
        // HTML convertInline could not make elements of (inline-html.ts)
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
