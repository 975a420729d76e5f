import type { Html } from 'mdast';
import type { MdastPluginInstance } from 'satteri';
import type { HighlightCode } from '../../render/highlight.ts';
import { createIdAllocator, toSphinxId } from '../../refs/sphinx-id.ts';
import { isAdmonition } from '../admonitions.ts';
import type { TransformContext } from './context.ts';
import { admonition, KNOWN_CONTAINERS, KNOWN_LEAVES, refNode, restoreText, unknownDirective } from './directives.ts';
import { headingNode } from './headings.ts';

/**
 * The second pass over a page: every heading gets its Sphinx-form id, label anchors and self-link; references
 * resolve; admonitions are built; code is highlighted; unknown directives are reported. Headings and anchors are
 * recorded on the context, in document order, and the code colours used in `codeStyles`.
 */
export function resolvePass(
  context: TransformContext,
  highlight: HighlightCode,
  codeStyles: Map<string, string>,
): MdastPluginInstance {
  let allocate = createIdAllocator();
  let admonitions = 0;
  return {
    options: { position: true },
    before() {
      // Label ids are taken before any heading gets one, so a heading never takes a label's id.
      allocate = createIdAllocator([...context.pageLabels, ...context.labels].map(toSphinxId));
    },
    heading(node, ctx) {
      const text = ctx.textContent(node);
      const { node: built, ids } = headingNode(node, text, allocate);
      context.headings.push({ depth: node.depth, slug: ids[0] ?? '', text });
      context.anchors.push(...ids);
      return built;
    },
    async code(node): Promise<Html> {
      const { html, styles } = await highlight(node.value, node.lang);
      for (const [name, style] of styles) codeStyles.set(name, style);
      return { type: 'html', value: html };
    },
    textDirective(node) {
      return node.name === 'ref' ? refNode(node, context) : restoreText(node, context);
    },
    containerDirective(node, ctx) {
      if (isAdmonition(node.name)) return admonition(node, context, ++admonitions);
      unknownDirective(node, ':::', KNOWN_CONTAINERS, context);
      ctx.removeNode(node);
      return undefined;
    },
    leafDirective(node, ctx) {
      unknownDirective(node, '::', KNOWN_LEAVES, context);
      ctx.removeNode(node);
    },
  };
}
