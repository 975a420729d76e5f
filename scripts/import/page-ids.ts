/**
 * A page's identity across releases (frontmatter `pageId`): the first name its file had, found by following the
 * renames of its history back (newest first), in kebab case. Every release's history holds the renames before
 * it, so each release derives the same id for the same page on its own: `general/sdk-policy` (v2.3.0) and
 * `about-neuron/sdk-policy` (latest) both go back to `neuron-intro/maintenance-policy`.
 */
import { createHash } from 'node:crypto';

export const kebab = (value: string): string =>
  value
    .toLowerCase()
    .replace(/\+/g, 'p')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The file a path was first committed as, following `renames` (`[old, new]`, newest first). */
export function firstName(path: string, renames: readonly (readonly [string, string])[]): string {
  let current = path;
  for (const [from, to] of renames) if (to === current) current = from;
  return current;
}

const stem = (path: string) => path.replace(/\.[^./]+$/, '');

/**
 * pageId of every document (`docname` → id). Two documents whose first names are written the same in kebab case
 * (`a/b_c`, `a/b-c`) keep them apart with a hash of the first name, which is the same in every release.
 */
export function pageIds(
  docs: readonly { docname: string; path: string }[],
  renames: readonly (readonly [string, string])[],
): Map<string, string> {
  const roots = docs.map((doc) => ({ docname: doc.docname, root: stem(firstName(doc.path, renames)) }));
  const byId = new Map<string, string[]>();
  for (const { root } of roots) {
    const id = kebab(root) || 'page';
    const list = byId.get(id) ?? [];
    if (!list.includes(root)) list.push(root);
    byId.set(id, list);
  }
  return new Map(
    roots.map(({ docname, root }) => {
      const id = kebab(root) || 'page';
      const clash = (byId.get(id)?.length ?? 0) > 1;
      return [docname, clash ? `${id}-${createHash('sha256').update(root).digest('hex').slice(0, 6)}` : id];
    }),
  );
}
