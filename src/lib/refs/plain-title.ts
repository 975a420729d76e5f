import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast } from 'satteri';

// Characters that can start inline Markdown; a title without any is already plain (most are: parse only those).
const MARKUP = /[`*_[\]\\<&!]/;

/**
 * The plain text of a heading or title written in inline Markdown: what Sphinx shows as a `:ref:` link text.
 * `` Use `neuron-rtd` `` → `Use neuron-rtd`; code spans stay literal (`` `__init__` `` → `__init__`).
 */
export function plainTitle(markup: string): string {
  const text = MARKUP.test(markup)
    ? toString(markdownToMdast(markup, { features: { gfm: false, frontmatter: false }, position: false }) as Root)
    : markup;
  return text.replace(/\s+/g, ' ').trim();
}
