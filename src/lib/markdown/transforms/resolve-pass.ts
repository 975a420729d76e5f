import type { Html } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { MdastPluginInstance, MdastVisitorContext } from 'satteri';
import type { HighlightCode } from '../../render/highlight.ts';
import { createIdAllocator, toSphinxId } from '../../refs/sphinx-id.ts';
import { codeBlock } from '../components/code.ts';
import { mathNode } from '../components/math.ts';
import {
  CONTAINER_COMPONENTS,
  KNOWN_CONTAINERS,
  KNOWN_LEAVES,
  KNOWN_TEXTS,
  LEAF_COMPONENTS,
  TEXT_COMPONENTS,
  type Built,
  type ComponentState,
} from './component-table.ts';
import type { TransformContext } from './context.ts';
import { restoreText, unknownDirective } from './directives.ts';
import { headingNode } from './headings.ts';
import { sourceOf } from '../node-source.ts';
import { blockLabelIds, withBlockLabels } from './labels.ts';
import { element } from '../element-node.ts';

/**
 * The second pass over a page: every heading gets its Sphinx-form id, label anchors and self-link; references
 * resolve; admonitions and every other component (docs/components.md, `component-table.ts`) are built; code is
 * highlighted and math typeset; unknown directives are reported. Headings and anchors are recorded on the
 * context, in document order, and the style classes used in `context.styles`.
 *
 * Only the node types below cross into JavaScript. A component passes its body's nodes through untouched, so the
 * directives inside it are visited by this same pass.
 */
export function resolvePass(context: TransformContext, highlight: HighlightCode): MdastPluginInstance {
  let allocate = createIdAllocator();
  const count = { admonitions: 0, tabs: 0, generated: 0 };
  const state = (ctx: MdastVisitorContext): ComponentState => ({ context, highlight, ctx, count });
  // A component built as several nodes replaces its directive through the visit; one node is returned.
  const place = (built: Built, node: Parameters<MdastVisitorContext['replaceNode']>[0], ctx: MdastVisitorContext) => {
    // A labelled block (`::label` lines before it) takes the first label's id: Sphinx's id on a figure or a table.
    const ids = blockLabelIds(node, context);
    if (ids.length > 0) {
      if (built instanceof Promise)
        return built.then((one) => {
          const [first, ...rest] = withBlockLabels([one], ids);
          return rest.length === 0 && first ? first : element('div', [first!, ...rest]);
        });
      built = withBlockLabels(Array.isArray(built) ? built : built ? [built] : [], ids);
    }
    if (!Array.isArray(built)) return built;
    ctx.replaceNode(node, built);
    return undefined;
  };
  return {
    options: { position: true },
    before() {
      // Label and API entry ids are taken before any heading gets one, so a heading never takes theirs.
      const apiIds = context.registry.apis.byPage.get(context.pageFile) ?? [];
      allocate = createIdAllocator([...[...context.pageLabels, ...context.labels].map(toSphinxId), ...apiIds]);
    },
    heading(node, ctx) {
      const text = ctx.textContent(node);
      const { node: built, ids } = headingNode(node, text, allocate, context.anchors);
      context.headings.push({ depth: node.depth, slug: ids[0] ?? '', text });
      context.anchors.push(...ids);
      return built;
    },
    code: (node): Promise<Html> => codeBlock(node, context, highlight),
    math: (node) => mathNode(node, true, context),
    inlineMath: (node) => mathNode(node, false, context),
    textDirective(node, ctx) {
      const build = TEXT_COMPONENTS[node.name];
      if (build) return build(node, context);
      if (!writtenAsDirective(node, context)) return restoreText(node, context);
      // Printed as written, it would show the page's markup to readers: nothing is shown, the build fails.
      if (BLOCK_NAMES.has(node.name) && !KNOWN_TEXTS.includes(node.name)) {
        const form = KNOWN_CONTAINERS.includes(node.name) ? `:::${node.name}` : `::${node.name}`;
        context.problems.push({
          code: 'unknown-directive',
          ...sourceOf(node, context.pageFile),
          message: `"\`:${node.name}\`" is not an inline directive`,
          hint: `\`${form}\` is a block: write it on a line of its own. Inline: ${KNOWN_TEXTS.map((k) => ':' + k).join(', ')}`,
        });
      } else unknownDirective(node, ':', KNOWN_TEXTS, context);
      ctx.removeNode(node);
      return undefined;
    },
    // Synchronous but for `:::program-output`, which highlights its command: the common path makes no promise.
    containerDirective(node, ctx) {
      const build = CONTAINER_COMPONENTS[node.name];
      if (build) return place(build(node, state(ctx)), node, ctx);
      unknownDirective(node, ':::', KNOWN_CONTAINERS, context);
      ctx.removeNode(node);
      return undefined;
    },
    leafDirective(node, ctx) {
      const build = LEAF_COMPONENTS[node.name];
      if (build) return place(build(node, state(ctx)), node, ctx);
      unknownDirective(node, '::', KNOWN_LEAVES, context);
      ctx.removeNode(node);
      return undefined;
    },
  };
}

const BLOCK_NAMES = new Set([...KNOWN_CONTAINERS, ...KNOWN_LEAVES]);

/**
 * Whether an unknown `:name` is meant as a directive: it has a label (`:nane[…]`) or attributes (`:nane{…}`), or
 * names a block directive (`:note`, `:include`), and it does not follow a letter or digit. `text:with:colons`,
 * `a:b[c]`, and a bare `:word` are prose that only looks like one.
 */
function writtenAsDirective(node: TextDirective, context: TransformContext): boolean {
  const offset = node.position?.start.offset;
  const glued =
    node.data?.raw !== undefined
      ? node.data.glued === true
      : offset !== undefined && /[\p{L}\p{N}]/u.test(context.source.charAt(offset - 1));
  if (glued) return false;
  return node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0 || BLOCK_NAMES.has(node.name);
}
