import { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { plainTitle } from './plain-title.ts';
import { toSphinxId } from './sphinx-id.ts';
import { codeFenceTracker } from './code-fences.ts';

/** A label defined by a page: on its title (frontmatter `labels`) or on a section (`::label` before a heading). */
export interface LabelDefinition {
  /** The label as written, e.g. `maintenance_rtd`. */
  label: string;
  /** Title of what it labels (plain text): the link text of a `:ref` without text. */
  title: string;
  /** Anchor id on the page (Sphinx form), or `undefined` for a page-level label. */
  anchor: string | undefined;
  /** 1-based line and column of the definition in the file. */
  line: number;
  column: number;
}

const LABEL_LINE = /^::label\{name="([^"]+)"\}\s*$/;
const HEADING_LINE = /^(#{2,6})\s+(.+?)(?:\s+#+)?\s*$/;
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
function knownLabels(lines: readonly string[], { title, labels }: PageTitle) {
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
export function scanLabels(source: string, frontmatter?: PageTitle): LabelDefinition[] {
  const lines = source.split(/\r?\n/);
  const { labels, bodyStart } = frontmatter ? knownLabels(lines, frontmatter) : frontmatterLabels(lines);
  let pending: { label: string; line: number; column: number }[] = [];
  const inCode = codeFenceTracker();
  for (let index = bodyStart; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (inCode(line)) {
      pending = []; // a label before a code block labels no heading
      continue;
    }
    const label = LABEL_LINE.exec(line);
    if (label?.[1]) {
      pending.push({ label: label[1], line: index + 1, column: 1 });
      continue;
    }
    if (line.trim() === '') continue;
    const heading = HEADING_LINE.exec(line);
    // Labels not followed by a heading define nothing; the page transform reports them.
    if (heading?.[2]) {
      const title = plainTitle(heading[2]);
      labels.push(...pending.map((p) => ({ ...p, title, anchor: toSphinxId(p.label) })));
    }
    pending = [];
  }
  return labels;
}
