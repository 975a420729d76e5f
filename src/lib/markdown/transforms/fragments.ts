import type { Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { TransformContext } from './context.ts';
import { includeNodes } from './includes.ts';
import { attachBlockLabels, blockAnchor, uniqueIds, blockLabelIds, labelRun, withBlockLabels } from './labels.ts';
import { tableNodes } from './tables.ts';

/**
 * Expands the includes and tables of a fragment (a partial, a table cell) and attaches its labels to its headings:
 * what the first pass does to a page's own body, done here to content that pass inserts (Sätteri does not walk
 * again what a pass inserted; the second pass sees it).
 */
export function expandFragment(tree: Root, context: TransformContext, depth: number): void {
  visit(tree, 'leafDirective', (node, index, parent) => {
    if (!parent || index === undefined) return;
    let nodes: RootContent[];
    if (node.name === 'include') {
      const ids = blockLabelIds(node, context);
      nodes = [...withBlockLabels([], ids), ...includeNodes(node, context, depth)];
    } else if (node.name === 'table') nodes = withBlockLabels(tableNodes(node, context), blockLabelIds(node, context));
    else if (node.name === 'label') {
      const run = labelRun(parent.children, index, context);
      let anchors: RootContent[] = [];
      if (run.heading)
        run.heading.data = { ...run.heading.data, labels: [...(run.heading.data?.labels ?? []), ...run.names] };
      else if (run.block) {
        // The block's ids are recorded as the page's anchors when the page renders it (a fragment is shared).
        const attached = attachBlockLabels(run.names, run.block, context.anchors);
        if (attached.data) run.block.data = attached.data;
        anchors = attached.anchors;
      } else anchors = uniqueIds(run.names, context.anchors).map((name) => blockAnchor(name)); // the end of a block: anchored where it stands
      parent.children.splice(index, run.end - index, ...(anchors as typeof parent.children));
      return [SKIP, index + anchors.length];
    } else return;
    parent.children.splice(index, 1, ...(nodes as typeof parent.children));
    return [SKIP, index + nodes.length];
  });
}
