import type { RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { MdastPluginInstance, MdastVisitorContext } from 'satteri';
import type { TransformContext } from './context.ts';
import { includeNodes } from './includes.ts';
import {
  attachBlockLabels,
  blockAnchor,
  uniqueIds,
  labelRun,
  startsLabelRun,
  withBlockLabels,
  blockLabelIds,
} from './labels.ts';
import { toSphinxId } from '../../refs/sphinx-id.ts';
import { checkMdxNode } from './mdx.ts';
import { tableNodes } from './tables.ts';

/**
 * The first pass over a page: partials and tables go in (expanded in full, see `expandFragment`), each run of
 * `::label` lines is attached to the heading it names, and MDX comments are dropped (other MDX is reported). The
 * second pass (`resolvePass`) then sees every heading, reference and admonition in place.
 */
export function expandPass(context: TransformContext): MdastPluginInstance {
  const replace = (ctx: MdastVisitorContext, node: RootContent, nodes: RootContent[]) => ctx.replaceNode(node, nodes);
  const dropMdx = (node: RootContent, ctx: MdastVisitorContext) => {
    checkMdxNode(node, context);
    ctx.removeNode(node);
  };
  // Labels of a `::table` or `::include` this pass replaces: by the directive's offset, as the node it visits
  // next is a copy read before the label set its data.
  const labelled = new Map<number, string[]>();
  const labelsOf = (node: LeafDirective): LeafDirective => {
    const names = labelled.get(node.position?.start.offset ?? -1);
    return names ? { ...node, data: { ...node.data, blockLabels: names } } : node;
  };
  return {
    options: { position: true },
    leafDirective(node, ctx) {
      if (node.name === 'include')
        replace(ctx, node, withIncludeLabels(labelsOf(node), includeNodes(node, context, 0), context));
      else if (node.name === 'table')
        replace(ctx, node, withTableLabels(labelsOf(node), tableNodes(node, context), context));
      else if (node.name === 'label') {
        const siblings = ctx.parent(node).children;
        const index = ctx.indexOf(node) ?? 0;
        // The first label of a run speaks for the run; each one removes itself (the first, into the anchors of a
        // block that cannot take an id).
        if (startsLabelRun(siblings, index)) {
          const run = labelRun(siblings, index, context);
          const { heading, block } = run;
          if (heading)
            ctx.setProperty(heading, 'data', {
              ...heading.data,
              labels: [...(heading.data?.labels ?? []), ...run.names],
            });
          else if (block) {
            const { data, anchors } = attachBlockLabels(run.names, block, context.anchors);
            if (data) ctx.setProperty(block, 'data', data as Record<string, unknown>);
            if (data?.blockLabels && block.position) labelled.set(block.position.start.offset ?? -1, data.blockLabels);
            if (block.type === 'paragraph' && run.names[0]) context.anchors.push(toSphinxId(run.names[0]));
            for (const anchor of anchors)
              if (anchor.type === 'element') context.anchors.push(String(anchor.data.hProperties?.['id']));
            if (anchors.length > 0) {
              replace(ctx, node, anchors);
              return;
            }
          } else if (run.names.length > 0) {
            // nothing after the run (the end of a block or the page): an anchor where it stands, as Sphinx's target
            const names = uniqueIds(run.names, context.anchors);
            const anchors = names.map((name) => blockAnchor(name));
            context.anchors.push(...names.map(toSphinxId));
            replace(ctx, node, anchors);
            return;
          }
        }
        ctx.removeNode(node);
      }
    },
    mdxFlowExpression: dropMdx,
    mdxTextExpression: dropMdx,
    mdxJsxFlowElement: dropMdx,
    mdxJsxTextElement: dropMdx,
    mdxjsEsm: dropMdx,
  };
}

/** A labelled `::table` (labels before it): the first label's id on the table's box, anchors for the others. */
function withTableLabels(node: LeafDirective, nodes: RootContent[], context: TransformContext): RootContent[] {
  return withBlockLabels(nodes, blockLabelIds(node, context));
}

/** A labelled `::include`: anchors before what it inserts (Sphinx's label before an `include` labels its first block). */
function withIncludeLabels(node: LeafDirective, nodes: RootContent[], context: TransformContext): RootContent[] {
  const ids = blockLabelIds(node, context);
  return ids.length > 0 ? [...withBlockLabels([], ids), ...nodes] : nodes;
}
