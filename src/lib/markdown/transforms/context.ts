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
  /** Pages its `:doc` references name by slug (their titles and URLs are printed on the page). */
  docs: Set<string>;
  /** APIs its `:api` references name, as `<kind>|<name>` (where each leads is printed on the page). */
  apis: Set<string>;
  /** HTML fragments it shows (`::html`). */
  html: Set<string>;
}

/** Empty dependencies. */
export const noDependencies = (): PageDependencies => ({
  partials: new Set(),
  tables: new Set(),
  labels: new Set(),
  docs: new Set(),
  apis: new Set(),
  html: new Set(),
});

/** Client scripts a page may need; the page loads one only when it uses what the script enhances. */
export type ClientScript = 'tabs';

/**
 * A partial or a table expanded once and shown on many pages: its nodes, and what expanding it found (nested
 * partials and tables, labels, problems), which each page that shows it takes on.
 */
export interface ExpandedFragment {
  nodes: RootContent[];
  partials: string[];
  tables: string[];
  html: string[];
  labels: string[];
  problems: Problem[];
  /** Style classes the fragment uses (table column widths): class name → CSS declarations. */
  styles: [string, string][];
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
  /**
   * Classes the page uses in place of inline styles, which the site's CSP forbids (code colours, math spacing,
   * table column widths): class name → CSS declarations. The build writes them all to one stylesheet.
   */
  styles: Map<string, string>;
  /** Client scripts the page needs (tabs). */
  scripts: Set<ClientScript>;
  /** `:api` targets found nowhere (rendered as code, as Sphinx does): listed in the build's summary. */
  unresolvedApis: Set<string>;
  /** Whether a file exists (images, downloads, HTML fragments), asked once per file by a renderer. */
  exists: (file: string) => boolean;
}
