/**
 * Markdown (mdast from Sätteri) → the same doctree shape the RST front-end prints, so MyST pages and notebooks
 * go through the one converter. Headings stay flat here (`parse.ts` nests them into sections); MyST roles
 * (`{ref}`text``: a text ending in `{name}` before an inline code) become role nodes; links to other pages
 * (`other.md`, `other.md#part`) become `:doc:` roles or links to the page.
 */
import { textOf, type DElement, type DNode } from '../doctree.ts';

interface Mdast {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  checked?: boolean | null;
  url?: string;
  alt?: string | null;
  lang?: string | null;
  identifier?: string;
  label?: string;
  children?: Mdast[];
  position?: { start: { line: number } };
}

export type { Mdast };

const el = (t: string, c: DNode[] = [], a?: Record<string, unknown>, l?: number): DElement => ({
  t,
  ...(a ? { a } : {}),
  ...(l ? { l } : {}),
  c,
});

const DOC_LINK = /^(?![a-z][a-z0-9+.-]*:)([^#?]*?)\.(md|rst|ipynb)(#.*)?$/i;

export function inlineNodes(nodes: readonly Mdast[], offset: number): DNode[] {
  const out: DNode[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    const next = nodes[index + 1];
    const line = (node.position?.start.line ?? 1) + offset - 1;
    if (node.type === 'text' && next?.type === 'inlineCode') {
      const role = /\{([\w:.-]+)\}$/.exec(node.value ?? '');
      if (role) {
        const before = node.value!.slice(0, role.index);
        if (before) out.push(before);
        out.push(el('role', [], { name: role[1], value: next.value ?? '' }, line));
        index++;
        continue;
      }
    }
    switch (node.type) {
      case 'text':
        out.push(node.value ?? '');
        break;
      case 'emphasis':
        out.push(el('emphasis', inlineNodes(node.children ?? [], offset)));
        break;
      case 'strong':
        out.push(el('strong', inlineNodes(node.children ?? [], offset)));
        break;
      case 'delete':
        out.push(el('inline', inlineNodes(node.children ?? [], offset), { classes: ['strike'] }));
        break;
      case 'inlineCode':
        out.push(el('literal', [node.value ?? '']));
        break;
      case 'break':
        out.push('\n');
        break;
      case 'link':
        out.push(link(node, offset, line));
        break;
      case 'image':
        out.push(el('image', [], { uri: node.url ?? '', alt: node.alt ?? '' }, line));
        break;
      case 'footnoteReference':
        out.push(el('footnote_reference', [node.label ?? ''], { refid: `footnote-${node.identifier}` }, line));
        break;
      case 'html':
        if (!/^<!--[\s\S]*-->$/.test((node.value ?? '').trim())) {
          out.push(el('raw', [node.value ?? ''], { format: 'html' }, line));
        }
        break;
      case 'inlineMath':
        out.push(el('math', [node.value ?? '']));
        break;
      default:
        out.push(el(`mdast:${node.type}`, [], undefined, line));
    }
  }
  return out;
}

function link(node: Mdast, offset: number, line: number): DElement {
  const url = node.url ?? '';
  const children = inlineNodes(node.children ?? [], offset);
  const doc = DOC_LINK.exec(url);
  if (doc && !doc[3]) {
    const text = children.map(textOf).join('');
    // MyST resolves a link to a source file as a reference to that page (its title when the text is empty); the
    // text keeps its markup (`[Design → \`Plugin\`](design.md)` shows code), so the role carries its nodes
    return el('role', text ? children : [], { name: 'doc', value: text ? `${text} <${doc[1]}>` : doc[1] }, line);
  }
  if (doc) return el('reference', children, { refuri: `${doc[1]}.html${doc[3]}` }, line);
  if (url.startsWith('#')) return el('reference', children, { refid: url.slice(1) }, line);
  return el('reference', children, { refuri: url }, line);
}

export function blockNodes(nodes: readonly Mdast[], offset: number): DElement[] {
  return nodes.flatMap((node) => blockNode(node, offset));
}

function blockNode(node: Mdast, offset: number): DElement[] {
  const line = (node.position?.start.line ?? 1) + offset - 1;
  const kids = node.children ?? [];
  switch (node.type) {
    case 'paragraph': {
      const only = kids.length === 1 && kids[0]!.type === 'text' ? (kids[0]!.value ?? '') : undefined;
      const label = only !== undefined ? /^\(([^()\s]+)\)=$/.exec(only.trim()) : null;
      if (label) return [el('target', [], { label: label[1] }, line)];
      return [el('paragraph', inlineNodes(kids, offset), undefined, line)];
    }
    case 'heading':
      return [el('heading', inlineNodes(kids, offset), { depth: node.depth }, line)];
    case 'list':
      return [
        el(
          node.ordered ? 'enumerated_list' : 'bullet_list',
          kids.map((item) => {
            const body = blockNodes(item.children ?? [], offset);
            if (item.checked === true || item.checked === false) {
              const first = body[0];
              if (first?.t === 'paragraph') (first.c as DNode[]).unshift(item.checked ? '☑ ' : '☐ ');
            }
            return el('list_item', body, undefined, line);
          }),
          node.ordered ? { enumtype: 'arabic', start: node.start ?? 1 } : undefined,
          line,
        ),
      ];
    case 'blockquote':
      return [el('block_quote', blockNodes(kids, offset), undefined, line)];
    case 'code':
      return [el('literal_block', [node.value ?? ''], { language: node.lang ?? '' }, line)];
    case 'html':
      if (/^<!--[\s\S]*-->$/.test((node.value ?? '').trim())) return [];
      return [el('raw', [node.value ?? ''], { format: 'html' }, line)];
    case 'thematicBreak':
      return [el('transition', [], undefined, line)];
    case 'table': {
      const [head, ...rows] = kids;
      const row = (r: Mdast) =>
        el(
          'row',
          (r.children ?? []).map((cell) => el('entry', [el('paragraph', inlineNodes(cell.children ?? [], offset))])),
        );
      const columns = head?.children?.length ?? 0;
      return [
        el(
          'table',
          [
            el('tgroup', [
              ...Array.from({ length: columns }, () => el('colspec', [], { colwidth: 1 })),
              el('thead', head ? [row(head)] : []),
              el('tbody', rows.map(row)),
            ]),
          ],
          { classes: ['colwidths-auto'] },
          line,
        ),
      ];
    }
    case 'footnoteDefinition':
      return [el('footnote', blockNodes(kids, offset), { ids: [`footnote-${node.identifier}`] }, line)];
    case 'math':
      return [el('math_block', [node.value ?? ''], undefined, line)];
    case 'definition':
      return []; // link reference definitions: already applied to the links by the parser
    default:
      return [el(`mdast:${node.type}`, [], undefined, line)];
  }
}
