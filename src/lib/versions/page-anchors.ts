import { scanLabels } from '../refs/scan-labels.ts';
import { toSphinxId } from '../refs/sphinx-id.ts';

/** What a page's anchors are made of. */
export interface AnchorSources {
  /** Frontmatter `labels`: anchors on the page title. */
  labels: readonly string[];
  /** The page's Markdown body: its `::label` lines give section anchors. */
  body: string;
  /** The ids the build gave the page's headings (Astro's `headings[].slug`, i.e. the Sphinx-form ids). */
  headingIds: readonly string[];
}

/**
 * Every anchor (`id`) a page has: heading ids as rendered, plus the Sphinx-form id of each title and section
 * label — the same three sources the layout and the headings transform turn into ids.
 */
export function pageAnchors({ labels, body, headingIds }: AnchorSources): Set<string> {
  const anchors = new Set(headingIds);
  for (const label of labels) anchors.add(toSphinxId(label));
  for (const definition of scanLabels(body)) if (definition.anchor) anchors.add(definition.anchor);
  anchors.delete('');
  return anchors;
}

/**
 * The anchors two pages share, sorted: a `#section` that can be kept when switching from one to the other. Only
 * these go into the page (on each version link), so the menu stays small.
 */
export function sharedAnchors(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((id) => b.has(id)).sort();
}
