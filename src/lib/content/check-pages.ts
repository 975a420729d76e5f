import type { Problem } from '../diagnostics/problem.ts';
import { validateYaml } from '../diagnostics/yaml-data.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** A page whose frontmatter is valid. */
export interface CheckedPage {
  /** The file as shown to authors. */
  file: string;
  frontmatter: Frontmatter;
}

/**
 * Validates a page's frontmatter, with the line of each problem, before anything is rendered — Astro's own
 * check names the entry but not the line, and stops at the first page. `shown` is the file as authors see it.
 */
export function checkFrontmatter(source: string, shown: string): { page?: CheckedPage; problems: Problem[] } {
  const { yaml } = splitFrontmatter(source);
  if (yaml === undefined) {
    const hint = 'start the page with a `---` block holding at least title, description and pageId';
    return { problems: [{ code: 'invalid-frontmatter', file: shown, line: 1, message: 'has no frontmatter', hint }] };
  }
  const result = validateYaml(yaml, frontmatterSchema, {
    file: shown,
    lineOffset: 1, // the opening `---`
    code: 'invalid-frontmatter',
    prefix: 'frontmatter ',
    hint: 'see “Frontmatter” in CONTRIBUTING.md',
  });
  return result.ok ? { page: { file: shown, frontmatter: result.data }, problems: [] } : { problems: result.problems };
}

/** Pages of one version sharing a `pageId`: each after the first is a problem naming the first. */
export function checkPageIds(pages: readonly CheckedPage[]): Problem[] {
  const seen = new Map<string, string>();
  return pages.flatMap(({ file, frontmatter }) => {
    const first = seen.get(frontmatter.pageId);
    if (!first) {
      seen.set(frontmatter.pageId, file);
      return [];
    }
    return [
      {
        code: 'invalid-frontmatter' as const,
        file,
        message: `pageId "${frontmatter.pageId}" is already used by ${first}`,
        hint: 'a pageId names one page per version; give this page its own',
      },
    ];
  });
}
