/**
 * How the importer stops and what it owns up to. An `ImportError` stops the import: a construct it cannot
 * convert, at `file:line`, with the fix. A `LossEntry` is something it converted into a stand-in because it
 * cannot be reproduced offline (program output it cannot run, autodoc, a missing blob): every import writes
 * them all to `content/import-report/<version>.{json,md}`.
 */

/** Where a construct is in the sources: a path relative to the sources folder and a 1-based line. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

export class ImportError extends Error {
  readonly location: SourceLocation;
  /** The construct, as the source names it: `directive "tab-itm"`, `role ":fnc:"`, `list-table`. */
  readonly construct: string;
  readonly problem: string;
  /** How to fix it (usually: a patch in scripts/import/patches.yaml, or support in the importer). */
  readonly hint: string;

  constructor(location: SourceLocation, construct: string, problem: string, hint: string) {
    super(`${location.file}:${location.line}: ${construct}: ${problem}\n  fix: ${hint}`);
    this.name = 'ImportError';
    this.location = location;
    this.construct = construct;
    this.problem = problem;
    this.hint = hint;
  }
}

/** One thing the reader does not get as the original showed it, and what they see instead. */
export interface LossEntry {
  /** What was lost, e.g. `program-output`, `autosummary`, `missing-blob`, `plotly`. */
  readonly construct: string;
  readonly file: string;
  readonly line: number;
  /** What the reader sees instead. */
  readonly instead: string;
  /** Why, when it is not obvious from the construct (the command that failed, the blob id…). */
  readonly detail?: string;
}

/** Collects loss entries; the report sorts them, so the order pages are converted in does not matter. */
export class LossReport {
  readonly entries: LossEntry[] = [];

  add(entry: LossEntry): void {
    this.entries.push(entry);
  }

  sorted(): LossEntry[] {
    return [...this.entries].sort(
      (a, b) =>
        a.construct.localeCompare(b.construct) ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.instead.localeCompare(b.instead),
    );
  }
}
