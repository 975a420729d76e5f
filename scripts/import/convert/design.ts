/**
 * sphinx-design, sphinx-tabs and contentui → `::::tabs`/`:::tab`, `::::grid`/`:::card`/`:::grid-item` and
 * `:::dropdown` (docs/components.md). Titles and labels are inline Markdown (the front-end parses them).
 */
import { children, directiveParts, elements, isElement, type DElement } from '../doctree.ts';
import { normalizeLabel } from '../labels.ts';
import type { Attributes, Block } from '../mdx.ts';
import { docnameJoin } from '../toctree.ts';
import { convertBlocks } from './blocks.ts';
import { fence } from './code.ts';
import { codeLanguage } from './blocks.ts';
import { convertInline } from './inline.ts';
import { siteUrl } from './links.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

/** The inline-parsed title of a directive (its `directive_title` child), as inline Markdown. */
export function directiveTitle(node: DElement, page: Page): string | undefined {
  const title = elements(node).find((child) => child.t === 'directive_title');
  return title ? convertInline(children(title), page).trim() : undefined;
}

/** The directive's content without its title node. */
export const contentOf = (node: DElement) =>
  children(node).filter((child) => !(isElement(child) && child.t === 'directive_title'));

const TAB_SETS = new Set(['tab-set', 'tabs', 'content-tabs', 'tab-set-code']);
const TABS = new Set(['tab-item', 'tab', 'group-tab', 'code-tab', 'tab-container']);

export function tabSet(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name']);
  const tabs: Block[] = [];
  for (const child of contentOf(node)) {
    if (isElement(child) && child.t === 'directive' && TABS.has(String(child.a?.['name']))) {
      tabs.push(...tab(child, page, level));
    } else if (isElement(child) && (child.t === 'target' || child.t === 'system_message')) continue;
    else if (isElement(child) && child.t === 'include') tabs.push(...convertBlocks([child], page, level));
    else {
      return page.fail(
        isElement(child) ? child : node,
        `directive "${parts.name}"`,
        'holds something other than tabs',
        'move it into a tab with a patch',
      );
    }
  }
  return [{ kind: 'container', name: 'tabs', children: tabs }];
}

function tab(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name', 'sync', 'selected', 'title']);
  let label = directiveTitle(node, page) ?? parts.option('title');
  let sync = parts.option('sync') || undefined;
  let body = convertBlocks(contentOf(node), page, level);
  if (parts.name === 'group-tab') sync = parts.argument.trim();
  if (parts.name === 'code-tab') {
    // sphinx-tabs: `.. code-tab:: <language> [label]`, the content is the code
    const [language = '', ...rest] = parts.argument.trim().split(/\s+/);
    label = rest.join(' ') || language;
    sync = language;
    body = [fence({ code: parts.content, language: codeLanguage(language, page) })];
  }
  const attributes: Attributes = { sync, selected: parts.has('selected') ? true : undefined };
  return [{ kind: 'container', name: 'tab', label: label ?? '', attributes, children: body }];
}

export function grid(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name']);
  const items: Block[] = [];
  for (const child of contentOf(node)) {
    if (!isElement(child)) continue;
    const name = child.t === 'directive' ? String(child.a?.['name']) : '';
    if (name === 'grid-item') {
      expectOptions(child, page, ['name']);
      items.push({ kind: 'container', name: 'grid-item', children: convertBlocks(children(child), page, level) });
    } else if (name === 'grid-item-card') items.push(...card(child, page, level));
    else if (child.t === 'target' || child.t === 'system_message') continue;
    // sphinx-design warned that a grid's children should be grid items and showed it in a cell all the same
    else items.push({ kind: 'container', name: 'grid-item', children: convertBlocks([child], page, level) });
  }
  const columns = parts.argument.trim() || undefined;
  return [{ kind: 'container', name: 'grid', attributes: { columns }, children: items }];
}

export function card(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name', 'link', 'link-type', 'link-alt']);
  let title = directiveTitle(node, page);
  let cardParts = elements(node).filter((child) => child.t === 'card_part');
  // A card without a title whose header (above `^^^`) is one paragraph: sphinx-design showed that header at
  // the top of the card, which is what the site's card title is (and a linked card's link needs a text)
  const header = cardParts.find((part) => part.a?.['part'] === 'header');
  const headerBlocks = header ? elements(header) : [];
  if (!title && headerBlocks.length === 1 && headerBlocks[0]!.t === 'paragraph') {
    title = convertInline(children(headerBlocks[0]!), page).trim() || undefined;
    if (title) cardParts = cardParts.filter((part) => part !== header);
  }
  // header, body and footer in order: the site shows a card's content as one body
  const body = cardParts.flatMap((part) => convertBlocks(children(part), page, level));
  const attributes: Record<string, string | undefined> = {};
  const link = parts.option('link');
  if (link) Object.assign(attributes, cardLink(node, link, parts.option('link-type') || 'url', page));
  return [{ kind: 'container', name: 'card', label: title ?? '', attributes, children: body }];
}

function cardLink(node: DElement, link: string, type: string, page: Page): Record<string, string | undefined> {
  if (type === 'doc') {
    const docname = docnameJoin(page.docname, link);
    const resolved = page.version.docs.has(docname);
    page.version.refs.use(page, node, 'doc', docname, resolved);
    return resolved ? { link: page.version.slugOf(docname), linkType: 'doc' } : {};
  }
  if (type === 'ref') {
    const label = normalizeLabel(link);
    const resolved = page.version.labels.resolve(label, true);
    page.version.refs.use(page, node, 'ref', label, resolved !== undefined);
    return resolved ? { link: label, linkType: 'ref' } : {};
  }
  if (type === 'any') {
    const docname = docnameJoin(page.docname, link);
    if (page.version.docs.has(docname)) return cardLink(node, link, 'doc', page);
    return cardLink(node, link, 'ref', page);
  }
  return { link: siteUrl(link, page), linkType: 'url' };
}

export function dropdown(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name', 'open', 'title', 'header']);
  const title = directiveTitle(node, page) ?? (parts.option('header') || parts.option('title') || undefined);
  return [
    {
      kind: 'container',
      name: 'dropdown',
      ...(title ? { label: title } : {}),
      attributes: { open: parts.has('open') ? true : undefined },
      children: convertBlocks(contentOf(node), page, level),
    },
  ];
}

/** `button-link` / `button-ref`: a link whose text is the content (or the target). */
export function button(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, ['name', 'ref-type', 'tooltip', 'expand']);
  const content = contentOf(node);
  const textBlocks = content.length ? convertBlocks(content, page, level) : [];
  const label = textBlocks.length && textBlocks[0]!.kind === 'text' ? textBlocks[0]!.text : undefined;
  const target = parts.argument.trim();
  if (parts.name === 'button-link') {
    return [{ kind: 'text', text: `[${label ?? target}](${siteUrl(target, page)})` }];
  }
  const type = parts.option('ref-type') || 'any';
  const link = cardLink(node, target, type, page);
  if (!link['link']) return [{ kind: 'text', text: label ?? target }];
  const role = link['linkType'] === 'doc' ? 'doc' : 'ref';
  return [{ kind: 'text', text: `:${role}${label ? `[${label}]` : ''}{to="${link['link']}"}` }];
}

export const isTabSet = (name: string) => TAB_SETS.has(name);
export const isTab = (name: string) => TABS.has(name);
