/**
 * Where each document is published on the site. A page's URL is its folder's when it is an `index`
 * (src/lib/content/paths.ts `pageUrl`), so a release that has both `a/b` and `a/b/index` — two addresses for
 * Sphinx, `a/b.html` and `a/b/index.html` — would put both at `/<version>/a/b/`. The document `a/b` keeps that
 * address (it is the one toctrees and references name as the section); `a/b/index` moves to `a/b/index-page`.
 * Its old address still leads to it: legacy redirects are made from document names.
 */
export const MOVED_INDEX = 'index-page';

export function pageSlugs(docnames: Iterable<string>): Map<string, string> {
  const all = new Set(docnames);
  const slugs = new Map<string, string>();
  for (const docname of all) {
    const folder = docname.endsWith('/index') ? docname.slice(0, -'/index'.length) : undefined;
    if (folder === undefined || !all.has(folder)) {
      slugs.set(docname, docname);
      continue;
    }
    const moved = `${folder}/${MOVED_INDEX}`;
    if (all.has(moved)) throw new Error(`${docname}: both ${folder} and ${moved} exist; choose another slug in scripts/import/slugs.ts`);
    slugs.set(docname, moved);
  }
  return slugs;
}
