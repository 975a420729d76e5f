/**
 * Turns one page of this site into a Starlight page with the same content, for the peer build of the bench.
 * Pure: labels, partials and tables come in through the context, so the unit test needs no files.
 *
 * - frontmatter: `title` and `description` kept, every other field dropped (the peer's content config gives
 *   each page this site's URL path);
 * - `:ref[text]{to="label"}` / `:ref{to="label"}` → a Markdown link to the target (text: the target's title
 *   when none is given); a label the original site could not resolve → plain text, as here;
 * - `::label{...}` lines dropped; `::include{src}` → the partial, converted and indented like the directive;
 *   `::table{src}` → a GFM table of the same cells;
 * - admonitions → Starlight asides (`note`, `tip`, `caution`, `danger`), titled as here where Starlight's own
 *   title would differ (`:::warning` → `:::caution[Warning]`);
 * - the other directives, which Starlight has no counterpart for without components, as plain Markdown of the
 *   same text: a container (tabs, cards, dropdowns, API entries…) its title in bold and its content; `:doc` a
 *   link to the page; `:api` code; `::image`/`:image` an image; `::rubric` bold text; any other text directive
 *   its text; `::html` fragments left out.
 */
import { parse, stringify } from 'yaml';
import { pageUrl } from '../../src/lib/content/paths.ts';
import { ADMONITIONS, isAdmonition, type AdmonitionType } from '../../src/lib/markdown/admonitions.ts';
import { scanLabels } from '../../src/lib/refs/scan-labels.ts';
import type { CellModel, TableModel } from '../../src/lib/tables/table-model.ts';

/** Where a label leads in the Starlight site, or that the original site left it unresolved (plain text). */
export type StarlightTarget = { url: string; title: string } | { unresolved: true };

export interface ConvertContext {
  /** The labels of the page's version. */
  labels: ReadonlyMap<string, StarlightTarget>;
  /** The Markdown of a partial of the page's version. */
  partial: (name: string) => string | undefined;
  /** The model of a data table of the page's version. */
  table: (name: string) => TableModel | undefined;
  /** The URL of a page of the version by slug (`:doc`), or undefined for a page the version lacks. */
  docUrl?: ((slug: string) => string | undefined) | undefined;
}

/**
 * Every label of one version, as the Starlight site resolves it: page labels lead to the page, section labels
 * to the heading they stand before, external labels to the original site; unresolved ones stay text.
 */
export function starlightLabels(
  version: string,
  pages: readonly { slug: string; text: string }[],
  external: readonly { label: string; title: string; url: string }[],
  unresolved: readonly string[],
): Map<string, StarlightTarget> {
  const labels = new Map<string, StarlightTarget>();
  // The first definition wins, in the registry's order: pages, external labels, unresolved labels.
  const add = (label: string, target: StarlightTarget) => labels.has(label) || labels.set(label, target);
  for (const { slug, text } of pages) {
    const url = pageUrl(version, slug);
    for (const { label, title, anchor } of scanLabels(text)) {
      add(label, { url: anchor === undefined ? url : `${url}#${headingSlug(title)}`, title });
    }
  }
  for (const { label, title, url } of external) add(label, { url, title });
  for (const label of unresolved) add(label, { unresolved: true });
  return labels;
}

/** The aside each of our admonition types becomes (Starlight has four). */
const ASIDE_TYPES: Record<AdmonitionType, 'note' | 'tip' | 'caution' | 'danger'> = {
  note: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'caution',
  attention: 'caution',
  caution: 'caution',
  warning: 'caution',
  danger: 'danger',
  error: 'danger',
  seealso: 'note',
  admonition: 'note',
};
/** The title Starlight shows on an aside without one. */
const ASIDE_TITLES = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' } as const;

/** `:::type[title]` for one of our admonitions: the title shown here, when Starlight's own would differ. */
function asideOpening(name: string, title: string | undefined): string {
  const type = isAdmonition(name) ? ASIDE_TYPES[name] : 'note';
  const shown = title ?? (isAdmonition(name) ? ADMONITIONS[name] : name);
  return shown && shown !== ASIDE_TITLES[type] ? `:::${type}[${shown}]` : `:::${type}`;
}

/** A directive's bracketed text: escapes and one level of nested brackets allowed. */
const TEXT = String.raw`\[((?:\\.|[^[\]\\]|\[(?:\\.|[^[\]\\])*\])*)\]`;
const inlineDirective = (name: string, attributes = String.raw`\{to="([^"]+)"[^}]*\}`) =>
  new RegExp(`:${name}(?:${TEXT})?${attributes}`, 'g');
const REF = inlineDirective('ref');
const DOC = inlineDirective('doc');
const API = inlineDirective('api');
const IMAGE = /:image\{([^}]*)\}/g;
/** Any other text directive (`:badge[text]{…}`, `:definition[text]{…}`, `:download[text]{…}`): its text. */
const TEXT_DIRECTIVE = new RegExp(String.raw`(^|[^\w:\\\`]):[a-z][a-z-]*(?:${TEXT})?\{[^}]*\}`, 'g');
/** What may stand before a block directive on its line: indentation, blockquote marks, list markers. */
const PREFIX = String.raw`((?:\s|>|[-*+]\s|\d+[.)]\s)*)`;
/** A directive's attributes; quoted values may hold braces. */
const ATTRIBUTES = String.raw`\{((?:"[^"]*"|[^}"])*)\}`;
const LABEL = new RegExp(String.raw`^${PREFIX}::label\{[^}]*\}\s*$`);
const LEAF = new RegExp(String.raw`^${PREFIX}::(include|table)\{src="([^"]+)"\}\s*$`);
const OTHER_LEAF = new RegExp(String.raw`^${PREFIX}::([a-z][a-z-]*)(?:${TEXT})?(?:${ATTRIBUTES})?\s*$`);
const CONTAINER = new RegExp(String.raw`^${PREFIX}(:{3,})([a-z][a-z-]*)(?:${TEXT})?(?:${ATTRIBUTES})?\s*$`);
const CLOSING = new RegExp(String.raw`^${PREFIX}(:{3,})\s*$`);
const FENCE = /^\s*(`{3,}|~{3,})/;
/** A line that opens or closes display math (`$$`): Starlight has no math, so it shows as a code block. */
const MATH = /^(\s*)\$\$\s*$/;
/** Inline math with braces, which MDX would read as an expression: shown as code. */
const INLINE_MATH = /(^|[^$\\\w])\$([^\s$`][^$`\n]*\{[^$`\n]*)\$(?!\w)/g;

/** GitHub's heading ids (what Starlight gives headings), without the de-duplication suffixes. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Text that MDX would read as markup, escaped for a link text. */
const escapeText = (text: string) => text.replace(/[[\]{}<\\]/g, (c) => `\\${c}`);

const attribute = (attributes: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];

/** An image directive's attributes as a Markdown image. */
const image = (attributes: string) =>
  `![${escapeText(attribute(attributes, 'alt') ?? '')}](${attribute(attributes, 'src') ?? ''})`;

/** Inline Markdown with every reference turned into a link (or plain text), and the other directives into text. */
export function convertInline(
  markdown: string,
  labels: ConvertContext['labels'],
  docUrl: ConvertContext['docUrl'] = () => undefined,
): string {
  return markdown
    .replace(REF, (_, text: string | undefined, label: string) => {
      const target = labels.get(label);
      if (!target) throw new Error(`reference to an unknown label "${label}"`);
      if ('unresolved' in target) return text ?? label;
      return `[${text ?? escapeText(target.title)}](${target.url})`;
    })
    .replace(DOC, (_, text: string | undefined, slug: string) => {
      const url = docUrl(slug);
      return url === undefined ? (text ?? slug) : `[${text ?? escapeText(slug)}](${url})`;
    })
    .replace(API, (_, text: string | undefined, name: string) => text ?? `\`${name}\``)
    .replace(IMAGE, (_, attributes: string) => image(attributes))
    .replace(TEXT_DIRECTIVE, (_, before: string, text: string | undefined) => `${before}${text ?? ''}`)
    .replace(INLINE_MATH, (_, before: string, math: string) => `${before}\`${math}\``);
}

const escapeMark = (mark: string) => mark.replace(/[*+\-_#]/g, (c) => `\\${c}`);

/** A cell on one line: its blocks converted (a cell may hold a directive's block), then joined. */
const cellText = (cell: CellModel, labels: ConvertContext['labels'], docUrl: ConvertContext['docUrl']) => {
  const none = () => undefined;
  const text = convertBody(cell.markdown, { labels, docUrl, partial: none, table: none })
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
  return cell.footnote ? `${text}${cell.spaceBeforeFootnote ? ' ' : ''}${cell.footnote}` : text;
};

/**
 * A data table as GFM Markdown: the caption in bold, the table, then its footnotes. GFM has one header row and no
 * spans: further header rows become body rows, and a spanning cell one cell.
 */
export function tableMarkdown(
  model: TableModel,
  labels: ConvertContext['labels'],
  docUrl?: ConvertContext['docUrl'],
): string {
  const row = (cells: readonly CellModel[]) => `| ${cells.map((cell) => cellText(cell, labels, docUrl)).join(' | ')} |`;
  const [head = [], ...moreHead] = model.head;
  return [
    ...(model.caption ? [`**${convertInline(model.caption.markdown, labels)}**`, ''] : []),
    row(head),
    `|${head.map(() => ' --- |').join('')}`,
    ...moreHead.map(row),
    ...model.rows.map(({ cells }) => row(cells)),
    // The mark escaped, so that a `*` footnote is not read as a list item.
    ...model.footnotes.flatMap((note) => ['', `${escapeMark(note.mark)} ${convertInline(note.text.markdown, labels)}`]),
  ].join('\n');
}

/** Lines under a directive's prefix: the first after it, the others after its blockquote marks and spaces. */
const indent = (text: string, prefix: string) => {
  const rest = prefix.replace(/[-*+]|\d+[.)]/g, (marker) => ' '.repeat(marker.length));
  return (
    text
      .split('\n')
      // An empty line keeps a blockquote's marks, so a quoted code block does not end there.
      .map((line, index) => (line ? `${index === 0 ? prefix : rest}${line}` : rest.trimEnd()))
      .join('\n')
  );
};

/** The body of a page or partial, converted line by line (code blocks are left as they are). */
export function convertBody(body: string, context: ConvertContext): string {
  const out: string[] = [];
  const inline = (line: string) => convertInline(line, context.labels, context.docUrl);
  // The open containers, innermost last: their colons and whether each became an aside (kept) or text.
  const open: { colons: string; aside: boolean }[] = [];
  let fence: string | undefined;
  let math = false;
  for (const line of body.split('\n')) {
    const mathMatch = MATH.exec(line);
    if (mathMatch && fence === undefined) {
      out.push(`${mathMatch[1] ?? ''}${math ? '```' : '```math'}`);
      math = !math;
      continue;
    }
    if (math) {
      out.push(line);
      continue;
    }
    const fenceMatch = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMatch?.startsWith(fence)) fence = undefined;
      out.push(line);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch;
      out.push(line);
      continue;
    }
    if (LABEL.test(line)) continue;
    const leaf = LEAF.exec(line);
    if (leaf) {
      const [, space = '', kind, name = ''] = leaf;
      if (kind === 'include') {
        const partial = context.partial(name);
        if (partial === undefined) throw new Error(`missing partial "${name}"`);
        out.push(indent(convertBody(partial.trimEnd(), context), space));
      } else {
        const model = context.table(name);
        if (!model) throw new Error(`missing table "${name}"`);
        out.push(indent(tableMarkdown(model, context.labels, context.docUrl), space));
      }
      continue;
    }
    const container = CONTAINER.exec(line);
    if (container) {
      const [, space = '', colons = '', name = '', title] = container;
      const aside = isAdmonition(name);
      open.push({ colons, aside });
      if (aside) out.push(`${space}${inline(asideOpening(name, title))}`);
      else if (title) out.push(`${space}**${inline(title)}**`, '');
      continue;
    }
    const closing = CLOSING.exec(line);
    if (closing && open.length > 0) {
      const at = open.map((entry) => entry.colons).lastIndexOf(closing[2] ?? '');
      const [closed] = open.splice(at < 0 ? open.length - 1 : at);
      if (closed?.aside) out.push(`${closing[1] ?? ''}:::`);
      continue;
    }
    const other = OTHER_LEAF.exec(line);
    if (other) {
      const [, space = '', name, title, attributes = ''] = other;
      if (name === 'image') out.push(`${space}${image(attributes)}`);
      else if (name === 'rubric' && title) out.push(`${space}**${inline(title)}**`);
      else if (title) out.push(`${space}${inline(title)}`);
      continue;
    }
    out.push(inline(line));
  }
  return out.join('\n');
}

/** Splits a page into its frontmatter (parsed) and body. */
export function splitPage(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1] ?? '') ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** A whole page: Starlight frontmatter (title and description) and the converted body. */
export function toStarlightPage(text: string, context: ConvertContext): string {
  const { data, body } = splitPage(text);
  const frontmatter: Record<string, unknown> = { title: data['title'] };
  if (data['description'] !== undefined) frontmatter['description'] = data['description'];
  return `---\n${stringify(frontmatter, { lineWidth: 0 }).trimEnd()}\n---\n${convertBody(body, context)}`;
}
