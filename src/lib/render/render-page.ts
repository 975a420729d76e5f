import type { Root } from 'hast';
import { htmlToHast } from 'satteri';
import { pageUrl, type ContentPaths } from '../content/paths.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { existsSync } from 'node:fs';
import {
  noDependencies,
  type ClientScript,
  type ExpandedFragment,
  type PageHeading,
  type TransformContext,
} from '../markdown/transforms/context.ts';
import { expandPass } from '../markdown/transforms/expand-pass.ts';
import { resolvePass } from '../markdown/transforms/resolve-pass.ts';
import type { RefRegistry } from '../refs/registry.ts';
import type { TableLoader } from '../tables/load-table.ts';
import { createCodeHighlighter, type HighlightCode } from './highlight.ts';
import { markdownTwin, TWIN_ORIGIN } from './markdown-twin.ts';
import { mdxToHtml } from './satteri-mdx.ts';
import { textSections, type TextSection } from './text-sections.ts';

/** A page to render. */
export interface PageRenderInput {
  /** The page file (absolute). */
  file: string;
  /** The whole file, frontmatter included. */
  source: string;
  version: string;
  /** Labels on the page title (frontmatter `labels`): their ids are taken before headings get theirs. */
  pageLabels: readonly string[];
  /** The page's title and description (frontmatter), which head its Markdown twin. */
  title?: string | undefined;
  description?: string | undefined;
}

/** Everything the site needs of a rendered page, serialisable (it is cached on disk and crosses threads). */
export interface RenderedPage {
  /** The page body as HTML. */
  html: string;
  headings: PageHeading[];
  /** Ids a link can target: headings and labels (the layout adds the title's labels). */
  anchors: string[];
  /** The page's text, section by section, as it reads ("what changed" pages compare these). */
  sections: TextSection[];
  /** The page as Markdown (`markdownTwin`), its links absolute under `TWIN_ORIGIN`. */
  markdown: string;
  /**
   * Classes the page uses in place of inline styles (code colours, math spacing, table column widths): class
   * name → CSS declarations.
   */
  codeStyles: Record<string, string>;
  /** Client scripts the page needs (see `ClientScript`). */
  scripts: ClientScript[];
  /** `:api` targets found nowhere, rendered as code (the build lists them in its summary). */
  unresolvedApis: string[];
  /** Partials, tables, HTML fragments, labels, pages and APIs the page shows (see `PageDependencies`). */
  dependencies: {
    partials: string[];
    tables: string[];
    labels: string[];
    docs: string[];
    apis: string[];
    html: string[];
  };
  problems: Problem[];
}

/** What rendering reads besides the page: the content paths, each version's labels, the table data. */
export interface RenderEnvironment {
  paths: ContentPaths;
  registries: ReadonlyMap<string, RefRegistry>;
  tables: TableLoader;
  /** The code highlighter to share, if there is one already (it loads grammars and themes once). */
  highlight?: HighlightCode | undefined;
}

/** Renders one page. */
export type PageRenderer = (input: PageRenderInput) => Promise<RenderedPage>;

/**
 * Creates a page renderer: MDX (Markdown, directives and comments) → HTML in two passes (`expandPass`, then
 * `resolvePass`) and code highlighting, on Sätteri (see `satteri-mdx.ts`).
 */
export async function createPageRenderer(environment: RenderEnvironment): Promise<PageRenderer> {
  const highlight = environment.highlight ?? (await createCodeHighlighter());
  const fragments = new Map<string, ExpandedFragment>();
  const files = new Map<string, boolean>();
  const exists = (file: string) => {
    let found = files.get(file);
    if (found === undefined) files.set(file, (found = existsSync(file)));
    return found;
  };
  return async (input) => {
    const registry = environment.registries.get(input.version);
    if (!registry) throw new Error(`${input.file}: no label registry for version "${input.version}"`);
    // The frontmatter is blanked, not cut, so the parser's lines are the file's lines.
    const { body } = splitFrontmatter(input.source);
    const context: TransformContext = {
      pageFile: environment.paths.displayPath(input.file),
      source: body,
      version: input.version,
      paths: environment.paths,
      registry,
      tables: environment.tables,
      pageLabels: input.pageLabels,
      problems: [],
      dependencies: noDependencies(),
      fragments,
      labels: new Set(),
      headings: [],
      anchors: [],
      styles: new Map(),
      scripts: new Set(),
      unresolvedApis: new Set(),
      exists,
    };
    const html = await mdxToHtml(body, { mdast: [expandPass(context), resolvePass(context, highlight)], hast: [] }, {});
    const sorted = (set: Set<string>) => [...set].sort();
    const tree = htmlToHast(html, { fragment: true }) as Root;
    const location = environment.paths.locatePage(input.file);
    const url = new URL(location ? pageUrl(location.version, location.slug) : '/', TWIN_ORIGIN).href;
    const sections = textSections(tree);
    return {
      html,
      headings: context.headings,
      anchors: context.anchors,
      sections,
      // last: it changes the tree
      markdown: markdownTwin(tree, { title: input.title ?? '', description: input.description ?? '', url }),
      codeStyles: Object.fromEntries(context.styles),
      scripts: [...context.scripts].sort(),
      unresolvedApis: sorted(context.unresolvedApis),
      dependencies: {
        partials: sorted(context.dependencies.partials),
        tables: sorted(context.dependencies.tables),
        labels: sorted(context.dependencies.labels),
        docs: sorted(context.dependencies.docs),
        apis: sorted(context.dependencies.apis),
        html: sorted(context.dependencies.html),
      },
      problems: context.problems,
    };
  };
}
