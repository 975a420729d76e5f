import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { plainTitle } from './plain-title.ts';
import { toSphinxId } from './sphinx-id.ts';
import { codeFenceTracker } from './code-fences.ts';

/**
 * A label defined by a page: on its title (frontmatter `labels`), on a section (`::label` before a heading), or on
 * another block (`::label` before a paragraph, code block, figure, table…).
 */
export interface LabelDefinition {
  /** The label as written, e.g. `maintenance_rtd`. */
  label: string;
  /**
   * Title of what it labels (plain text): the link text of a `:ref` without text. Empty for a block without one
   * (a paragraph, a code block without caption): as in Sphinx, a `:ref` to it must give its text.
   */
  title: string;
  /** Anchor id on the page (Sphinx form), or `undefined` for a page-level label. */
  anchor: string | undefined;
  /** 1-based line and column of the definition in the file. */
  line: number;
  column: number;
  /** On a block other than a heading: Sphinx's `:ref:` without text could not use it (see the registry). */
  block?: true;
}

const LABEL_LINE = /^::label\{name="([^"]+)"(?:\s+title="([^"]*)")?\}\s*$/;
const decodeAttribute = (value: string) => value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
const HEADING_LINE = /^(#{2,6})\s+(.+?)(?:\s+#+)?\s*$/;
const CODE_TITLE = /(?:^|\s)title="(.*?)"(?=\s+\{|\s+showLineNumbers|\s*$)/;
const FIGURE_LINE = /^\s*:{3,}figure(?:[[{\s]|$)/;
const TABLE_LINE = /^\s*::table\{src="([^"]+)"\}\s*$/;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function frontmatterLabels(lines: readonly string[]): { labels: LabelDefinition[]; bodyStart: number } {
  if (lines[0] !== '---') return { labels: [], bodyStart: 0 };
  const end = lines.indexOf('---', 1);
  if (end < 0) return { labels: [], bodyStart: 0 };
  const counter = new LineCounter();
  const doc = parseDocument(lines.slice(1, end).join('\n'), { lineCounter: counter });
  // A frontmatter with errors defines no labels here; the frontmatter check reports it with its line.
  const title = doc.errors.length === 0 ? doc.get('title') : undefined;
  const labels = doc.errors.length === 0 ? doc.get('labels', true) : undefined;
  if (typeof title !== 'string' || !isSeq(labels)) return { labels: [], bodyStart: end + 1 };
  const definitions = labels.items.flatMap((item) => {
    if (!isScalar(item) || typeof item.value !== 'string') return [];
    const position = counter.linePos(item.range?.[0] ?? 0);
    return [
      // The frontmatter title is plain text (the layout prints it as is), unlike a heading's Markdown.
      { label: item.value, title: squash(title), anchor: undefined, line: position.line + 1, column: position.col },
    ];
  });
  return { labels: definitions, bodyStart: end + 1 };
}

/** A page's title and title labels, from its validated frontmatter. */
export interface PageTitle {
  title: string;
  labels: readonly string[];
}

// The build has validated the frontmatter already: its labels are taken from there, and their lines found in the
// text (they are only shown in messages about duplicates).
function knownLabels(
  lines: readonly string[],
  { title, labels }: PageTitle,
): { labels: LabelDefinition[]; bodyStart: number } {
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const definitions = labels.map((label) => {
    const index = lines.findIndex((line, i) => i < end && line.includes(label));
    const line = index < 0 ? 1 : index + 1;
    return {
      label,
      title: squash(title),
      anchor: undefined,
      line,
      column: Math.max(1, (lines[line - 1] ?? '').indexOf(label) + 1),
    };
  });
  return { labels: definitions, bodyStart: end + 1 };
}

/**
 * Finds every label a page defines, with its title and position, from the page's source text alone. It is a
 * line scan rather than a full MDX parse because the build runs it over every page of a version before rendering
 * any of them (references need the whole registry), and it must stay cheap at thousands of pages. Pass the
 * page's `frontmatter` when it has been read already; otherwise it is parsed here.
 */
export function scanLabels(
  source: string,
  frontmatter?: PageTitle,
  tableCaption: (name: string) => string | undefined = () => undefined,
): LabelDefinition[] {
  const lines = source.split(/\r?\n/);
  const { labels, bodyStart } = frontmatter ? knownLabels(lines, frontmatter) : frontmatterLabels(lines);
  let pending: { label: string; title: string | undefined; line: number; column: number }[] = [];
  const inCode = codeFenceTracker();
  // A label's own `title` (written by the importer: the title Sphinx gave it) wins over what it labels.
  const define = (title: string, block: boolean) => {
    labels.push(
      ...pending.map(({ title: own, ...p }) => ({
        ...p,
        title: block && own !== undefined ? plainTitle(own) : title,
        anchor: toSphinxId(p.label),
        ...(block ? { block: true as const } : {}),
      })),
    );
    pending = [];
  };
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const code = inCode(line);
    if (code) {
      // A label before a code block: its caption (`title="…"`) is its title, as Sphinx's `:caption:`.
      if (typeof code === 'object') define(plainTitle(CODE_TITLE.exec(code.info)?.[1] ?? ''), true);
      continue;
    }
    const label = LABEL_LINE.exec(line.trimStart());
    if (label?.[1]) {
      pending.push({
        label: decodeAttribute(label[1]),
        title: label[2] === undefined ? undefined : decodeAttribute(label[2]),
        line: index + 1,
        column: line.length - line.trimStart().length + 1,
      });
      continue;
    }
    if (line.trim() === '') continue;
    if (pending.length === 0) continue;
    const heading = HEADING_LINE.exec(line);
    if (heading?.[2]) define(plainTitle(heading[2]), false);
    else if (/^#\s/.test(line))
      pending = []; // a `#` title is the page's: its labels go in the frontmatter
    else if (FIGURE_LINE.test(line)) define(figureCaption(lines, index + 1), true);
    else {
      // A table's caption is in its data file; any other block (a paragraph) has no title.
      const table = TABLE_LINE.exec(line)?.[1];
      define(table === undefined ? '' : plainTitle(tableCaption(table) ?? ''), true);
    }
  }
  // Labels at the end of a block or page: an anchor where they stand (the page transform puts it there).
  define('', true);
  return labels;
}

/** A figure's caption: the first paragraph of its body (the lines from `start` to a blank line or the fence). */
function figureCaption(lines: readonly string[], start: number): string {
  const caption: string[] = [];
  for (let index = start; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || /^\s*:{3,}\s*$/.test(line)) break;
    caption.push(line);
  }
  return plainTitle(caption.join(' '));
}
