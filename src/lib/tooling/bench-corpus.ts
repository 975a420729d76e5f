/**
 * One page of the benchmark corpus: a copy of a real page whose labels (and the references to them) get a
 * per-copy suffix, and whose pageId is made unique, so the copy builds beside the original like a new page.
 */
export function corpusPage(source: string, copy: number, labels: readonly string[]): string {
  const rename = new Set(labels);
  return source
    .replace(/^pageId: (.+)$/m, `pageId: $1-copy-${copy}`)
    .replace(
      /^labels: \[([^\]]*)\]$/m,
      (_, list: string) =>
        `labels: [${list
          .split(',')
          .map((l) => `${l.trim()}-${copy}`)
          .join(', ')}]`,
    )
    .replace(/(::label\{name="|:ref(?:\[[^\]]*\])?\{to=")([^"]+)"/g, (whole, head: string, label: string) =>
      rename.has(label) ? `${head}${label}-${copy}"` : whole,
    );
}
