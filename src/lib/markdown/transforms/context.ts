import type { Problem } from '../../diagnostics/problem.ts';
import type { RefRegistry } from '../../refs/registry.ts';

/** What every transform of one page needs: where it is, its version's registry, and where problems go. */
export interface TransformContext {
  /** The page file as shown to authors. */
  pageFile: string;
  /** The page source, to give unknown text directives back their exact text. */
  source: string;
  version: string;
  registry: RefRegistry;
  /** Labels on the page title (frontmatter), whose anchors the layout renders. */
  pageLabels: readonly string[];
  problems: Problem[];
}
