import type { RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import {
  directivePrefix,
  invalidAttribute,
  positiveInteger,
  requireAttribute,
  splitLabel,
} from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';
import { checkPublicFile } from './xrefs.ts';

/**
 * The `<img>` of `::image` and `:::figure`: its size is given (`width`, `height`, in pixels) so the page does not
 * shift while it loads, it loads lazily, and it has a text alternative — `alt=""` only for a decorative image.
 */
function imageElement(
  node: LeafDirective | ContainerDirective | TextDirective,
  context: TransformContext,
  className: string[] = [],
): RootContent | undefined {
  const prefix = directivePrefix(node);
  const usage = `${prefix}${node.name}{src="/images/diagram.png" alt="What it shows" width="640" height="480"}`;
  const src = requireAttribute(node, 'src', usage, context);
  const alt = node.attributes?.['alt'];
  if (alt === undefined || alt === null) {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: `\`${prefix}${node.name}\` has no \`alt\``,
      hint: `say what the image shows: \`${usage}\`; write \`alt=""\` only for a decorative image`,
    });
  }
  const size = (attribute: 'width' | 'height') => {
    const value = requireAttribute(node, attribute, usage, context);
    if (value === undefined) return undefined;
    const pixels = positiveInteger(value);
    if (pixels === undefined)
      invalidAttribute(node, attribute, value, { rule: 'give the size in pixels, a whole number: `640`' }, context);
    return pixels;
  };
  const width = size('width');
  const height = size('height');
  if (src === undefined) return undefined;
  checkPublicFile(node, src, 'src', context);
  const img = element('img', [], {
    src,
    alt: alt ?? '',
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
    loading: 'lazy',
    decoding: 'async',
    ...(className.length > 0 ? { className } : {}),
  });
  const href = node.attributes?.['href'];
  return href ? element('a', [img], { href }) : img;
}

/** An image (`::image{src alt width height href?}`, RST `image`), as a block. */
export function imageBlock(node: LeafDirective, context: TransformContext): RootContent[] {
  const img = imageElement(node, context);
  return img ? [element('p', [img], { className: ['image'] })] : [];
}

/** A figure (`:::figure{src alt width height href?}`, RST `figure`): the image with its body as the caption. */
export function figureBlock(node: ContainerDirective, context: TransformContext): RootContent[] {
  const img = imageElement(node, context);
  const { body } = splitLabel(node);
  if (!img) return [];
  const caption = body.length > 0 ? [element('figcaption', body)] : [];
  return [element('figure', [img, ...caption], { className: ['figure'] })];
}

/**
 * An image in a line of text (`:image{src alt width height href?}`, RST's `|name|` substitution defined with
 * `image`): the same `<img>`, sized so the line does not shift while it loads, aligned with the text.
 */
export function inlineImage(node: TextDirective, context: TransformContext): RootContent {
  return imageElement(node, context, ['inline-image']) ?? { type: 'text', value: '' };
}
