import { readFileSync } from 'node:fs';
import type { Problem } from '../diagnostics/problem.ts';
import { validateYaml } from '../diagnostics/yaml-data.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import { displayPath } from './paths.ts';

/** A page whose frontmatter is valid. */
export interface CheckedPage {
  file: string;
  frontmatter: Frontmatter;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Validates a page's frontmatter, with the line of each problem, before Astro renders anything — Astro's own
 * check names the entry but not the line, and stops at the first page.
 */
export function checkFrontmatter(file: string): { page?: CheckedPage; problems: Problem[] } {
  const shown = displayPath(file);
  const match = FRONTMATTER.exec(readFileSync(file, 'utf8'));
  if (!match) {
    const hint = 'start the page with a `---` block holding at least title, description and pageId';
    return { problems: [{ code: 'invalid-frontmatter', file: shown, line: 1, message: 'has no frontmatter', hint }] };
  }
  const result = validateYaml(match[1] ?? '', frontmatterSchema, {
    file: shown,
    lineOffset: 1, // the opening `---`
    code: 'invalid-frontmatter',
    prefix: 'frontmatter ',
    hint: 'see “Frontmatter” in CONTRIBUTING.md',
  });
  return result.ok ? { page: { file, frontmatter: result.data }, problems: [] } : { problems: result.problems };
}

/** Pages of one version sharing a `pageId`: each after the first is a problem naming the first. */
export function checkPageIds(pages: readonly CheckedPage[]): Problem[] {
  const seen = new Map<string, string>();
  return pages.flatMap(({ file, frontmatter }) => {
    const first = seen.get(frontmatter.pageId);
    if (!first) {
      seen.set(frontmatter.pageId, displayPath(file));
      return [];
    }
    return [
      {
        code: 'invalid-frontmatter' as const,
        file: displayPath(file),
        message: `pageId "${frontmatter.pageId}" is already used by ${first}`,
        hint: 'a pageId names one page per version; give this page its own',
      },
    ];
  });
}
