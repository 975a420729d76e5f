import type { RootContent } from 'mdast';
import type { MdastPluginInstance, MdastVisitorContext } from 'satteri';
import type { TransformContext } from './context.ts';
import { includeNodes } from './includes.ts';
import { labelRun, startsLabelRun } from './labels.ts';
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
  return {
    options: { position: true },
    leafDirective(node, ctx) {
      if (node.name === 'include') replace(ctx, node, includeNodes(node, context, 0));
      else if (node.name === 'table') replace(ctx, node, tableNodes(node, context));
      else if (node.name === 'label') {
        const siblings = ctx.parent(node).children;
        const index = ctx.indexOf(node) ?? 0;
        // The first label of a run speaks for the run; each one removes itself.
        if (startsLabelRun(siblings, index)) {
          const run = labelRun(siblings, index, context);
          const heading = run.heading;
          if (heading)
            ctx.setProperty(heading, 'data', {
              ...heading.data,
              labels: [...(heading.data?.labels ?? []), ...run.names],
            });
          else {
            replace(ctx, node, run.anchors);
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
