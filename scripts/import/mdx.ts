/**
 * The MDX the importer writes, as a small tree of blocks, rendered to text at the end: a container directive
 * needs more colons than any container inside it, and a list item's continuation lines its marker's indent, which
 * are only known once the content is.
 */
import { attributeValue } from './escape.ts';

export type Attributes = Readonly<Record<string, string | true | undefined>>;

export type Block =
  /** Markdown text that is complete as it is: a paragraph, a heading, a fenced code block, a leaf directive. */
  | { readonly kind: 'text'; readonly text: string; readonly tight?: boolean }
  | {
      readonly kind: 'container';
      readonly name: string;
      /** Inline Markdown of the directive's `[label]`. */
      readonly label?: string;
      readonly attributes?: Attributes;
      readonly children: readonly Block[];
    }
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly start?: number;
      readonly delimiter?: '.' | ')';
      readonly items: readonly (readonly Block[])[];
    }
  | { readonly kind: 'quote'; readonly children: readonly Block[] }
  /** Where an include's content starts or ends (see `includes.ts`): never rendered. */
  | { readonly kind: 'marker'; readonly edge: 'start' | 'end'; readonly key: string };

export const text = (value: string): Block => ({ kind: 'text', text: value });

/** `{a="1" b}`: attributes in a stable order (as given), without the undefined ones. */
export function renderAttributes(attributes: Attributes | undefined): string {
  const parts = Object.entries(attributes ?? {}).flatMap(([key, value]) =>
    value === undefined ? [] : value === true ? [key] : [`${key}="${attributeValue(value)}"`],
  );
  return parts.length === 0 ? '' : `{${parts.join(' ')}}`;
}

/** A leaf directive line: `::name[label]{attributes}`. */
export const leaf = (name: string, attributes?: Attributes, label?: string): Block =>
  text(`::${name}${label === undefined ? '' : `[${label}]`}${renderAttributes(attributes)}`);

function containerDepth(blocks: readonly Block[]): number {
  let depth = 0;
  for (const block of blocks) {
    if (block.kind === 'container') depth = Math.max(depth, 1 + containerDepth(block.children));
    else if (block.kind === 'list') for (const item of block.items) depth = Math.max(depth, containerDepth(item));
    else if (block.kind === 'quote') depth = Math.max(depth, containerDepth(block.children));
  }
  return depth;
}

function indent(body: string, first: string, rest: string): string {
  return body
    .split('\n')
    .map((line, index) => (index === 0 ? `${first}${line}` : line === '' ? '' : `${rest}${line}`))
    .join('\n');
}

/**
 * A list item docutils' HTML writer shows compact: one paragraph, or one paragraph and a compact nested list (which
 * then follows the paragraph's line directly; an ordered one only from 1, the only start that may interrupt a
 * paragraph).
 */
function compactItem(item: readonly Block[]): boolean {
  const last = item.at(-1);
  const nested =
    item.length === 2 &&
    last?.kind === 'list' &&
    (!last.ordered || (last.start ?? 1) === 1) &&
    last.items.every(compactItem);
  const first = item[0];
  return item.length === 0 || ((item.length === 1 || nested) && first?.kind === 'text' && first.tight === true);
}

function renderList(block: Extract<Block, { kind: 'list' }>): string {
  // docutils' HTML shows a list whose items are all compact as compact; otherwise items are spaced.
  const loose = !block.items.every(compactItem);
  const start = block.start ?? 1;
  const markers = block.items.map((_, index) => (block.ordered ? `${start + index}${block.delimiter ?? '.'}` : '-'));
  const width = Math.max(...markers.map((marker) => marker.length));
  return block.items
    .map((item, index) => {
      const marker = markers[index]!;
      const body =
        !loose && item.length === 2 ? `${renderBlock(item[0]!)}\n${renderBlock(item[1]!)}` : renderBlocks(item);
      if (body === '') return marker;
      return indent(body, `${marker}${' '.repeat(width - marker.length + 1)}`, ' '.repeat(width + 1));
    })
    .join(loose ? '\n\n' : '\n');
}

export function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'text':
      return block.text;
    case 'container': {
      const fence = ':'.repeat(3 + containerDepth(block.children));
      const label = block.label === undefined ? '' : `[${block.label}]`;
      const body = renderBlocks(block.children);
      return `${fence}${block.name}${label}${renderAttributes(block.attributes)}\n${body}${body === '' ? '' : '\n'}${fence}`;
    }
    case 'list':
      return renderList(block);
    case 'quote':
      return renderBlocks(block.children)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'marker':
      return '';
  }
}

/** Blocks separated by blank lines; consecutive `::label` lines stay together, like the RST labels. */
export function renderBlocks(blocks: readonly Block[]): string {
  let out = '';
  let previous: string | undefined;
  for (const block of blocks) {
    const rendered = renderBlock(block);
    if (rendered === '') continue;
    if (previous !== undefined)
      out += previous.startsWith('::label{') && rendered.startsWith('::label{') ? '\n' : '\n\n';
    out += rendered;
    previous = rendered;
  }
  return out;
}
