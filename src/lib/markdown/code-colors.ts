import { createHash } from 'node:crypto';
import { transformerStyleToClass } from '@shikijs/transformers';

/**
 * Shiki colours code with inline `style` attributes, which a Content Security Policy without `'unsafe-inline'`
 * forbids. This transformer turns each distinct style into a class (named by a hash of the style, so every
 * renderer names it alike); each rendered page records the classes it uses, and the build writes the CSS of all
 * of them to `CODE_COLORS_PATH` (the dev server serves it there), linked from every page.
 */
export function createCodeColors() {
  return transformerStyleToClass({ classPrefix: 'code-' });
}

/**
 * The class that stands for `css` (declarations) in place of an inline style, which the CSP forbids: `prefix`
 * and a hash of the declarations, so every page names it alike; recorded in `styles` for the stylesheet.
 */
export function styleClass(prefix: string, css: string, styles: Map<string, string>): string {
  const className = `${prefix}${createHash('sha256').update(css).digest('hex').slice(0, 8)}`;
  styles.set(className, css);
  return className;
}

/** The CSS of code colour classes (class name → declarations), in a stable order. */
export function codeColorsCss(styles: ReadonlyMap<string, string>): string {
  return [...styles]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, style]) => `.${name}{${style}}`)
    .join('');
}

/** Where the collected code colours are served. */
export const CODE_COLORS_PATH = '/code-colors.css';
