import type { Link, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { resolveRef } from '../../refs/registry.ts';
import { suggest } from '../../refs/suggest.ts';
import { ADMONITIONS, isAdmonition } from '../admonitions.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

/** A directive the site does not know: a problem, with the closest known names. */
export function unknownDirective(
  node: RootContent & { name: string },
  prefix: string,
  known: readonly string[],
  context: TransformContext,
): void {
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
}

/** A text directive that is not ours (`10:30`, `text:with:colons`) is prose: its exact source text. */
export function restoreText(node: TextDirective, context: TransformContext): RootContent {
  // A fragment (partial, table cell) records each text directive's source; a page's is sliced from the page.
  const raw = node.data?.raw;
  if (raw !== undefined) return { type: 'text', value: raw };
  const { start, end } = node.position ?? {};
  if (start?.offset !== undefined && end?.offset !== undefined) {
    return { type: 'text', value: context.source.slice(start.offset, end.offset) };
  }
  return { type: 'text', value: `:${node.name}${node.children.length > 0 ? `[${toString(node)}]` : ''}` };
}

/** An `unknown-ref` problem: `label` names no label of the page's version (the hint lists the closest). */
export function reportUnknownRef(node: RootContent, label: string, context: TransformContext): void {
  const close = suggest(label, context.registry.targets.keys());
  context.problems.push({
    code: 'unknown-ref',
    ...sourceOf(node, context.pageFile),
    message: `unknown label "${label}" in version "${context.version}"`,
    hint:
      (close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}? ` : '') +
      'define it with `::label{name="…"}` before a heading or a block, or add it to the version’s external-refs.yaml',
  });
}

/**
 * A reference (`:ref{to="label"}`, `:ref[text]{to="label"}`): a link to the label, with its title as text.
 * `className` adds classes to what it renders (a badge that links, `:badge[…]{to="…"}`), and `usage` is the form
 * shown when `to` is missing.
 */
export function refNode(
  node: TextDirective,
  context: TransformContext,
  className: string[] = [],
  usage = ':ref{to="label"}` or `:ref[text]{to="label"}',
): RootContent {
  const given = node.children;
  const label = requireAttribute(node, 'to', usage, context);
  if (!label) return element('span', given, className.length > 0 ? { className } : {});
  context.dependencies.labels.add(label);
  const resolved = resolveRef(context.registry, label);
  const text = (fallback: string): PhrasingContent[] =>
    given.length > 0 ? given : [{ type: 'text', value: fallback }];
  switch (resolved.kind) {
    case 'unknown':
      reportUnknownRef(node, label, context);
      return element('span', text(label), className.length > 0 ? { className } : {});
    case 'unresolved':
      // Sphinx rendered a reference it could not resolve as its text; so do we, visibly marked.
      return element('span', text(resolved.text), {
        className: [...className, 'ref', 'ref-unresolved'],
        title: `“${label}” was not resolvable in the original documentation at this version`,
      });
    case 'link': {
      if (resolved.untitled && given.length === 0)
        context.problems.push({
          code: 'missing-attribute',
          ...sourceOf(node, context.pageFile),
          message: `\`:ref{to="${label}"}\` has no text, and "${label}" labels a block without a title (a paragraph, or code without a caption)`,
          hint: `give the link its text, as Sphinx requires: \`:ref[text]{to="${label}"}\``,
        });
      const link: Link = {
        type: 'link',
        url: resolved.url,
        children: text(resolved.text),
        data: {
          hProperties: {
            className: [...className, 'ref', resolved.external ? 'ref-external' : 'ref-internal'],
            ...(resolved.external ? { rel: ['external'] } : {}),
            dataRef: label,
          },
        },
      };
      return link;
    }
  }
}

/**
 * An admonition (`:::note`, `:::warning[Custom title]`): a note region named by its title. `ordinal` numbers the
 * page's admonitions for their title ids.
 */
export function admonition(node: ContainerDirective, context: TransformContext, ordinal: number): RootContent {
  const [first, ...rest] = node.children;
  const hasLabel = first?.type === 'paragraph' && first.data?.directiveLabel === true;
  const titleChildren: RootContent[] = hasLabel ? first.children : [];
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
  const title = titleChildren.length > 0 ? titleChildren : [{ type: 'text' as const, value: defaultTitle }];
  // `_` never occurs in Sphinx-form ids, so these cannot clash with a heading's or a label's id.
  const id = `admonition_${ordinal}`;
  return element('div', [element('p', title, { className: ['admonition-title'], id }), ...body], {
    className: ['admonition', `admonition-${node.name}`],
    role: 'note',
    ariaLabelledby: id,
  });
}
