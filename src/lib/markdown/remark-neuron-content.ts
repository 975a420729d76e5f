import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { displayPath, locatePage } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { getRegistry } from '../refs/registry.ts';
import type { TransformContext } from './transforms/context.ts';
import { applyDirectives } from './transforms/directives.ts';
import { applyHeadings } from './transforms/headings.ts';
import { expandIncludes } from './transforms/includes.ts';
import { expandTables } from './transforms/tables.ts';

/** Options of the content transform. */
export interface RemarkNeuronContentOptions {
  /** Receives the problems of each page (the integration collects them, or throws in the dev server). */
  report: (problems: Problem[], pageFile: string) => void;
}

/**
 * The remark plugin behind every page: includes partials, generates tables from data, anchors labels and
 * headings in Sphinx's id form, resolves references and renders admonitions. Runs after remark-directive.
 */
export function remarkNeuronContent(options: RemarkNeuronContentOptions) {
  return (tree: Root, file: VFile): void => {
    const location = locatePage(file.path);
    if (!location) return; // not a page of a version (nothing else goes through Markdown today)
    const frontmatter = (file.data as { astro?: { frontmatter?: { labels?: unknown } } }).astro?.frontmatter;
    const labels = Array.isArray(frontmatter?.labels) ? frontmatter.labels.filter((l) => typeof l === 'string') : [];
    const context: TransformContext = {
      pageFile: displayPath(file.path),
      source: String(file.value),
      version: location.version,
      registry: getRegistry(location.version),
      pageLabels: labels,
      problems: [],
    };
    expandIncludes(tree, context);
    expandTables(tree, context);
    applyHeadings(tree, context);
    applyDirectives(tree, context);
    options.report(context.problems, context.pageFile);
  };
}
