import type { Heading, RootContent } from 'mdast';
import { headingId, toSphinxId } from '../../refs/sphinx-id.ts';
import { element, type ElementNode } from '../element-node.ts';

/**
 * A heading as rendered: the heading with its id and its other labels' anchors, in a wrapper with a self-link.
 * Its id is the Sphinx form of its text (`allocate` makes it unique), unless one of its labels (`data.labels`) is
 * exactly that: then the label is the id (as in Sphinx) rather than a second anchor. `ids` lists the heading's id
 * first, then its anchors'.
 */
export function headingNode(
  heading: Heading,
  text: string,
  allocate: (text: string) => string,
  /** Ids the page has given already: a label of the same id (`a.b` and `a-b`) is anchored once. */
  taken: readonly string[] = [],
): { node: ElementNode; ids: string[] } {
  // A label of digits and signs only has no id in Sphinx's form (docutils numbered it `id1`…): no anchor here
  const labelIds = (heading.data?.labels ?? []).map(toSphinxId).filter((labelId) => labelId !== '');
  const id = headingId(heading.data?.labels ?? [], text, allocate);
  const anchorIds = [...new Set(labelIds)].filter((labelId) => labelId !== id && !taken.includes(labelId));
  const anchors = anchorIds.map((anchorId) => element('span', [], { id: anchorId, className: ['label-anchor'] }));
  const link = element(
    'a',
    [
      element('span', [{ type: 'text', value: '#' }], { ariaHidden: 'true' }),
      element('span', [{ type: 'text', value: `Section titled “${text}”` }], { className: ['sr-only'] }),
    ] satisfies RootContent[],
    // Not page text: kept out of search excerpts.
    { className: ['heading-anchor'], href: `#${id}`, dataPagefindIgnore: true },
  );
  const withId: Heading = {
    type: 'heading',
    depth: heading.depth,
    children: [...anchors, ...heading.children],
    data: { hProperties: { id } },
  };
  return {
    node: element('div', [withId, link], { className: ['heading', `heading-${heading.depth}`] }),
    ids: [id, ...anchorIds],
  };
}
