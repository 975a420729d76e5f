/**
 * A version's `llms.txt` (llmstxt.org): its title, a summary, then its pages as Markdown links with their
 * descriptions, grouped by the navigation's top-level sections in reading order; pages the navigation does not
 * reach are listed last, so a language model finds every page.
 */
import { readingOrder, type NavNode } from '../navigation/nav-tree.ts';

/** What a version's `llms.txt` and `llms-full.txt` are called. */
export const llmsTitle = (label: string): string => `AWS Neuron SDK documentation (${label})`;

/** What a version's `llms.txt` and `llms-full.txt` say it is. */
export const llmsSummary = (label: string): string =>
  `The documentation of the AWS Neuron SDK, version ${label}: setup, frameworks, compiler, runtime, tools, NKI and release notes for AWS Inferentia and Trainium.`;

/** A page as the index lists it. */
export interface LlmsPage {
  url: string;
  title: string;
  description: string;
}

/** What the index is made of: the version's title and summary, its navigation tree and its pages by URL. */
export interface LlmsIndex {
  title: string;
  summary: string;
  tree: readonly NavNode[];
  pages: ReadonlyMap<string, LlmsPage>;
  /** Site path → absolute URL. */
  absolute: (path: string) => string;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const linkText = (text: string) => oneLine(text).replace(/([[\]\\])/g, '\\$1');

/** The index as Markdown. */
export function llmsTxt({ title, summary, tree, pages, absolute }: LlmsIndex): string {
  const listed = new Set<string>();
  const line = (page: LlmsPage) =>
    `- [${linkText(page.title)}](${absolute(page.url)})${page.description ? `: ${oneLine(page.description)}` : ''}`;
  const section = (heading: string, nodes: readonly NavNode[]) => {
    const lines = readingOrder(nodes).flatMap((node) => {
      const page = node.href === undefined ? undefined : pages.get(node.href);
      if (!page || listed.has(page.url)) return [];
      listed.add(page.url);
      return [line(page)];
    });
    return lines.length > 0 ? [`## ${heading}`, '', ...lines, ''] : [];
  };
  // Top-level captions are sections; the entries before the first caption are the documentation's start.
  const groups: { heading: string; nodes: NavNode[] }[] = [];
  for (const node of tree) {
    if (node.caption) groups.push({ heading: node.label, nodes: node.children });
    else if (groups.length === 0 || groups.at(-1)!.heading !== 'Start')
      groups.push({ heading: 'Start', nodes: [node] });
    else groups.at(-1)!.nodes.push(node);
  }
  const body = groups.flatMap((group) => section(group.heading, group.nodes));
  const others = [...pages.values()]
    .filter((page) => !listed.has(page.url))
    .sort((a, b) => a.url.localeCompare(b.url))
    .map(line);
  return [
    `# ${oneLine(title)}`,
    '',
    `> ${oneLine(summary)}`,
    '',
    ...body,
    ...(others.length > 0 ? ['## Other pages', '', ...others, ''] : []),
  ].join('\n');
}
