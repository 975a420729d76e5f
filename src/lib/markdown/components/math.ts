import type { RootContent } from 'mdast';
import type { Node } from 'unist';
import temml from 'temml';
import { styleClass } from '../code-colors.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import type { TransformContext } from '../transforms/context.ts';

const START_TAG = /<([a-z][\w-]*)((?:\s+[\w:-]+="[^"]*")*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([\w:-]+)="([^"]*)"/g;

/**
 * Moves every `style` attribute of generated markup into a class named by a hash of the style, recorded in
 * `styles` (the site's CSP forbids inline styles; the build writes the classes to a stylesheet). For markup this
 * code generates itself (Temml's MathML: double-quoted, escaped attributes), never for authored HTML.
 */
export function stylesToClasses(markup: string, prefix: string, styles: Map<string, string>): string {
  if (!markup.includes(' style="')) return markup;
  return markup.replace(START_TAG, (tag, name: string, attributes: string, end: string) => {
    if (!attributes.includes(' style="')) return tag;
    const parsed = Array.from(attributes.matchAll(ATTRIBUTE), (m) => [m[1] ?? '', m[2] ?? ''] as const);
    const style = parsed.find(([key]) => key === 'style')?.[1] ?? '';
    const className = styleClass(prefix, style.replace(/;\s*$/, ''), styles);
    const classes = [parsed.find(([key]) => key === 'class')?.[1], className].filter(Boolean).join(' ');
    const kept = parsed.filter(([key]) => key !== 'style' && key !== 'class').map(([k, v]) => ` ${k}="${v}"`);
    return `<${name}${kept.join('')} class="${classes}"${end}>`;
  });
}

/**
 * A formula (`$…$` inline, `$$…$$` display) as MathML, made at build time by Temml: no script, no web font, read
 * by screen readers, and its TeX kept as an annotation. TeX that Temml cannot read is a problem (`invalid-math`),
 * shown as the TeX source meanwhile.
 */
export function mathNode(node: Node & { value: string }, display: boolean, context: TransformContext): RootContent {
  try {
    const markup = temml.renderToString(node.value, { displayMode: display, annotate: true, throwOnError: true });
    return { type: 'html', value: stylesToClasses(markup, 'math-', context.styles) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    context.problems.push({
      code: 'invalid-math',
      ...sourceOf(node, context.pageFile),
      message: `the formula "${node.value}" cannot be read: ${reason}`,
      hint: 'write it in the LaTeX that Temml supports (temml.org); a dollar sign that is not math is written `\\$`',
    });
    const code = element('code', [{ type: 'text', value: node.value }], { className: ['math-error'] });
    return display ? element('pre', [code]) : code;
  }
}
