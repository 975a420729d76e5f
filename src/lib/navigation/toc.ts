/** A heading as Astro collects it from a rendered page. */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

/** One entry of the on-page table of contents, with the entries nested under it. */
export interface TocItem extends HeadingInfo {
  children: TocItem[];
}

/**
 * The on-page table of contents: headings from `##` down to `depth` levels below the page title (RST
 * `.. contents:: :depth:`), nested by level. A heading that skips a level nests under the nearest shallower one.
 */
export function buildToc(headings: readonly HeadingInfo[], depth: number): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > depth + 1) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= item.depth) stack.pop();
    (stack.at(-1)?.children ?? root).push(item);
    stack.push(item);
  }
  return root;
}
