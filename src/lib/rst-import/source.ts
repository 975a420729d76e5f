/** One line of RST source, with its 1-based line number in the original file (kept through dedenting). */
export interface Line {
  readonly text: string;
  readonly no: number;
}

/** Where diagnostics point: the source file as given on the command line or in the manifest. */
export interface SourceContext {
  readonly file: string;
  /** Collects non-fatal problems (markup slips, unexpected indentation) as `file:line: message`. */
  readonly warn: (line: number, message: string) => void;
}

/**
 * A conversion failure the importer cannot guess its way out of. The message starts with `file:line` so editors
 * and CI link straight to the RST, and says what to do.
 */
export class ImportError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'ImportError';
  }
}

/** Splits source text into numbered lines; tabs become spaces (tab stops of 8, as docutils does). */
export function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, index) => ({ text: expandTabs(raw).replace(/\s+$/, ''), no: index + 1 }));
}

function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const char of text) out += char === '\t' ? ' '.repeat(8 - (out.length % 8)) : char;
  return out;
}

/** True for an empty or whitespace-only line. */
export const isBlank = (line: Line): boolean => line.text.trim() === '';

/** Number of leading spaces of a line (blank lines count as infinitely indented). */
export function indentOf(line: Line): number {
  return isBlank(line) ? Number.POSITIVE_INFINITY : line.text.length - line.text.trimStart().length;
}

/** Removes `count` columns of indentation from every line (blank lines become empty). */
export function dedent(lines: readonly Line[], count: number): Line[] {
  return lines.map((line) => ({ no: line.no, text: isBlank(line) ? '' : line.text.slice(count) }));
}

/** Smallest indentation among non-blank lines (0 when there are none). */
export function minIndent(lines: readonly Line[]): number {
  const indents = lines.filter((line) => !isBlank(line)).map(indentOf);
  return indents.length === 0 ? 0 : Math.min(...indents);
}

/** Drops leading and trailing blank lines. */
export function trimBlankLines(lines: readonly Line[]): Line[] {
  let start = 0;
  let end = lines.length;
  while (start < end && isBlank(lines[start]!)) start++;
  while (end > start && isBlank(lines[end - 1]!)) end--;
  return lines.slice(start, end);
}

/**
 * The indented block starting at `start`: following lines that are blank or indented by at least `minimum`
 * columns (docutils' rule for a directive, list item or definition body). Returns the index after the block.
 */
export function indentedBlockEnd(lines: readonly Line[], start: number, minimum = 1): number {
  let end = start;
  while (end < lines.length && (isBlank(lines[end]!) || indentOf(lines[end]!) >= minimum)) end++;
  return end;
}
