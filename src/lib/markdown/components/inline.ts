import type { RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { invalidAttribute, requireAttribute } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';
import { refNode } from '../transforms/directives.ts';
import { ICONS, iconSvg, isIconName } from './icons.ts';

/** `:sup[x]` and `:sub[x]`: superscript and subscript (RST `:sup:`, `:sub:`). */
export function scriptNode(node: TextDirective, context: TransformContext): RootContent {
  if (node.children.length === 0) {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: `\`:${node.name}\` has no text`,
      hint: `write the text in brackets: \`:${node.name}[2]\``,
    });
  }
  return element(node.name, node.children);
}

/** sphinx-design's badge colours (`:bdg-info:`), each also as an outline (`info-line`, `:bdg-info-line:`). */
export const BADGE_VARIANTS = [
  'primary',
  'secondary',
  'success',
  'info',
  'warning',
  'danger',
  'light',
  'muted',
  'dark',
  'white',
  'black',
].flatMap((colour) => [colour, `${colour}-line`]);

/**
 * A badge (`:badge[text]{variant="info"}`): a short label in a colour; with `to`, a link to a label
 * (`:bdg-ref-primary:`), resolved like `:ref`.
 */
export function badgeNode(node: TextDirective, context: TransformContext): RootContent {
  const usage = ':badge[text]{variant="info"}';
  let variant = requireAttribute(node, 'variant', usage, context) ?? 'secondary';
  if (!BADGE_VARIANTS.includes(variant)) {
    invalidAttribute(node, 'variant', variant, { allowed: BADGE_VARIANTS }, context);
    variant = 'secondary';
  }
  if (node.children.length === 0) {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: '`:badge` has no text',
      hint: `write the text in brackets: \`${usage}\``,
    });
  }
  const className = ['badge', `badge-${variant}`];
  if (node.attributes?.['to'] !== undefined)
    return refNode(node, context, className, ':badge[text]{variant="primary" to="label"}');
  return element('span', node.children, { className });
}

/**
 * An octicon (`:icon{name="check"}`) as inline SVG. The SVG is hidden from assistive technology; the text
 * alternative is `label` when given, else the icon's own (`check` reads "Yes"); `label=""` marks it decorative.
 */
export function iconNode(node: TextDirective, context: TransformContext): RootContent {
  const name = requireAttribute(node, 'name', ':icon{name="check"}', context);
  if (name === undefined) return { type: 'text', value: '' };
  if (!isIconName(name)) {
    invalidAttribute(node, 'name', name, { allowed: Object.keys(ICONS) }, context);
    return { type: 'text', value: '' };
  }
  const label = node.attributes?.['label'] ?? ICONS[name];
  const svg: RootContent = { type: 'html', value: iconSvg(name) };
  const alternative: RootContent[] = label
    ? [element('span', [{ type: 'text', value: label }], { className: ['sr-only'] })]
    : [];
  return element('span', [svg, ...alternative], { className: ['icon-wrap'] });
}
