/**
 * `raw:: html` → `::html{src="<hash>"}`, the HTML kept as written in `content/data/<version>/html/<hash>.html`
 * (the site sanitises it when it renders it). What the site will not run or show (scripts, styles, forms,
 * event handlers) is listed in the loss report.
 */
import { attr, type DElement } from '../doctree.ts';
import { contentHash } from '../assets.ts';
import { leaf, type Block } from '../mdx.ts';
import { textContent } from './inline.ts';
import type { Page } from './page.ts';

const INERT = /<(script|style|iframe|form|input|select|button|object|embed)\b|\son[a-z]+\s*=/i;

export function htmlSnippet(html: string, node: DElement, page: Page): Block[] {
  const trimmed = html.trim();
  if (trimmed === '') return [];
  const hash = contentHash(trimmed);
  page.version.html.add(hash, `${trimmed}\n`);
  const inert = INERT.exec(trimmed);
  if (inert) {
    page.loss(
      node,
      'raw-html',
      'the HTML without what the site does not run (scripts, styles, forms, event handlers)',
      `contains ${inert[0].trim()}`,
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
