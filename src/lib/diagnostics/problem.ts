import type { ProblemCode } from './catalogue.ts';

/** One problem found in authored content, at a place an author can open. */
export interface Problem {
  /** Stable code from the catalogue. */
  code: ProblemCode;
  /** The file, relative to the project root (`content/docs/latest/a.mdx`). */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** 1-based column, when known. */
  column?: number | undefined;
  /** What is wrong, quoting the offending value. */
  message: string;
  /** How to fix it. */
  hint?: string | undefined;
}

/** `content/docs/latest/a.mdx:12:5`. */
export function formatLocation(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return `${problem.file}:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
}

/** One problem as lines of text: location, code and message, then the hint. */
export function formatProblem(problem: Problem): string {
  const head = `${formatLocation(problem)} ${problem.message} [${problem.code}]`;
  return problem.hint ? `${head}\n    hint: ${problem.hint}` : head;
}

/** A whole report: every problem, then a one-line summary ("Found 3 problems in 2 files."). */
export function formatReport(problems: readonly Problem[]): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const files = new Set(sorted.map((problem) => problem.file)).size;
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [...sorted.map(formatProblem), `Found ${noun(sorted.length, 'problem')} in ${noun(files, 'file')}.`].join(
    '\n',
  );
}

/** An error carrying problems, so the build can print them all at once. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
