/**
 * The plain text of a heading or title written in Markdown (or with raw RST inline markup, as in the historical
 * refs data): what Sphinx shows as a `:ref:` link text. `` Use ``neuron-rtd`` `` → `Use neuron-rtd`.
 */
export function plainTitle(markup: string): string {
  return markup
    .replace(/`+([^`]+?)`+/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
