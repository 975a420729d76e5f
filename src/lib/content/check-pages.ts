import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { Problem } from '../diagnostics/problem.ts';
import { formatDataPath } from '../diagnostics/yaml-data.ts';
import { frontmatterSchema, type Frontmatter } from './frontmatter-schema.ts';
import { displayPath } from './paths.ts';

/** A page whose frontmatter is valid. */
export interface CheckedPage {
  file: string;
  frontmatter: Frontmatter;
}

/**
 * Validates a page's frontmatter, with the line of each problem, before Astro renders anything — Astro's own
 * check names the entry but not the line, and stops at the first page.
 */
export function checkFrontmatter(file: string): { page?: CheckedPage; problems: Problem[] } {
  const shown = displayPath(file);
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) {
    return { problems: [{ code: 'invalid-frontmatter', file: shown, line: 1, message: 'has no frontmatter', hint: 'start the page with a `---` block holding at least title, description and pageId' }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter: counter });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1; // +1: the opening `---`
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((error) => ({ code: 'invalid-frontmatter', file: shown, line: lineAt(error.pos[0]), message: `frontmatter is not valid YAML: ${error.message.split('\n')[0]}`, hint: 'fix the YAML syntax' })) };
  }
  const parsed = frontmatterSchema.safeParse(doc.toJS());
  if (parsed.success) return { page: { file, frontmatter: parsed.data }, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path as PropertyKey[];
      let node = doc.getIn(path as unknown[], true) as { range?: [number] } | undefined;
      for (let depth = path.length - 1; !node?.range && depth >= 0; depth -= 1) node = doc.getIn(path.slice(0, depth) as unknown[], true) as typeof node;
      const value = doc.getIn(path as unknown[]);
      return {
        code: 'invalid-frontmatter',
        file: shown,
        line: node?.range ? lineAt(node.range[0]) : 2,
        message: `frontmatter ${formatDataPath(path) || '(top level)'}:${value === undefined || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`} ${issue.message}`,
        hint: 'see “Frontmatter” in CONTRIBUTING.md',
      };
    }),
  };
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
    return [{ code: 'invalid-frontmatter' as const, file: displayPath(file), line: 2, message: `pageId "${frontmatter.pageId}" is already used by ${first}`, hint: 'a pageId names one page per version; give this page its own' }];
  });
}
