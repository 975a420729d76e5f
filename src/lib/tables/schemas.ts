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

/** Any table data file; `kind` selects the schema. */
export const tableData = z.discriminatedUnion('kind', [packagesTable, lifecyclePhasesTable, classificationTable]);

/** A table data file as written. */
export type TableDataInput = z.input<typeof tableData>;
/** A validated table data file. */
export type TableData = z.output<typeof tableData>;
