import type { ApiDuplicate } from './api-index.ts';

/** A page and the `:api` targets it could not resolve. */
export interface PageApis {
  /** The page as shown to authors. */
  file: string;
  unresolvedApis: readonly string[];
}

/**
 * The build's account of `:api` references that resolve nowhere (not an entry of their version, not covered by
 * `external-apis.yaml`): they render as code, as Sphinx renders them, without failing the build — Sphinx does not
 * warn about them either — but an author should see them. `summary` is one line (`undefined` when there are
 * none), the most referenced names first; `details` lists every name with the pages that use it.
 */
export function unresolvedApiReport(pages: readonly PageApis[]): { summary: string | undefined; details: string[] } {
  const byName = new Map<string, string[]>();
  for (const page of pages)
    for (const name of page.unresolvedApis) byName.set(name, [...(byName.get(name) ?? []), page.file]);
  if (byName.size === 0) return { summary: undefined, details: [] };
  const ranked = [...byName].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  const shown = ranked.slice(0, 5).map(([name, files]) => `${name} (${files.length})`);
  const more = ranked.length > shown.length ? `, and ${ranked.length - shown.length} more` : '';
  const pageCount = new Set(ranked.flatMap(([, files]) => files)).size;
  return {
    summary:
      `api: ${ranked.length === 1 ? '1 name' : `${ranked.length} names`} on ${pageCount === 1 ? '1 page' : `${pageCount} pages`} ` +
      `${ranked.length === 1 ? 'resolves' : 'resolve'} to no entry or external project and show${ranked.length === 1 ? 's' : ''} as code: ` +
      `${shown.join(', ')}${more} ` +
      '(run with --verbose for every page)',
    details: ranked.map(([name, files]) => `api: ${name} unresolved on ${files.join(', ')}`),
  };
}

/**
 * The build's account of API entries defined more than once in a version. Sphinx warned ("duplicate object
 * description") and kept the one it read last; so does the site, without failing the build, since the original
 * sources have such entries. An author should still see them: one warning line, then each name with its places.
 */
export function duplicateApiReport(duplicates: readonly ApiDuplicate[]): {
  summary: string | undefined;
  details: string[];
} {
  if (duplicates.length === 0) return { summary: undefined, details: [] };
  const names = duplicates.map(({ name }) => name);
  const shown = names.slice(0, 5).join(', ');
  const more = names.length > 5 ? `, and ${names.length - 5} more` : '';
  return {
    summary:
      `api: ${names.length === 1 ? '1 entry is' : `${names.length} entries are`} defined more than once in a version; ` +
      `:api resolves to the one read last, as in Sphinx: ${shown}${more} ` +
      '(run with --verbose for every place; document each API once, or link to it with :api{to="…"})',
    details: duplicates.map(
      ({ name, version, kept, others }) =>
        `api: "${name}" (${version}) is defined at ${[...others, kept].join(', ')}; :api leads to ${kept}`,
    ),
  };
}
