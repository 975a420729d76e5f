/**
 * One document → its MDX page: frontmatter (title, description, pageId, labels, relevantFor, toc, date, tags,
 * orphan, search, keywords, meta, posts, source) and body. The first section is the page title; its content starts at
 * `##`; a further top-level section (rare) is a `#` heading, as Sphinx shows it.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { attr, attrList, children, elements, isElement, textOf, type DElement } from '../doctree.ts';
import { renderBlocks, type Block } from '../mdx.ts';
import { convertBlocks, labelBlocks } from './blocks.ts';
import { collapseIncludes } from './includes.ts';
import { Page } from './page.ts';
import type { DocRecord, VersionData } from './version.ts';

export interface ConvertedPage {
  readonly docname: string;
  /** The MDX text with include placeholders (see `Partials.resolve`). */
  readonly mdx: string;
  readonly frontmatter: Record<string, unknown>;
}

/** The title Sphinx gives a document: the text of its first section title (`<no title>` without one). */
export function documentTitle(tree: DElement): string {
  const section = elements(tree).find((child) => child.t === 'section');
  const title = section && elements(section).find((child) => child.t === 'title');
  return title ? textOf(title).replace(/\s+/g, ' ').trim() : '<no title>';
}

/** A description from the first paragraph when the page has no `meta` description (plain text, ≤ 200 chars). */
export function firstParagraph(blocks: readonly DElement[]): string | undefined {
  for (const block of blocks) {
    // a docutils error message (a broken directive) is not on the page: Sphinx removed it
    if (block.t === 'system_message') continue;
    const found = [block, ...walkElements(block)].find((node) => node.t === 'paragraph');
    if (!found) continue;
    const value = textOf(found).replace(/\s+/g, ' ').trim();
    if (value.length < 20) continue;
    if (value.length <= 200) return value;
    const cut = value.slice(0, 200);
    const sentence = cut.lastIndexOf('. ');
    return sentence > 80 ? cut.slice(0, sentence + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
  }
  return undefined;
}

function* walkElements(node: DElement): Generator<DElement> {
  for (const child of children(node)) {
    if (!isElement(child)) continue;
    if (child.t === 'directive' && ['meta', 'toctree', 'contents', 'post'].includes(attr(child, 'name'))) continue;
    yield child;
    yield* walkElements(child);
  }
}

export function convertDocument(doc: DocRecord, version: VersionData, pageId: string): ConvertedPage {
  const page = new Page(version, doc.docname, doc.path, doc.tree);
  const top = children(doc.tree);
  const first = top.findIndex((node) => isElement(node) && node.t === 'section');
  const titleSection = first >= 0 ? (top[first] as DElement) : undefined;
  const body: Block[] = [];
  for (const [index, node] of top.entries()) {
    if (!isElement(node)) continue;
    if (node.t === 'docinfo') {
      // labels before a docinfo (`:nosearch:` after `.. _a:` and `.. meta::`) landed on it: anchors at the top
      body.push(...labelBlocks(node, page));
      docinfo(node, page);
    } else if (index === first) {
      const [, ...rest] = children(node);
      body.push(...convertBlocks(rest, page, 2));
      // another top-level section: Sphinx showed it as a second <h1>; the page has one title, so it is a `##`
    } else if (node.t === 'section') body.push(...convertBlocks([node], page, 2));
    else body.push(...convertBlocks([node], page, 2));
  }
  const mdxBody = renderBlocks(collapseIncludes(body, page));
  const labels = titleSection
    ? attrList(titleSection, 'labels').filter((label) => version.labels.wins(label, doc.docname))
    : [];
  // labels right before the title that Sphinx attached to it
  void labelBlocks;
  const relevant = version.project.relevantFor[doc.docname]?.instances ?? [];
  const description =
    page.meta.description ?? firstParagraph(titleSection ? elements(titleSection) : elements(doc.tree)) ?? doc.title;
  const frontmatter: Record<string, unknown> = {
    title: doc.title,
    description,
    pageId,
    ...(labels.length ? { labels } : {}),
    ...(relevant.length ? { relevantFor: relevant } : {}),
    ...(page.meta.date ? { date: page.meta.date } : {}),
    ...(page.meta.tags ? { tags: page.meta.tags } : {}),
    ...(page.meta.toc ? { toc: page.meta.toc } : {}),
    ...(page.meta.orphan ? { orphan: true } : {}),
    ...(page.meta.search === false ? { search: false } : {}),
    ...(page.meta.redirect ? { redirect: page.meta.redirect } : {}),
    ...(page.meta.keywords?.length ? { keywords: page.meta.keywords } : {}),
    ...(page.meta.meta ? { meta: page.meta.meta } : {}),
    // ABlog replaced its blog_path page with the list of posts: the site lists them there
    ...(version.project.conf.blog_path === doc.docname ? { posts: true } : {}),
    source: { repo: version.project.source.repository, path: doc.path, commit: version.project.source.commit },
  };
  return { docname: doc.docname, mdx: `${frontmatterText(frontmatter)}\n${mdxBody}\n`, frontmatter };
}

function docinfo(node: DElement, page: Page): void {
  for (const field of elements(node)) {
    const name =
      field.t === 'field'
        ? textOf(elements(field)[0] ?? field)
            .trim()
            .toLowerCase()
        : field.t;
    if (name === 'orphan') page.meta.orphan = true;
    else if (name === 'nosearch') page.meta.search = false;
    // other docinfo fields (:tocdepth:, :author: …) are Sphinx metadata the theme did not show
  }
}

/** YAML frontmatter with short lists of plain values on one line, like hand-written pages. */
export function frontmatterText(data: Record<string, unknown>): string {
  const document = new Document(data);
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
    Map(_key, node) {
      if (isMap(node) && _key !== null && node.items.every((pair) => isScalar(pair.value)) && node.items.length <= 3)
        node.flow = true;
    },
  });
  const yaml = document.toString({ lineWidth: 0, flowCollectionPadding: true });
  return `---\n${yaml.replace(/\n$/, '')}\n---\n`;
}
