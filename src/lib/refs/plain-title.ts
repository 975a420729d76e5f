import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

// Characters that can start inline Markdown; a title without any is already plain (most are: parse only those).
const MARKUP = /[`*_[\]\\<&!]/;

/**
 * The plain text of a heading or title written in inline Markdown: what Sphinx shows as a `:ref:` link text.
 * `` Use `neuron-rtd` `` → `Use neuron-rtd`; code spans stay literal (`` `__init__` `` → `__init__`).
 */
export function plainTitle(markup: string): string {
  const text = MARKUP.test(markup) ? toString(fromMarkdown(markup)) : markup;
  return text.replace(/\s+/g, ' ').trim();
}
