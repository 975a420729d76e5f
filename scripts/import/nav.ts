/**
 * `nav.yaml` from the toctrees, as Sphinx's global toctree nests them: from the root document, each toctree's
 * caption over its entries, each page with its own toctrees' entries below it. Only the root document's captions
 * show: Sphinx's `TocTree.resolve` writes the caption of the toctree it resolves, and splices the entries of the
 * toctrees below it in without theirs. A page reached a second time is listed again without its entries (they are
 * listed at its first place), which also ends cycles.
 */
import type { NavEntry } from '../../src/lib/navigation/nav-schema.ts';
import type { Toctree } from './toctree.ts';

export function buildNav(
  rootDoc: string,
  toctreesOf: (docname: string) => readonly Toctree[],
  slugOf: (docname: string) => string = (docname) => docname,
): NavEntry[] {
  const expanded = new Set<string>([rootDoc]);
  const entriesOf = (docname: string): NavEntry[] => {
    const out: NavEntry[] = [];
    for (const toctree of toctreesOf(docname)) {
      const items: NavEntry[] = toctree.entries.map((entry) => {
        if (entry.kind === 'url') return { url: entry.url, label: entry.title ?? entry.url };
        const page = entry.kind === 'self' ? docname : entry.docname;
        const label = entry.title ? { label: entry.title } : {};
        if (entry.kind === 'self' || expanded.has(page)) return { page: slugOf(page), ...label };
        expanded.add(page);
        const children = entriesOf(page);
        return { page: slugOf(page), ...label, ...(children.length ? { items: children } : {}) };
      });
      if (toctree.caption && docname === rootDoc) out.push({ caption: toctree.caption, items });
      else out.push(...items);
    }
    return out;
  };
  return entriesOf(rootDoc);
}
