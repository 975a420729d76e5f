import type { RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { MdastVisitorContext } from 'satteri';
import type { HighlightCode } from '../../render/highlight.ts';
import { ADMONITIONS } from '../admonitions.ts';
import {
  cellOutput,
  container,
  generated,
  numberedList,
  programOutput,
  rubric,
  versionNote,
} from '../components/blocks.ts';
import { codeFigure } from '../components/code.ts';
import { apiEntry, definitionEntry, optionEntry } from '../components/definitions.ts';
import { card, dropdown, grid, misplaced, tabSet } from '../components/design.ts';
import { figureBlock, imageBlock, inlineImage } from '../components/images.ts';
import { badgeNode, iconNode, scriptNode } from '../components/inline.ts';
import { rawHtml } from '../components/raw-html.ts';
import { apiRefNode, docNode, downloadNode } from '../components/xrefs.ts';
import { element } from '../element-node.ts';
import { splitLabel } from './attributes.ts';
import type { TransformContext } from './context.ts';
import { admonition, refNode } from './directives.ts';

/** What a component is built with: the page's context, the highlighter, the visit, and the page's counters. */
export interface ComponentState {
  context: TransformContext;
  highlight: HighlightCode;
  ctx: MdastVisitorContext;
  /** Ordinals of the page's admonitions, tab sets and generated notes, for their ids. */
  count: { admonitions: number; tabs: number; generated: number };
}

/** What a component becomes: a node, several, or nothing (it was replaced or removed through `ctx`). */
export type Built = RootContent | RootContent[] | Promise<RootContent> | undefined;

/** A `:::tab` or `:::grid-item` is built by the set or grid around it; alone, it is misplaced. */
function insideOnly(parent: 'tabs' | 'grid') {
  return (node: ContainerDirective, { context, ctx }: ComponentState): Built => {
    // The walk still goes through the nodes the set or grid replaced: there is nothing left to build.
    const around = ctx.parent(node);
    if (around?.type === 'containerDirective' && around.name === parent) return undefined;
    const usage = `put it inside \`::::${parent}\` … \`::::\``;
    misplaced(node, `\`:::${node.name}\` is outside a \`::::${parent}\``, usage, context);
    return element('div', splitLabel(node).body);
  };
}

/**
 * Container directives (`:::name`) and what builds each: the one list of them (docs/components.md), from which
 * "did you mean" hints are made too.
 */
export const CONTAINER_COMPONENTS: Record<string, (node: ContainerDirective, state: ComponentState) => Built> = {
  ...Object.fromEntries(
    Object.keys(ADMONITIONS).map((name) => [
      name,
      (node: ContainerDirective, state: ComponentState) => admonition(node, state.context, ++state.count.admonitions),
    ]),
  ),
  versionadded: (node, { context }) => versionNote(node, 'versionadded', context),
  versionchanged: (node, { context }) => versionNote(node, 'versionchanged', context),
  deprecated: (node, { context }) => versionNote(node, 'deprecated', context),
  container: (node, { context }) => container(node, context),
  list: (node, { context }) => numberedList(node, context),
  figure: (node, { context }) => figureBlock(node, context),
  'code-figure': (node, { context }) => codeFigure(node, context),
  option: (node, { context }) => optionEntry(node, context),
  'program-output': (node, { context, highlight }) => programOutput(node, context, highlight),
  generated: (node, state) => generated(node, state.context, ++state.count.generated),
  output: (node) => cellOutput(node),
  api: (node, { context }) => apiEntry(node, context),
  definition: (node, { context, ctx }) => {
    const siblings = ctx.parent(node)?.children ?? [node];
    const built = definitionEntry(node, siblings, ctx.indexOf(node) ?? 0, context);
    // The first entry of a list built every entry of it: the others go.
    if (!built) ctx.removeNode(node);
    return built;
  },
  tabs: (node, state) => tabSet(node, state.context, ++state.count.tabs),
  tab: insideOnly('tabs'),
  grid: (node, { context }) => grid(node, context),
  'grid-item': insideOnly('grid'),
  card: (node, { context }) => card(node, context),
  dropdown: (node) => dropdown(node),
};

/** Leaf directives (`::name`) the second pass builds; `label`, `include` and `table` are the first pass's. */
export const LEAF_COMPONENTS: Record<string, (node: LeafDirective, state: ComponentState) => Built> = {
  // A rubric is a heading one level below the last section heading before it.
  rubric: (node, { context }) => rubric(node, (context.headings.at(-1)?.depth ?? 1) + 1, context),
  image: (node, { context }) => imageBlock(node, context),
  html: (node, { context }) => rawHtml(node, context),
};

/**
 * Text directives: references and inline components. Any other `:name` written as a directive (with `[…]` or
 * `{…}`, or the name of a block directive) is an error; a bare `:name` is prose (`text:with:colons`), kept as written.
 */
export const TEXT_COMPONENTS: Record<string, (node: TextDirective, context: TransformContext) => RootContent> = {
  ref: (node, context) => refNode(node, context),
  doc: docNode,
  api: apiRefNode,
  download: downloadNode,
  sup: scriptNode,
  sub: scriptNode,
  badge: badgeNode,
  icon: iconNode,
  image: inlineImage,
};

/** Container directives a page may use. */
export const KNOWN_CONTAINERS = Object.keys(CONTAINER_COMPONENTS);
/** Leaf directives a page may use. */
export const KNOWN_LEAVES = ['label', 'include', 'table', ...Object.keys(LEAF_COMPONENTS)];
/** Text directives a page may use. */
export const KNOWN_TEXTS = Object.keys(TEXT_COMPONENTS);
