/** A page's frontmatter block: `---`, YAML, `---`, at the very start of the file. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A page source split at the end of its frontmatter. */
export interface SplitSource {
  /** The YAML between the `---` lines, or `undefined` when the page has no frontmatter. */
  yaml: string | undefined;
  /**
   * The body with the frontmatter replaced by as many empty lines, so that a parser's line numbers are the
   * file's line numbers.
   */
  body: string;
}

/** Splits a page source into its frontmatter and its body (see `SplitSource`). */
export function splitFrontmatter(source: string): SplitSource {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: undefined, body: source };
  const lines = match[0].split('\n').length - 1;
  return { yaml: match[1] ?? '', body: '\n'.repeat(lines) + source.slice(match[0].length) };
}
