import type { Line } from './source.ts';

/** A table cell as RST lines (dedented), parsed into blocks only when the table is mapped. */
export interface RawCell {
  readonly lines: Line[];
}

/** A grid table or list-table, before it is mapped to a typed table. */
export interface RawTable {
  readonly source: 'grid' | 'list-table';
  /** The list-table title, if any. */
  readonly title: string;
  /** Number of header rows (`:header-rows:` or the `=` separator of a grid table). */
  readonly headerRows: number;
  readonly rows: RawCell[][];
}

/** A block of an RST document. Text fields hold RST inline markup, converted when emitted. */
export type Block =
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'label'; name: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][]; line: number }
  | { type: 'definition'; term: string; body: Block[]; line: number }
  | { type: 'quote'; body: Block[]; line: number }
  | { type: 'code'; lang: string; text: string; line: number }
  | { type: 'admonition'; kind: string; title: string; body: Block[]; line: number }
  | { type: 'include'; src: string; line: number }
  | { type: 'contents'; title: string; depth: number; line: number }
  | { type: 'post'; date: string; tags: string[]; line: number }
  | { type: 'table'; table: RawTable; line: number }
  | { type: 'comment'; text: string; line: number }
  /** A table already written to a data file, shown with `::table`. */
  | { type: 'table-ref'; src: string; line: number };

/** The admonition directives Sphinx renders, and thus the container directives the site accepts. */
export const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'attention',
  'caution',
  'warning',
  'danger',
  'error',
  'seealso',
  'admonition',
]);
