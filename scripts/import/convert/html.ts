/**
 * `raw:: html` → `::html{src="<hash>"}`, the HTML kept as written in `content/data/<version>/html/<hash>.html`
 * (the site sanitises it when it renders it). What the site's sanitiser says it takes away from readers (scripts,
 * forms, event handlers, CSS it cannot keep: `cleanHtml`) is listed in the loss report.
 */
import { attr, type DElement } from '../doctree.ts';
import { cleanHtml } from '../../../src/lib/markdown/components/raw-html.ts';
import { contentHash } from '../assets.ts';
import { leaf, type Block } from '../mdx.ts';
import { textContent } from './inline.ts';
import type { Page } from './page.ts';

export function htmlSnippet(html: string, node: DElement, page: Page): Block[] {
  const trimmed = html.trim();
  if (trimmed === '') return [];
  const hash = contentHash(trimmed);
  page.version.html.add(hash, `${trimmed}\n`);
  const { lost } = cleanHtml(trimmed);
  if (lost.length > 0) {
    const shown = lost.slice(0, 3).map((what) => (what.length > 80 ? `${what.slice(0, 77)}…` : what));
    page.loss(
      node,
      'raw-html',
      'the HTML without what the site does not run or keep (scripts, forms, event handlers, some CSS)',
      `drops ${shown.join(', ')}${lost.length > 3 ? ` and ${lost.length - 3} more` : ''}`,
    );
  }
  return [leaf('html', { src: hash })];
}

export function htmlBlock(node: DElement, page: Page): Block[] {
  const formats = attr(node, 'format').split(/\s+/);
  // Sphinx's HTML builder shows only `raw:: html`; other formats (latex…) were not on the original site either.
  if (!formats.includes('html')) return [];
  return htmlSnippet(textContent(node), node, page);
}
