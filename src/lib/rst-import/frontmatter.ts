import { ImportError } from './source.ts';

/** The frontmatter fields the importer writes, in the order CONTRIBUTING.md shows them. */
export interface PageFrontmatter {
  readonly title: string;
  readonly description: string;
  readonly pageId: string;
  readonly labels: readonly string[];
  readonly relevantFor?: readonly string[];
  readonly date?: string;
  readonly tags?: readonly string[];
  readonly toc?: { readonly title: string; readonly depth: number };
}

// Plain scalars that YAML reads back as the same string; anything else is written double-quoted (JSON is YAML).
const SAFE_BLOCK = /^[A-Za-z0-9(][^:#\n]*$/;
const SAFE_FLOW = /^[A-Za-z0-9(][^:#,[\]{}\n]*$/;

function scalar(value: string, flow: boolean): string {
  const safe =
    (flow ? SAFE_FLOW : SAFE_BLOCK).test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~|[\d.]+)$/i.test(value);
  return safe ? value : JSON.stringify(value);
}

const list = (values: readonly string[]) => `[${values.map((v) => scalar(v, true)).join(', ')}]`;

/** Writes frontmatter as YAML between `---` lines, with one-line flow lists and maps like the authoring guide. */
export function emitFrontmatter(fm: PageFrontmatter): string {
  const lines = [
    `title: ${scalar(fm.title, false)}`,
    `description: ${scalar(fm.description, false)}`,
    `pageId: ${fm.pageId}`,
  ];
  if (fm.labels.length > 0) lines.push(`labels: ${list(fm.labels)}`);
  if (fm.relevantFor) lines.push(`relevantFor: ${list(fm.relevantFor)}`);
  if (fm.date) lines.push(`date: ${fm.date}`);
  if (fm.tags) lines.push(`tags: ${list(fm.tags)}`);
  if (fm.toc) lines.push(`toc: { title: ${scalar(fm.toc.title, true)}, depth: ${fm.toc.depth} }`);
  return `---\n${lines.join('\n')}\n---\n`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Converts an ABlog `.. post::` date (`Oct 10, 2022 03:00`, time optional) to ISO 8601 UTC. ABlog reads the
 * date without a time zone; the site treats it as UTC so the date does not shift with the build machine.
 */
export function postDate(value: string, file: string, line: number): string {
  const match = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  const month = match ? MONTHS.indexOf(match[1]!.toLowerCase()) : -1;
  if (!match || month < 0)
    throw new ImportError(file, line, `cannot read the post date "${value}": write it like "Oct 10, 2022 03:00"`);
  const pad = (n: number | string) => String(n).padStart(2, '0');
  return `${match[3]}-${pad(month + 1)}-${pad(match[2]!)}T${pad(match[4] ?? 0)}:${match[5] ?? '00'}:00Z`;
}
