/**
 * Inline raw HTML that says what docutils has elements for (`<b>`, `<em>`, `<code>`, `<sup>`, `<a href>`) becomes
 * those elements, so the page shows it as the original did instead of losing the tags. A raw node may hold a
 * whole element (`|bold|` defined as `<b>bold</b>`) or one tag of a pair whose text is between sibling nodes
 * (a notebook's Markdown `<b>Note:</b>`, which MyST parses as two raw nodes around the text). Anything else —
 * an unknown tag or attribute, an entity that is not plain, tags that do not pair up — leaves the siblings as
 * they are, and `inline.ts` lists each raw node in the loss report.
 */
import { attr, type DElement, type DNode } from '../doctree.ts';

/** The docutils element each HTML tag stands for, and the attributes it may carry (others are not kept). */
const TAGS: Readonly<Record<string, { element: string; attributes: readonly string[] }>> = {
  b: { element: 'strong', attributes: [] },
  strong: { element: 'strong', attributes: [] },
  i: { element: 'emphasis', attributes: [] },
  em: { element: 'emphasis', attributes: [] },
  code: { element: 'literal', attributes: [] },
  tt: { element: 'literal', attributes: [] },
  kbd: { element: 'literal', attributes: [] },
  sup: { element: 'superscript', attributes: [] },
  sub: { element: 'subscript', attributes: [] },
  span: { element: 'inline', attributes: ['class'] },
  // `target` and `rel` are how the original opened the link, not what it says: the site's links behave alike
  a: { element: 'reference', attributes: ['href', 'target', 'rel', 'title'] },
};

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

type Token =
  | { kind: 'open'; name: string; attributes: Record<string, string>; line?: number }
  | { kind: 'close'; name: string }
  | { kind: 'node'; node: DNode };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;

/** Text of HTML with its character references decoded; `undefined` when one is not a plain one. */
function decode(html: string): string | undefined {
  let unknown = false;
  const text = html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    const value = ENTITIES[name];
    if (value === undefined) unknown = true;
    return value ?? '';
  });
  return unknown || /[<>]/.test(text) ? undefined : text;
}

/** A raw node's HTML as tokens, or `undefined` when it holds a tag or attribute this module does not convert. */
function tokenize(raw: DElement): Token[] | undefined {
  const html = raw.c?.filter((child): child is string => typeof child === 'string').join('') ?? '';
  const tokens: Token[] = [];
  let at = 0;
  for (const match of html.matchAll(TAG)) {
    const between = decode(html.slice(at, match.index));
    if (between === undefined) return undefined;
    if (between) tokens.push({ kind: 'node', node: between });
    at = match.index + match[0].length;
    const [, slash, tagName = '', attributeText = ''] = match;
    const name = tagName.toLowerCase();
    const tag = TAGS[name];
    if (!tag) return undefined;
    if (slash) {
      if (attributeText.trim()) return undefined;
      tokens.push({ kind: 'close', name });
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', double, single, bare] of attributeText.matchAll(ATTRIBUTE)) {
      if (!tag.attributes.includes(key.toLowerCase())) return undefined;
      const value = decode(double ?? single ?? bare ?? '');
      if (value === undefined) return undefined;
      attributes[key.toLowerCase()] = value;
    }
    if (name === 'a' && !attributes['href']) return undefined;
    tokens.push({ kind: 'open', name, attributes, ...(raw.l === undefined ? {} : { line: raw.l }) });
  }
  const rest = decode(html.slice(at));
  if (rest === undefined) return undefined;
  if (rest) tokens.push({ kind: 'node', node: rest });
  return tokens;
}

const isHtml = (node: DNode): node is DElement =>
  typeof node !== 'string' && node.t === 'raw' && attr(node, 'format').split(/\s+/).includes('html');

/**
 * Siblings with their inline HTML made elements (see the module's comment), or the siblings as they are when
 * any of their HTML cannot be.
 */
export function inlineHtmlAsElements(nodes: readonly DNode[]): readonly DNode[] {
  if (!nodes.some(isHtml)) return nodes;
  const tokens: Token[] = [];
  for (const node of nodes) {
    if (!isHtml(node)) tokens.push({ kind: 'node', node });
    else {
      const html = tokenize(node);
      if (!html) return nodes;
      tokens.push(...html);
    }
  }
  const root: DNode[] = [];
  const stack: { name: string; element: DElement & { c: DNode[] } }[] = [];
  const into = () => stack.at(-1)?.element.c ?? root;
  for (const token of tokens) {
    if (token.kind === 'node') into().push(token.node);
    else if (token.kind === 'open') {
      const { href, class: classes } = token.attributes;
      const element: DElement & { c: DNode[] } = {
        t: TAGS[token.name]!.element,
        ...(href !== undefined ? { a: { refuri: href } } : classes !== undefined ? { a: { classes } } : {}),
        ...(token.line === undefined ? {} : { l: token.line }),
        c: [],
      };
      into().push(element);
      stack.push({ name: token.name, element });
    } else if (stack.at(-1)?.name === token.name) stack.pop();
    else return nodes;
  }
  return stack.length === 0 ? root : nodes;
}
