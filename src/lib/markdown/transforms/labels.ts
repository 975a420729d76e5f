import type { Heading, Node, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toSphinxId } from '../../refs/sphinx-id.ts';
import { element, type ElementNode } from '../element-node.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

declare module 'mdast' {
  interface HeadingData {
    /** Labels written right before the heading (`::label{name="…"}`), attached by the first pass. */
    labels?: string[];
  }
}

declare module 'unist' {
  interface Data {
    /**
     * Labels written right before a block that is not a heading (a code block, a figure, a table…), attached by
     * the first pass: the block's builder puts the first one's id on what it renders, and anchors for the others.
     */
    blockLabels?: string[];
  }
}

const isLabel = (node: Node | undefined): node is LeafDirective =>
  node?.type === 'leafDirective' && (node as LeafDirective).name === 'label';

/** What a run of `::label` lines labels: the heading or the other block right after it. */
export interface LabelRun {
  names: string[];
  heading: Heading | undefined;
  /** The block after the run when it is not a heading (Sphinx puts the label's id on it). */
  block: RootContent | undefined;
  /** Index of the first sibling after the run. */
  end: number;
}

/**
 * Reads the run of `::label` lines that starts at `siblings[start]` and finds what it labels: a heading (a section
 * label) or any other block (Sphinx's label on a paragraph, code block, figure or table). A run with nothing after
 * it (at the end of a block or the page, as an RST target can be) is anchored where it stands. The names are added
 * to the page's labels.
 */
export function labelRun(siblings: readonly Node[], start: number, context: TransformContext): LabelRun {
  const names: string[] = [];
  let end = start;
  for (let node = siblings[end]; isLabel(node); node = siblings[++end]) {
    const name = requireAttribute(node, 'name', '::label{name="my-label"}', context);
    if (name) names.push(name);
  }
  for (const name of names) context.labels.add(name);
  const next = siblings[end] as RootContent | undefined;
  if (next?.type === 'heading') return { names, heading: next, block: undefined, end };
  return { names, heading: undefined, block: next, end };
}

/** Whether a `::label` starts a run (the one before it is not a label). */
export const startsLabelRun = (siblings: readonly Node[], index: number): boolean => !isLabel(siblings[index - 1]);

/** Blocks whose builder puts a label's id on what it renders (the others get anchors before them). */
const TAKES_ID = new Set(['paragraph', 'code', 'containerDirective', 'leafDirective']);

/**
 * How the first pass attaches a run of labels to the block after it, if that is not a heading: a paragraph takes
 * the first label as its id; a code block or a directive records them (`data.blockLabels`) for its builder; any
 * other block (a list, a quote, a Markdown table) is preceded by an empty anchor per label. Returns the data to
 * set on the block (or `undefined`) and the nodes that replace the label lines.
 */
export function attachBlockLabels(
  all: readonly string[],
  block: RootContent,
  taken: readonly string[] = [],
): { data: RootContent['data'] | undefined; anchors: RootContent[] } {
  const names = uniqueIds(all, taken);
  if (names.length === 0) return { data: undefined, anchors: [] };
  if (!TAKES_ID.has(block.type)) return { data: undefined, anchors: names.map((name) => blockAnchor(name)) };
  if (block.type === 'paragraph') {
    const [first = '', ...more] = names;
    const hProperties = { ...(block.data?.hProperties as object | undefined), id: toSphinxId(first) };
    return { data: { ...block.data, hProperties }, anchors: more.map((name) => blockAnchor(name)) };
  }
  return { data: { ...block.data, blockLabels: [...(block.data?.blockLabels ?? []), ...names] }, anchors: [] };
}

/**
 * The labels whose ids are new on the page, one per id: an id that is empty (a label of punctuation) or already
 * there (a heading's, another label's) is not repeated, so the page's ids stay unique.
 */
export function uniqueIds(names: readonly string[], taken: readonly string[]): string[] {
  const seen = new Set(taken);
  return names.filter((name) => {
    const id = toSphinxId(name);
    if (id === '' || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** An empty anchor for a label (`<span id="…" class="label-anchor">`): where a block cannot take the id itself. */
export const blockAnchor = (name: string): ElementNode =>
  element('span', [], { id: toSphinxId(name), className: ['label-anchor'] });

/** The ids of a block's labels (`data.blockLabels`), recorded as anchors of the page. */
export function blockLabelIds(node: Node, context: TransformContext): string[] {
  const ids = (node.data?.blockLabels ?? []).map(toSphinxId);
  context.anchors.push(...ids);
  return ids;
}

/**
 * A built block with its labels (`data.blockLabels` of the directive it was built from): the first label's id
 * on its element when it has none, anchors before it for the others.
 */
export function withBlockLabels(built: RootContent[], ids: readonly string[]): RootContent[] {
  if (ids.length === 0) return built;
  const [first, ...rest] = built;
  const props = first?.type === 'element' ? first.data.hProperties : undefined;
  if (first?.type === 'element' && props?.['id'] === undefined) {
    const [id, ...more] = ids;
    const labelled: ElementNode = { ...first, data: { ...first.data, hProperties: { ...props, id } } };
    return [...more.map(anchorById), labelled, ...rest];
  }
  return [...ids.map(anchorById), ...built];
}

const anchorById = (id: string): ElementNode => element('span', [], { id, className: ['label-anchor'] });
