import type { Heading, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createIdAllocator, toSphinxId } from '../../refs/sphinx-id.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

const anchorSpan = (id: string) => element('span', [], { id, className: ['label-anchor'] });

/**
 * Gives every heading an id in Sphinx's form and its labels anchors of their own, then wraps it with a
 * self-link. `::label` lines are consumed here: each must stand right before a heading.
 */
export function applyHeadings(tree: Parent, context: TransformContext): void {
  const labelIds = new Set(context.pageLabels.map(toSphinxId));
  const pending: { heading: Heading; labels: string[] }[] = [];
  collectLabels(tree, context, pending);
  for (const { labels } of pending) labels.forEach((label) => labelIds.add(toSphinxId(label)));
  const allocate = createIdAllocator(labelIds);
  const labelsOf = new Map(pending.map(({ heading, labels }) => [heading, labels]));
  wrapHeadings(tree, (heading) => {
    const labels = labelsOf.get(heading) ?? [];
    const text = toString(heading);
    const own = labels.map(toSphinxId).find((id) => id === toSphinxId(text));
    const id = own ?? allocate(text);
    const anchors = labels
      .map(toSphinxId)
      .filter((labelId) => labelId !== id)
      .map(anchorSpan);
    heading.children.unshift(...anchors);
    heading.data = { ...heading.data, hProperties: { id } };
    const link = element(
      'a',
      [
        element('span', [{ type: 'text', value: '#' }], { ariaHidden: 'true' }),
        element('span', [{ type: 'text', value: `Section titled “${text}”` }], { className: ['sr-only'] }),
      ],
      // Not page text: kept out of search excerpts.
      { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: '' },
    );
    return element('div', [heading, link], { className: ['heading', `heading-${heading.depth}`] });
  });
}

function collectLabels(tree: Parent, context: TransformContext, out: { heading: Heading; labels: string[] }[]): void {
  let labels: string[] = [];
  let lastLabel: RootContent | undefined;
  const kept: RootContent[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'leafDirective' && node.name === 'label') {
      const name = requireAttribute(node, 'name', '::label{name="my-label"}', context);
      lastLabel = node;
      if (name) labels.push(name);
      continue;
    }
    if (labels.length > 0) {
      if (node.type === 'heading') out.push({ heading: node, labels });
      else
        context.problems.push({
          code: 'label-without-heading',
          ...sourceOf(node, context.pageFile),
          message: `label(s) ${labels.map((l) => `"${l}"`).join(', ')} must be followed by a heading, not a ${node.type}`,
          hint: 'put `::label{name="…"}` on the line(s) right before the `##` heading it names',
        });
      labels = [];
    }
    if ('children' in node && node.type !== 'heading') collectLabels(node as Parent, context, out);
    kept.push(node);
  }
  if (labels.length > 0 && lastLabel)
    context.problems.push({
      code: 'label-without-heading',
      ...sourceOf(lastLabel, context.pageFile),
      message: `label(s) ${labels.map((l) => `"${l}"`).join(', ')} at the end of a block are not followed by a heading`,
      hint: 'put the label right before a heading',
    });
  tree.children = kept as Parent['children'];
}

function wrapHeadings(tree: Parent, wrap: (heading: Heading) => RootContent): void {
  tree.children = (tree.children as RootContent[]).map((node) => {
    if (node.type === 'heading') return wrap(node);
    if ('children' in node) wrapHeadings(node as Parent, wrap);
    return node;
  }) as Parent['children'];
}
