import type { ContentPaths } from '../../content/paths.ts';
import type { RootContent } from 'mdast';
import type { Problem } from '../../diagnostics/problem.ts';
import type { RefRegistry } from '../../refs/registry.ts';
import type { TableLoader } from '../../tables/load-table.ts';

/** A heading of a page as rendered: its level, its id and its text. */
export interface PageHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * What a page's output depends on besides its own source. A rendered page is reused only while each of these is
 * unchanged (see the render cache).
 */
export interface PageDependencies {
  /** Partials it includes, directly or through other partials. */
  partials: Set<string>;
  /** Data tables it shows. */
  tables: Set<string>;
  /** Labels its references name (their titles and URLs are printed on the page). */
  labels: Set<string>;
}

/**
 * A partial or a table expanded once and shown on many pages: its nodes, and what expanding it found (nested
 * partials and tables, labels, problems), which each page that shows it takes on.
 */
export interface ExpandedFragment {
  nodes: RootContent[];
  partials: string[];
  tables: string[];
  labels: string[];
  problems: Problem[];
}

/** What every transform of one page needs: where it is, its version's data, and where findings go. */
export interface TransformContext {
  /** The page file as shown to authors. */
  pageFile: string;
  /** The text the parser read (the page with its frontmatter blanked): unknown text directives get theirs back. */
  source: string;
  version: string;
  paths: ContentPaths;
  registry: RefRegistry;
  tables: TableLoader;
  /** Labels on the page title (frontmatter), whose anchors the layout renders. */
  pageLabels: readonly string[];
  problems: Problem[];
  dependencies: PageDependencies;
  /** Partials and tables expanded already, by version, name and depth (shared by the pages a renderer renders). */
  fragments: Map<string, ExpandedFragment>;
  /** Every section label of the page (its own and its partials'), found by the first pass: ids taken first. */
  labels: Set<string>;
  /** Filled by the second pass, in document order: the headings, and every id a link can target. */
  headings: PageHeading[];
  anchors: string[];
}
