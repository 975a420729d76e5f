/**
 * Directive options the importer does not know stop the import, so none is dropped unnoticed. Options that
 * only style the original theme (`:class:`, sphinx-design's `:class-*:`, `:gutter:`, `:animate:`…) are
 * accepted and left out: the site has its own styles.
 */
import { directiveParts, type DElement } from '../doctree.ts';
import type { Page } from './page.ts';

const PRESENTATIONAL =
  /^(class|class-.+|gutter|margin|padding|animate|color|icon|shadow|text-align|align|width|img-.+|chevron|sd-.+|outline|reverse|columns|child-.+|backlinks|nosignatures|container|flex)$/;

export function expectOptions(node: DElement, page: Page, known: readonly string[]): void {
  const parts = directiveParts(node);
  for (const option of Object.keys(parts.options)) {
    if (known.includes(option) || PRESENTATIONAL.test(option)) continue;
    page.fail(
      node,
      `option :${option}: of directive "${parts.name}"`,
      'the importer does not convert it',
      `support it in scripts/import/convert/ (known: ${known.join(', ') || 'none'})`,
    );
  }
}
