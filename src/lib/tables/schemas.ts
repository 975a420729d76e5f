import { z } from 'zod';
import { INSTANCE_FAMILIES } from '../content/instance-families.ts';

/**
 * Inline Markdown as written in a table cell: `code`, *emphasis*, [links](url) and references
 * (`:ref{to="label"}`) are rendered like the same text in a page.
 */
const inlineMarkdown = z.string();

/** Package formats and how the originals name them in tables. */
export const PACKAGE_FORMATS = {
  whl: '.whl (pip)',
  deb: '.deb (apt)',
  rpm: '.rpm (yum)',
} as const;

/** One row of a packages table: a Neuron package and where it runs. */
const packageRow = z.strictObject({
  /** The package name, e.g. `torch-neuronx`. */
  name: z.string().min(1),
  /** The package's previous (deprecated) name, for tables of renamed packages. */
  formerName: z.string().min(1).optional(),
  /** How the package is distributed, in the order shown. */
  formats: z.array(z.enum(Object.keys(PACKAGE_FORMATS) as [keyof typeof PACKAGE_FORMATS])).min(1),
  /** What the package is (inline Markdown). */
  description: inlineMarkdown,
  /** Instance families the package supports, in the order shown. */
  instances: z.array(z.enum(INSTANCE_FAMILIES)).min(1),
});

/** A table of Neuron packages (RST list-tables of new and renamed packages). */
export const packagesTable = z
  .strictObject({
    kind: z.literal('packages'),
    /** The table's caption (the RST list-table title). */
    caption: z.string().min(1),
    /** Header cell text per column (inline Markdown). A column shows only when its header is given. */
    headers: z.strictObject({
      name: inlineMarkdown,
      formerName: inlineMarkdown.optional(),
      formats: inlineMarkdown,
      description: inlineMarkdown,
      instances: inlineMarkdown,
    }),
    /** The packages, in display order. */
    rows: z.array(packageRow).min(1),
  })
  .superRefine((table, ctx) => {
    const hasFormerColumn = table.headers.formerName !== undefined;
    table.rows.forEach((row, index) => {
      if (hasFormerColumn !== (row.formerName !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', index, 'formerName'],
          message: hasFormerColumn
            ? 'missing: the table has a "formerName" header, so every row needs a formerName'
            : 'not expected: add a "formerName" header to show this column, or remove the field',
        });
      }
    });
  });

/** One phase of the Neuron software life-cycle. */
const lifecyclePhaseRow = z.strictObject({
  /** The phase's name, e.g. `Maintenance`. */
  phase: z.string().min(1),
  /** What happens in this phase (Markdown; paragraphs separated by a blank line). */
  description: z.string().min(1),
  /** Which software the phase applies to (Markdown), empty when the original cell is empty. */
  comments: z.string().default(''),
});

/** The life-cycle phases table of the maintenance policy. */
export const lifecyclePhasesTable = z.strictObject({
  kind: z.literal('lifecycle-phases'),
  /** The table's caption. */
  caption: z.string().min(1),
  /** Header cell text per column; the phase column's header is empty in the original. */
  headers: z.strictObject({
    phase: z.string().default(''),
    description: z.string(),
    comments: z.string(),
  }),
  /** The phases, in life-cycle order. */
  rows: z.array(lifecyclePhaseRow).min(1),
});

/** A cell of a classification matrix: inline Markdown, optionally pointing at a footnote. */
const classificationCell = z.union([
  inlineMarkdown,
  z.strictObject({
    /**
     * The cell's text (inline Markdown), ending with the footnote mark as the original shows it: both
     * `Minimal Viable Product (MVP) *` and `Product (MVP)*` occur, and the spacing is kept.
     */
    text: inlineMarkdown,
    /** The mark of the footnote this cell refers to (one of the table's `footnotes`), e.g. `*`. */
    footnote: z.string().min(1),
  }),
]);

/** A footnote under a table, e.g. the `*` MVP note. */
const footnote = z.strictObject({
  /** The mark used in cells, e.g. `*`. */
  mark: z.string().min(1),
  /** The footnote's text (inline Markdown). */
  text: z.string().min(1),
});

/** A classification matrix: software classification levels (rows) against criteria (columns). */
export const classificationTable = z
  .strictObject({
    kind: z.literal('classification'),
    /** The table's caption. */
    caption: z.string().min(1),
    /** The criteria, one header cell per column after the level column. */
    columns: z.array(z.string().min(1)).min(1),
    /** One row per classification level, in order. */
    rows: z
      .array(
        z.strictObject({
          /** The classification level, e.g. `Developer Preview (Beta)`. */
          level: z.string().min(1),
          /** One cell per column; an empty string for an empty cell. */
          cells: z.array(classificationCell),
        }),
      )
      .min(1),
    /** Footnotes shown under the table. */
    footnotes: z.array(footnote).default([]),
  })
  .superRefine((table, ctx) => {
    const marks = new Set(table.footnotes.map((note) => note.mark));
    table.rows.forEach((row, rowIndex) => {
      if (row.cells.length !== table.columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', rowIndex, 'cells'],
          message: `has ${row.cells.length} cells but the table has ${table.columns.length} columns (${table.columns.map((c) => `"${c}"`).join(', ')}); add empty strings ("") for empty cells`,
        });
      }
      row.cells.forEach((cell, cellIndex) => {
        if (typeof cell !== 'string' && !cell.text.endsWith(cell.footnote)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, 'cells', cellIndex, 'text'],
            message: `must end with its footnote mark "${cell.footnote}", e.g. "${cell.text} ${cell.footnote}"`,
          });
        }
        if (typeof cell !== 'string' && !marks.has(cell.footnote)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', rowIndex, 'cells', cellIndex, 'footnote'],
            message: `"${cell.footnote}" is not a footnote of this table; add it to "footnotes" or use one of: ${[...marks].map((m) => `"${m}"`).join(', ') || '(none defined)'}`,
          });
        }
      });
    });
  });

/** The text of a generic cell: Markdown, blocks included; an empty YAML value is an empty cell. */
const genericCellText = z
  .string()
  .nullable()
  .transform((text) => text ?? '');

/** A cell of a generic table: its Markdown, or its Markdown with the rows and columns it spans. */
const genericCell = z.union(
  [
    genericCellText,
    z.strictObject({
      /** The cell's Markdown (paragraphs, lists, code blocks, admonitions, references). */
      text: genericCellText,
      /** Columns the cell spans. @default 1 */
      colspan: z.int().min(1).default(1),
      /** Rows the cell spans. @default 1 */
      rowspan: z.int().min(1).default(1),
    }),
  ],
  { error: 'must be text (quote numbers, versions and dates: "2.10") or { text, colspan, rowspan }' },
);

/** A generic cell, validated. */
export type GenericCell = z.output<typeof genericCell>;

/** The columns a cell spans and the rows it spans. */
export const spanOf = (cell: GenericCell): { colspan: number; rowspan: number } =>
  typeof cell === 'string' ? { colspan: 1, rowspan: 1 } : cell;

/**
 * Where each cell of a table whose cells may span rows and columns starts: its column, counting the columns that
 * cells of rows above still cover (HTML's table model). `visit` sees every cell; `rowEnd` each row's number of
 * columns filled, by its cells and by cells above that span into it.
 */
export function layOutCells(
  rows: readonly (readonly GenericCell[])[],
  visit: (cell: GenericCell, row: number, index: number, column: number) => void,
  rowEnd: (row: number, width: number) => void = () => {},
): void {
  let below: number[] = []; // per column: the rows after this one that a cell above still covers
  rows.forEach((cells, row) => {
    const taken = new Set<number>();
    below.forEach((left, column) => {
      if (left > 0) taken.add(column);
    });
    const next = below.map((left) => Math.max(0, left - 1));
    let column = 0;
    cells.forEach((cell, index) => {
      while (taken.has(column)) column += 1;
      const { colspan, rowspan } = spanOf(cell);
      visit(cell, row, index, column);
      for (let c = column; c < column + colspan; c += 1) {
        taken.add(c);
        next[c] = rowspan - 1;
      }
      column += colspan;
    });
    rowEnd(row, taken.size);
    below = next;
  });
}

/**
 * Any other table (RST list-table, grid and simple tables, csv-table, df-table, datatemplate): rows of cells, the
 * first `headerRows` of them headers, cells possibly spanning rows and columns.
 */
export const genericTable = z
  .strictObject({
    kind: z.literal('generic'),
    /** The table's caption (inline Markdown); without one, the table has no `<caption>`. */
    caption: z.string().min(1).optional(),
    /** Rows at the top that are column headers (`<th scope="col">`). @default 1 */
    headerRows: z.int().min(0).default(1),
    /** Columns at the left that are row headers (`<th scope="row">`). @default 0 */
    headerColumns: z.int().min(0).default(0),
    /** Relative column widths (`[30, 70]`), one per column; the browser sizes columns when omitted. */
    widths: z.array(z.number().positive()).min(1).optional(),
    /** The rows, headers first; each a list of cells. */
    rows: z.array(z.array(genericCell).min(1)).min(1),
  })
  .superRefine((table, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    let columns = table.widths?.length;
    if (columns === undefined) {
      // The first row sets the number of columns (nothing above it spans into it).
      columns = (table.rows[0] ?? []).reduce((sum, cell) => sum + spanOf(cell).colspan, 0);
    }
    const width = columns;
    layOutCells(
      table.rows,
      (cell, row, index, column) => {
        const { colspan, rowspan } = spanOf(cell);
        if (column + colspan > width)
          issue(
            ['rows', row, index, ...(colspan > 1 ? ['colspan'] : [])],
            `goes past the table's last column (the cell starts in column ${column + 1} of ${width})`,
          );
        if (row + rowspan > table.rows.length)
          issue(
            ['rows', row, index, 'rowspan'],
            `goes past the table's last row (the cell starts in row ${row + 1} of ${table.rows.length})`,
          );
      },
      (row, filled) => {
        if (filled < width)
          issue(['rows', row], `fills ${filled} of the table's ${width} columns; add empty cells ("") for empty ones`);
      },
    );
    if (table.headerRows > table.rows.length)
      issue(['headerRows'], `is more than the table's ${table.rows.length} rows`);
    if (table.headerColumns > width) issue(['headerColumns'], `is more than the table's ${width} columns`);
  });

/** Any table data file; `kind` selects the schema. */
export const tableData = z.discriminatedUnion('kind', [
  packagesTable,
  lifecyclePhasesTable,
  classificationTable,
  genericTable,
]);

/** A table data file as written. */
export type TableDataInput = z.input<typeof tableData>;
/** A validated table data file. */
export type TableData = z.output<typeof tableData>;
