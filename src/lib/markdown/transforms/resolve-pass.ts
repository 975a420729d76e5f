import type { Html } from 'mdast';
import type { MdastPluginInstance } from 'satteri';
import type { HighlightCode } from '../../render/highlight.ts';
import { createIdAllocator, toSphinxId } from '../../refs/sphinx-id.ts';
import { isAdmonition } from '../admonitions.ts';
import {
  cellOutput,
  container,
  generated,
  programOutput,
  rubric,
  versionNote,
  VERSION_NOTES,
} from '../components/blocks.ts';
import { apiEntry, optionEntry } from '../components/definitions.ts';
import { card, dropdown, grid, misplaced, tabSet } from '../components/design.ts';
import { figureBlock, imageBlock } from '../components/images.ts';
import { badgeNode, iconNode, scriptNode } from '../components/inline.ts';
import { mathNode } from '../components/math.ts';
import { rawHtml } from '../components/raw-html.ts';
import { apiRefNode, docNode, downloadNode } from '../components/xrefs.ts';
import { element } from '../element-node.ts';
import { splitLabel } from './attributes.ts';
import type { TransformContext } from './context.ts';
import { admonition, KNOWN_CONTAINERS, KNOWN_LEAVES, refNode, restoreText, unknownDirective } from './directives.ts';
import { headingNode } from './headings.ts';

/** Text directives: references and inline components. Any other `:name` is prose (`10:30`), kept as written. */
const TEXT_DIRECTIVES = {
  ref: refNode,
  doc: docNode,
  api: apiRefNode,
  download: downloadNode,
  sup: scriptNode,
  sub: scriptNode,
  badge: badgeNode,
  icon: iconNode,
} as const;

const isTextDirective = (name: string): name is keyof typeof TEXT_DIRECTIVES => Object.hasOwn(TEXT_DIRECTIVES, name);
const isVersionNote = (name: string): name is keyof typeof VERSION_NOTES => Object.hasOwn(VERSION_NOTES, name);

/**
 * The second pass over a page: every heading gets its Sphinx-form id, label anchors and self-link; references
 * resolve; admonitions and every other component (docs/components.md) are built; code is highlighted and math
 * typeset; unknown directives are reported. Headings and anchors are recorded on the context, in document order,
 * and the style classes used in `context.styles`.
 *
 * Only the node types below cross into JavaScript; a component passes its body's nodes through untouched, so the
 * directives inside it are visited by this same pass.
 */
export function resolvePass(context: TransformContext, highlight: HighlightCode): MdastPluginInstance {
  let allocate = createIdAllocator();
  const count = { admonitions: 0, tabs: 0, generated: 0 };
  return {
    options: { position: true },
    before() {
      // Label and API entry ids are taken before any heading gets one, so a heading never takes theirs.
      const apiIds = context.registry.apis.byPage.get(context.pageFile) ?? [];
      allocate = createIdAllocator([...[...context.pageLabels, ...context.labels].map(toSphinxId), ...apiIds]);
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
      for (const [name, style] of styles) context.styles.set(name, style);
      return { type: 'html', value: html };
    },
    math: (node) => mathNode(node, true, context) as Html,
    inlineMath: (node) => mathNode(node, false, context) as Html,
    textDirective(node) {
      return isTextDirective(node.name) ? TEXT_DIRECTIVES[node.name](node, context) : restoreText(node, context);
    },
    async containerDirective(node, ctx) {
      const { name } = node;
      if (isAdmonition(name)) return admonition(node, context, ++count.admonitions);
      if (isVersionNote(name)) return versionNote(node, name, context);
      switch (name) {
        case 'api':
          return apiEntry(node, context);
        case 'option':
          return optionEntry(node, context);
        case 'tabs':
          return tabSet(node, context, ++count.tabs);
        case 'grid':
          return grid(node, context);
        case 'card':
          return card(node, context);
        case 'dropdown':
          return dropdown(node);
        case 'container':
          return container(node, context);
        case 'output':
          return cellOutput(node);
        case 'generated':
          return generated(node, context, ++count.generated);
        case 'program-output':
          return programOutput(node, context, highlight);
        case 'figure':
          ctx.replaceNode(node, figureBlock(node, context));
          return undefined;
        case 'tab':
        case 'grid-item': {
          // The set or grid around it has built it already (the walk still goes through the nodes it replaced).
          const expected = name === 'tab' ? 'tabs' : 'grid';
          const parent = ctx.parent(node);
          if (parent?.type === 'containerDirective' && parent.name === expected) return undefined;
          const usage = `put it inside \`::::${expected}\` … \`::::\``;
          misplaced(node, `\`:::${name}\` is outside a \`::::${expected}\``, usage, context);
          return element('div', splitLabel(node).body);
        }
      }
      unknownDirective(node, ':::', KNOWN_CONTAINERS, context);
      ctx.removeNode(node);
      return undefined;
    },
    leafDirective(node, ctx) {
      if (node.name === 'rubric') return rubric(node, (context.headings.at(-1)?.depth ?? 1) + 1, context);
      if (node.name === 'image') ctx.replaceNode(node, imageBlock(node, context));
      else if (node.name === 'html') ctx.replaceNode(node, rawHtml(node, context));
      else {
        unknownDirective(node, '::', KNOWN_LEAVES, context);
        ctx.removeNode(node);
      }
      return undefined;
    },
  };
}
