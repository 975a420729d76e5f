import { transformerStyleToClass } from '@shikijs/transformers';

/**
 * Shiki colours code with inline `style` attributes, which a Content Security Policy without `'unsafe-inline'`
 * forbids. This transformer turns each distinct style into a class and collects their CSS, which the build writes
 * to `CODE_COLORS_PATH` (and the dev server serves there), linked from every page.
 */
export const codeColors = transformerStyleToClass({ classPrefix: 'code-' });

/** Where the collected code colours are served. */
export const CODE_COLORS_PATH = '/code-colors.css';
