import { readingOrder, type NavNode } from '../navigation/nav-tree.ts';

/**
 * Each page's Markdown twin is published beside its HTML, at the page's URL with `.md` for its trailing slash
 * (`/latest/a/b/` → `/latest/a/b.md`; a version's home `/latest/` → `/latest/index.md`), as llmstxt.org proposes.
 */
export function twinUrl(url: string): string {
  const path = url.replace(/\/$/, '');
  return /^\/[^/]+$/.test(path) ? `${path}/index.md` : `${path}.md`;
}

/** A version's `llms-full.txt`: its title and summary, then every page's twin, in the order given. */
export function llmsFull(title: string, summary: string, twins: readonly string[]): string {
  return [`# ${title}`, '', `> ${summary}`, '', ...twins.map((twin) => `${twin.trimEnd()}\n`)].join('\n');
}

/** Page URLs in the order of the version's tree, then the pages the tree does not reach, by URL. */
export function readingList(tree: readonly NavNode[], urls: readonly string[]): string[] {
  const known = new Set(urls);
  const ordered = readingOrder(tree).flatMap((node) => (node.href && known.has(node.href) ? [node.href] : []));
  const listed = new Set(ordered);
  return [...ordered, ...urls.filter((url) => !listed.has(url)).sort()];
}
