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
 *   title would differ (`:::warning` → `:::caution[Warning]`).
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

const REF = /:ref(?:\[([^\]]*)\])?\{to="([^"]+)"\}/g;
const LABEL = /^\s*::label\{[^}]*\}\s*$/;
const LEAF = /^(\s*)::(include|table)\{src="([^"]+)"\}\s*$/;
const ASIDE = /^(\s*):::([a-z]+)(?:\[([^\]]*)\])?(?:\{[^}]*\})?\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

/** GitHub's heading ids (what Starlight gives headings), without the de-duplication suffixes. */
export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** Text that MDX would read as markup, escaped for a link text. */
const escapeText = (text: string) => text.replace(/[[\]{}<\\]/g, (c) => `\\${c}`);

/** Inline Markdown with every reference turned into a link (or plain text). */
export function convertInline(markdown: string, labels: ConvertContext['labels']): string {
  return markdown.replace(REF, (_, text: string | undefined, label: string) => {
    const target = labels.get(label);
    if (!target) throw new Error(`reference to an unknown label "${label}"`);
    if ('unresolved' in target) return text ?? label;
    return `[${text ?? escapeText(target.title)}](${target.url})`;
  });
}

const escapeMark = (mark: string) => mark.replace(/[*+\-_#]/g, (c) => `\\${c}`);

const cellText = (cell: CellModel, labels: ConvertContext['labels']) => {
  const text = convertInline(cell.markdown, labels)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
  return cell.footnote ? `${text}${cell.spaceBeforeFootnote ? ' ' : ''}${cell.footnote}` : text;
};

/**
 * A data table as GFM Markdown: the caption in bold, the table, then its footnotes. GFM has one header row and no
 * spans: further header rows become body rows, and a spanning cell one cell.
 */
export function tableMarkdown(model: TableModel, labels: ConvertContext['labels']): string {
  const row = (cells: readonly CellModel[]) => `| ${cells.map((cell) => cellText(cell, labels)).join(' | ')} |`;
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

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => (line ? `${prefix}${line}` : line))
    .join('\n');

/** The body of a page or partial, converted line by line (code blocks are left as they are). */
export function convertBody(body: string, context: ConvertContext): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
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
        out.push(indent(tableMarkdown(model, context.labels), space));
      }
      continue;
    }
    const aside = ASIDE.exec(line);
    if (aside) {
      const [, space = '', name = '', title] = aside;
      out.push(`${space}${convertInline(asideOpening(name, title), context.labels)}`);
      continue;
    }
    out.push(convertInline(line, context.labels));
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
