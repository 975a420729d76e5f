import type { PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { resolveDoc, resolveRef } from '../../refs/registry.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { hasFlag, invalidAttribute, splitLabel, type Directive } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';
import { reportUnknownRef } from '../transforms/directives.ts';
import { reportUnknownPage } from './xrefs.ts';

/** A `misplaced-directive` problem: `node` is not where its kind of directive goes. */
export function misplaced(node: RootContent, message: string, hint: string, context: TransformContext): void {
  context.problems.push({ code: 'misplaced-directive', ...sourceOf(node, context.pageFile), message, hint });
}

const isDirective = (node: RootContent, name: string): node is ContainerDirective =>
  node.type === 'containerDirective' && node.name === name;

/**
 * A set of tabs (`::::tabs` around `:::tab[Label]{sync="key"}`, sphinx-design `tab-set`). Without JavaScript each
 * tab is a disclosure (`<details>` named by the set, so one is open at a time, as a tab is), which keyboards and
 * screen readers know; the first (or the one marked `selected`) is open. The `<neuron-tabs>` element
 * (`src/scripts/tabs.ts`) turns the set into an ARIA tab list, keeps tabs of one `sync` key in step across the page
 * and remembers the reader's choice. `ordinal` numbers the page's tab sets.
 */
export function tabSet(node: ContainerDirective, context: TransformContext, ordinal: number): RootContent {
  const group = `tabs_${ordinal}`;
  const tabs: ContainerDirective[] = [];
  for (const child of splitLabel(node).body) {
    if (isDirective(child, 'tab')) tabs.push(child);
    else misplaced(child, `\`::::tabs\` holds a ${describe(child)}`, 'put it in a `:::tab[Label]` of the set', context);
  }
  if (tabs.length === 0) {
    misplaced(node, '`::::tabs` has no `:::tab`', 'write each tab as `:::tab[Label]` … `:::` inside it', context);
  }
  const chosen = Math.max(
    0,
    tabs.findIndex((tab) => hasFlag(tab, 'selected')),
  );
  context.scripts.add('tabs');
  const items = tabs.map((tab, index) => {
    const { label, body } = splitLabel(tab);
    if (label.length === 0) missingLabel(tab, ':::tab[Label]', context);
    const sync = tab.attributes?.['sync'];
    return element(
      'details',
      [
        element('summary', label.length > 0 ? label : [{ type: 'text', value: `Tab ${index + 1}` }], {
          className: ['tab-label'],
        }),
        element('div', body, { className: ['tab-panel'] }),
      ],
      {
        className: ['tab'],
        name: group,
        open: index === chosen,
        ...(sync ? { dataSync: sync } : {}),
      },
    );
  });
  return element('neuron-tabs', items, { className: ['tabs'] });
}

/** The sphinx-design breakpoints a grid's `columns` give in order (`columns="1 2 2 3"`). */
const BREAKPOINTS = ['xs', 'sm', 'md', 'lg'] as const;
/** The most columns a grid may have at any width. */
export const MAX_COLUMNS = 6;

/**
 * A grid (`::::grid{columns="1 2 2 3"}` around `:::card` and `:::grid-item`, sphinx-design `grid`): a list, its
 * number of columns per width (phone, tablet, laptop, wide) set by classes. One number sets all four.
 */
export function grid(node: ContainerDirective, context: TransformContext): RootContent {
  const written = node.attributes?.['columns'] ?? '1';
  let columns = written.trim().split(/\s+/);
  const valid =
    (columns.length === 1 || columns.length === BREAKPOINTS.length) &&
    columns.every((count) => /^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= MAX_COLUMNS);
  if (!valid) {
    invalidAttribute(
      node,
      'columns',
      written,
      {
        rule: `one number of columns, or four (phone, tablet, laptop, wide), each from 1 to ${MAX_COLUMNS}: "1 2 2 3"`,
      },
      context,
    );
    columns = ['1'];
  }
  const perBreakpoint = BREAKPOINTS.map((breakpoint, index) => `grid-${breakpoint}-${columns[index] ?? columns[0]}`);
  const items = splitLabel(node).body.map((child) => {
    if (isDirective(child, 'grid-item')) return element('li', splitLabel(child).body, { className: ['grid-item'] });
    if (!isDirective(child, 'card'))
      misplaced(child, `\`::::grid\` holds a ${describe(child)}`, 'put it in a `:::grid-item` or a `:::card`', context);
    // A card is built when the pass reaches it (a card may stand alone too).
    return element('li', [child], { className: ['grid-item'] });
  });
  return element('ul', items, { className: ['grid', ...perBreakpoint] });
}

/** How a card's `link` is read (sphinx-design's `link-type`). */
const LINK_TYPES = ['url', 'doc', 'ref'] as const;

/**
 * A card (`:::card[Title]{link="…" linkType="doc|ref|url"}`, sphinx-design `card` and `grid-item-card`): a framed
 * block with a title. With a link, the title is the card's one link, stretched over the whole card so that any
 * click on it follows the link, while keyboard focus stays on that one link.
 */
export function card(node: ContainerDirective, context: TransformContext): RootContent {
  const { label, body } = splitLabel(node);
  const link = node.attributes?.['link'];
  const url = link ? cardUrl(node, link, context) : undefined;
  if (link && label.length === 0) missingLabel(node, ':::card[Title]{link="…" linkType="doc"}', context);
  const external = url !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(url);
  const title: PhrasingContent[] =
    url === undefined
      ? label
      : [
          element('a', label, {
            href: url,
            className: ['card-link'],
            ...(external ? { rel: ['external'] } : {}),
          }) as PhrasingContent,
        ];
  const heading = label.length > 0 ? [element('p', title, { className: ['card-title'] })] : [];
  return element('div', [...heading, element('div', body, { className: ['card-body'] })], {
    className: url === undefined ? ['card'] : ['card', 'card-linked'],
  });
}

function cardUrl(node: ContainerDirective, link: string, context: TransformContext): string | undefined {
  const type = node.attributes?.['linkType'] ?? 'url';
  if (!(LINK_TYPES as readonly string[]).includes(type)) {
    invalidAttribute(node, 'linkType', type, { allowed: LINK_TYPES }, context);
    return undefined;
  }
  if (type === 'url') return link;
  if (type === 'doc') {
    context.dependencies.docs.add(link);
    const page = resolveDoc(context.registry, link);
    if (!page) reportUnknownPage(node, link, context);
    return page?.url;
  }
  context.dependencies.labels.add(link);
  const resolved = resolveRef(context.registry, link);
  if (resolved.kind === 'unknown') reportUnknownRef(node, link, context);
  return resolved.kind === 'link' ? resolved.url : undefined;
}

/** A dropdown (`:::dropdown[Title]{open}`, sphinx-design `dropdown`): a disclosure, open when `open` is given. */
export function dropdown(node: ContainerDirective): RootContent {
  const { label, body } = splitLabel(node);
  const summary = label.length > 0 ? label : [{ type: 'text' as const, value: 'Details' }];
  return element(
    'details',
    [
      element('summary', summary, { className: ['dropdown-title'] }),
      element('div', body, { className: ['dropdown-body'] }),
    ],
    { className: ['dropdown'], open: hasFlag(node, 'open') },
  );
}

function missingLabel(node: Directive, usage: string, context: TransformContext): void {
  context.problems.push({
    code: 'missing-attribute',
    ...sourceOf(node, context.pageFile),
    message: `\`:::${node.name}\` has no title`,
    hint: `give one in brackets: \`${usage}\``,
  });
}

function describe(node: RootContent): string {
  if (node.type === 'containerDirective') return `\`:::${node.name}\``;
  if (node.type === 'leafDirective') return `\`::${node.name}\``;
  return node.type satisfies string;
}
