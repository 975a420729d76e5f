import type { PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { suggest } from '../../refs/suggest.ts';
import { sourceOf } from '../node-source.ts';
import type { TransformContext } from './context.ts';

/** Any directive node. */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** How a directive is written: `:name`, `::name`, `:::name`. */
export const directivePrefix = (node: Directive): string =>
  node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';

/**
 * The value of a directive's required attribute; when it is missing, a `missing-attribute` problem that shows
 * the right form (`usage`, e.g. `::include{src="partial-name"}`) and `undefined`.
 */
export function requireAttribute(
  node: Directive,
  attribute: string,
  usage: string,
  context: TransformContext,
): string | undefined {
  const value = node.attributes?.[attribute];
  if (value) return value;
  context.problems.push({
    code: 'missing-attribute',
    ...sourceOf(node, context.pageFile),
    message: `\`${directivePrefix(node)}${node.name}\` has no \`${attribute}\``,
    hint: `write \`${usage}\``,
  });
  return undefined;
}

/** Whether a flag attribute is set (`:::dropdown[Title]{open}`). */
export const hasFlag = (node: Directive, attribute: string): boolean =>
  node.attributes?.[attribute] !== undefined && node.attributes[attribute] !== null;

/**
 * Reports an attribute whose value the directive cannot take (`invalid-attribute`), quoting it, with the values it
 * may take (the closest first) or what it must look like.
 */
export function invalidAttribute(
  node: Directive,
  attribute: string,
  value: string,
  expected: { allowed: readonly string[] } | { rule: string },
  context: TransformContext,
): void {
  let hint: string;
  if ('allowed' in expected) {
    const close = suggest(value, expected.allowed, 2);
    hint =
      (close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(' or ')}? ` : '') +
      `one of: ${expected.allowed.join(', ')}`;
  } else hint = expected.rule;
  context.problems.push({
    code: 'invalid-attribute',
    ...sourceOf(node, context.pageFile),
    message: `\`${directivePrefix(node)}${node.name}\` has ${attribute}="${value}"`,
    hint,
  });
}

/** A container directive's label (`:::note[Label]`), apart from its body. */
export function splitLabel(node: ContainerDirective): { label: PhrasingContent[]; body: RootContent[] } {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && first.data?.directiveLabel === true) return { label: first.children, body: rest };
  return { label: [], body: node.children };
}

/** A positive whole number written as an attribute (`width="640"`), or `undefined`. */
export function positiveInteger(value: string | null | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}
