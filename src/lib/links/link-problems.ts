import type { Problem } from '../diagnostics/problem.ts';
import type { BrokenLink } from './check-built-links.ts';

/**
 * Line and column where a source text writes a link to `href` — as a Markdown link, an autolink or an HTML
 * attribute, not merely the same characters in prose or a comment.
 */
export function findInSource(source: string, href: string): { line: number; column: number } | undefined {
  // Each form ends where the link ends, so `/latest/about/` does not match inside `/latest/about/policy/`.
  const forms = [`](${href})`, `](${href} `, `<${href}>`, `href="${href}"`];
  const lines = source.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    for (const form of forms) {
      const column = lines[index]?.indexOf(form) ?? -1;
      if (column >= 0) return { line: index + 1, column: column + 1 + form.indexOf(href) };
    }
  }
  return undefined;
}

/**
 * Turns broken links found in the built HTML into problems at their place in the page source (`pages`: each page's
 * URL, file as shown and source), when the page has a source that writes the link (Markdown links); otherwise
 * (layout links) the built page is named.
 */
export function brokenLinkProblems(
  broken: readonly BrokenLink[],
  pages: readonly { url: string; shown: string; source: string }[],
): Problem[] {
  const pageOfUrl = new Map(pages.map((page) => [page.url, page]));
  return broken.map((link) => {
    const page = pageOfUrl.get(link.page);
    const at = page ? findInSource(page.source, link.href) : undefined;
    return {
      code: 'broken-link',
      file: page ? page.shown : `built page ${link.page}`,
      line: at?.line,
      column: at?.column,
      message: `links to "${link.href}": ${link.reason === 'missing-page' ? 'no such page' : 'no such anchor on that page'}`,
      hint: 'fix the link, or link with :ref{to="label"} so the build resolves it for you',
    };
  });
}
