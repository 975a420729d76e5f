import type { Heading, Node } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { sourceOf } from '../node-source.ts';
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

/** What a run of `::label` lines labels: the heading right after it, if that is what follows. */
export interface LabelRun {
  names: string[];
  heading: Heading | undefined;
  /** Index of the first sibling after the run. */
  end: number;
}

/**
 * Reads the run of `::label` lines that starts at `siblings[start]` and finds the heading it labels. A run not
 * followed by a heading is a problem (a label names a section). The names are added to the page's labels.
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
  if (next?.type === 'heading') return { names, heading: next as Heading, end };
  if (names.length > 0) {
    const list = names.map((l) => `"${l}"`).join(', ');
    context.problems.push({
      code: 'label-without-heading',
      ...sourceOf(next ?? siblings[end - 1] ?? siblings[start] ?? { type: 'root' }, context.pageFile),
      message: next
        ? `label(s) ${list} must be followed by a heading, not a ${next.type}`
        : `label(s) ${list} at the end of a block are not followed by a heading`,
      hint: 'put `::label{name="…"}` on the line(s) right before the `##` heading it names',
    });
  }
  return { names, heading: undefined, end };
}

/** Whether a `::label` starts a run (the one before it is not a label). */
export const startsLabelRun = (siblings: readonly Node[], index: number): boolean => !isLabel(siblings[index - 1]);
