import type { Heading, Html, Node } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { toSphinxId } from '../../refs/sphinx-id.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

declare module 'mdast' {
  interface HeadingData {
    /** Labels written right before the heading (`::label{name="…"}`), attached by the first pass. */
    labels?: string[];
  }
}

const isLabel = (node: Node | undefined): node is LeafDirective =>
  node?.type === 'leafDirective' && (node as LeafDirective).name === 'label';

/** What a run of `::label` lines labels: the heading right after it, else the place where it stands. */
export interface LabelRun {
  names: string[];
  heading: Heading | undefined;
  /** Index of the first sibling after the run. */
  end: number;
  /** Without a heading: the anchors that replace the run, one per label. */
  anchors: Html[];
}

/**
 * Reads the run of `::label` lines that starts at `siblings[start]` and finds the heading it labels. A run not
 * followed by a heading labels the element that follows, as an RST target does (or the place where the block
 * ends): `anchors` then holds what stands in for the run, an empty element with each label's id. The names are
 * added to the page's labels.
 */
export function labelRun(siblings: readonly Node[], start: number, context: TransformContext): LabelRun {
  const names: string[] = [];
  let end = start;
  for (let node = siblings[end]; isLabel(node); node = siblings[++end]) {
    const name = requireAttribute(node, 'name', '::label{name="my-label"}', context);
    if (name) names.push(name);
  }
  for (const name of names) context.labels.add(name);
  const next = siblings[end];
  if (next?.type === 'heading') return { names, heading: next as Heading, end, anchors: [] };
  const ids = names.map(toSphinxId);
  context.anchors.push(...ids);
  const anchors: Html[] = ids.map((id) => ({ type: 'html', value: `<span id="${id}" class="label-anchor"></span>` }));
  return { names, heading: undefined, end, anchors };
}

/** Whether a `::label` starts a run (the one before it is not a label). */
export const startsLabelRun = (siblings: readonly Node[], index: number): boolean => !isLabel(siblings[index - 1]);
