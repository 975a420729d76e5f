/**
 * RST inline markup in a title → Markdown: ``` ``neuron-rtd`` ``` → `` `neuron-rtd` ``, `*Apache MXNet 1.5*` stays
 * emphasis. Titles in the facts about the original docs are raw heading text.
 */
export function rstInlineToMarkdown(title: string): string {
  return title.replace(/``(.+?)``/g, '`$1`');
}
