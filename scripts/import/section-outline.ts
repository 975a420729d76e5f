/**
 * A document's sections as Sphinx's table of contents holds them (`TocTreeCollector.build_toc`): each section with
 * its title and subsections, and, where they stand, the toctrees of the page, which a toctree listing the page
 * expands there. Each section has the id the site gives its heading, so that a link from another page lands on
 * it: the renderer's rule (`headingId`), applied to the page's headings in document order after its labels' ids.
 */
import { createIdAllocator, headingId, toSphinxId } from '../../src/lib/refs/sphinx-id.ts';
import { attrList, children, directiveParts, isElement, textOf, type DElement } from './doctree.ts';
import type { LabelRegistry } from './labels.ts';

export type OutlineItem =
  | {
      readonly kind: 'section';
      readonly node: DElement;
      /** The title as plain text (Sphinx's toc shows its text, without links). */
      readonly title: string;
      readonly items: readonly OutlineItem[];
    }
  | { readonly kind: 'toctree'; readonly node: DElement };

const titleText = (section: DElement) => {
  const title = children(section).find((child) => isElement(child) && child.t === 'title');
  return title ? textOf(title).replace(/\s+/g, ' ').trim() : '';
};

/** The outline of the nodes of a section (or of the document): its sections and the toctrees outside them. */
export function outline(nodes: readonly DElement[]): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const node of nodes) {
    if (node.t === 'section') {
      items.push({ kind: 'section', node, title: titleText(node), items: outline(children(node).filter(isElement)) });
    } else if (node.t === 'directive' && directiveParts(node).name === 'toctree') items.push({ kind: 'toctree', node });
    else items.push(...outline(children(node).filter(isElement)));
  }
  return items;
}

/**
 * The ids the site gives the headings of a document: every section but the page title (the first top-level
 * section, which is the page's `title`), in document order, once the ids of the labels the page defines are
 * taken. (The renderer takes its API entries' ids too; the ids Sphinx gives them, dotted Python names, `c.…`,
 * `_CPPv4…`, seldom equal a heading's.)
 */
export function sectionAnchors(docname: string, tree: DElement, labels: LabelRegistry): ReadonlyMap<DElement, string> {
  const own = (node: DElement) => attrList(node, 'labels').filter((label) => labels.wins(label, docname));
  const taken: string[] = [];
  const sections: DElement[] = [];
  const visit = (node: DElement) => {
    taken.push(...own(node));
    if (node.t === 'section') sections.push(node);
    for (const child of children(node)) if (isElement(child)) visit(child);
  };
  visit(tree);
  const title = children(tree).find((child): child is DElement => isElement(child) && child.t === 'section');
  const allocate = createIdAllocator(taken.map(toSphinxId));
  const anchors = new Map<DElement, string>();
  for (const section of sections) {
    if (section !== title) anchors.set(section, headingId(own(section), titleText(section), allocate));
  }
  return anchors;
}
