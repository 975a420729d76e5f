import type { Link, Parent, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { suggest } from '../../refs/suggest.ts';
import { ADMONITIONS, isAdmonition } from '../admonitions.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { fragmentChildren, parseFragment } from '../parse-fragment.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

const KNOWN_CONTAINERS = Object.keys(ADMONITIONS);
const KNOWN_LEAVES = ['label', 'include', 'table'];

/**
 * Resolves references (`:ref`), renders admonitions (`:::note`) and reports unknown directives. A text directive
 * that is not ours (`text:with:colons`, `10:30`) is prose: it gets its text back.
 */
export function applyDirectives(tree: Parent, context: TransformContext, counter = { admonitions: 0 }): void {
  tree.children = (tree.children as RootContent[]).flatMap((node): RootContent[] => {
    if ('children' in node) applyDirectives(node as Parent, context, counter);
    if (node.type === 'textDirective')
      return node.name === 'ref' ? [resolveRef(node, context)] : [restoreText(node, context)];
    if (node.type === 'containerDirective') {
      if (isAdmonition(node.name)) return [admonition(node, context, ++counter.admonitions)];
      return [unknownDirective(node, ':::', KNOWN_CONTAINERS, context)];
    }
    if (node.type === 'leafDirective') return [unknownDirective(node, '::', KNOWN_LEAVES, context)];
    return [node];
  }) as Parent['children'];
}

function unknownDirective(
  node: RootContent & { name: string },
  prefix: string,
  known: string[],
  context: TransformContext,
): RootContent {
  const close = suggest(node.name, known, 2);
  context.problems.push({
    code: 'unknown-directive',
    ...sourceOf(node, context.pageFile),
    message: `unknown directive "${prefix}${node.name}"`,
    hint:
      close.length > 0
        ? `did you mean ${close.map((c) => `"${prefix}${c}"`).join(' or ')}? Known: ${known.join(', ')}`
        : `known: ${known.map((k) => prefix + k).join(', ')}`,
  });
  return { type: 'html', value: '' };
}

function restoreText(node: TextDirective, context: TransformContext): RootContent {
  // A fragment (partial, table cell) records each text directive's source; a page's is sliced from the page.
  const raw = node.data?.raw;
  if (raw !== undefined) return { type: 'text', value: raw };
  const { start, end } = node.position ?? {};
  if (start?.offset !== undefined && end?.offset !== undefined) {
    return { type: 'text', value: context.source.slice(start.offset, end.offset) };
  }
  return { type: 'text', value: `:${node.name}${node.children.length > 0 ? `[${toString(node)}]` : ''}` };
}

function resolveRef(node: TextDirective, context: TransformContext): RootContent {
  const at = sourceOf(node, context.pageFile);
  const given = node.children as PhrasingContent[];
  const label = requireAttribute(node, 'to', ':ref{to="label"}` or `:ref[text]{to="label"}', context);
  if (!label) return element('span', given);
  const target = context.registry.targets.get(label);
  if (!target) {
    const close = suggest(label, context.registry.targets.keys());
    context.problems.push({
      code: 'unknown-ref',
      ...at,
      message: `unknown label "${label}" in version "${context.version}"`,
      hint:
        (close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}? ` : '') +
        'define it with `::label{name="…"}` before a heading, or add it to the version’s external-refs.yaml',
    });
    return element('span', given.length > 0 ? given : [{ type: 'text', value: label }]);
  }
  if (target.kind === 'unresolved') {
    // Sphinx rendered a reference it could not resolve as its text; so do we, visibly marked.
    return element('span', given.length > 0 ? given : [{ type: 'text', value: label }], {
      className: ['ref', 'ref-unresolved'],
      title: `“${label}” was not resolvable in the original documentation at this version`,
    });
  }
  // Titles of this site's sections are plain text already; titles from the original site are inline Markdown.
  const title: PhrasingContent[] =
    target.kind === 'internal'
      ? [{ type: 'text', value: target.title }]
      : (fragmentChildren(parseFragment(target.title, { file: target.file, line: 1 })) as PhrasingContent[]);
  const text = given.length > 0 ? given : title;
  const external = target.kind === 'external';
  const link: Link = {
    type: 'link',
    url: target.url,
    children: text,
    data: {
      hProperties: {
        className: ['ref', external ? 'ref-external' : 'ref-internal'],
        ...(external ? { rel: ['external'] } : {}),
        dataRef: label,
      },
    },
  };
  return link;
}

function admonition(node: ContainerDirective, context: TransformContext, index: number): RootContent {
  const [first, ...rest] = node.children;
  const hasLabel = (first?.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
  const titleChildren = hasLabel && first && 'children' in first ? (first.children as RootContent[]) : [];
  const body = hasLabel ? rest : node.children;
  if (titleChildren.length === 0 && node.name === 'admonition') {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: '`:::admonition` has no title',
      hint: 'give one in brackets: `:::admonition[My title]`',
    });
  }
  const defaultTitle = isAdmonition(node.name) ? ADMONITIONS[node.name] : '';
  const title = titleChildren.length > 0 ? titleChildren : [{ type: 'text', value: defaultTitle } as RootContent];
  // `_` never occurs in Sphinx-form ids, so these cannot clash with a heading's or a label's id.
  const id = `admonition_${index}`;
  return element('div', [element('p', title, { className: ['admonition-title'], id }), ...(body as RootContent[])], {
    className: ['admonition', `admonition-${node.name}`],
    role: 'note',
    ariaLabelledby: id,
  });
}
