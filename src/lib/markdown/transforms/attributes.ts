import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import { sourceOf } from '../node-source.ts';
import type { TransformContext } from './context.ts';

/**
 * The value of a directive's required attribute; when it is missing, a `missing-attribute` problem that shows
 * the right form (`usage`, e.g. `::include{src="partial-name"}`) and `undefined`.
 */
export function requireAttribute(
  node: LeafDirective | TextDirective,
  attribute: string,
  usage: string,
  context: TransformContext,
): string | undefined {
  const value = node.attributes?.[attribute];
  if (value) return value;
  context.problems.push({
    code: 'missing-attribute',
    ...sourceOf(node, context.pageFile),
    message: `\`${node.type === 'textDirective' ? ':' : '::'}${node.name}\` has no \`${attribute}\``,
    hint: `write \`${usage}\``,
  });
  return undefined;
}
