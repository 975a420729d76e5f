import { PACKAGE_FORMATS, type TableData } from './schemas.ts';

/** One cell: inline Markdown, where it comes from in the data file, and the footnote it points at. */
export interface CellModel {
  markdown: string;
  /** Path of the value inside the data file, to report problems in it (`['rows', 2, 'description']`). */
  path: (string | number)[];
  footnote?: string | undefined;
  /** Whether the original puts a space between the text and its footnote mark. */
  spaceBeforeFootnote?: boolean;
}

/** What every table renders from, whatever its kind: caption, header row, body rows, footnotes. */
export interface TableModel {
  kind: TableData['kind'];
  caption: CellModel;
  /** Header cells, one per column; an empty one renders as an empty corner cell. */
  head: CellModel[];
  /** Body rows; when `rowHeader` is set, the first cell is the row's header (`<th scope="row">`). */
  rows: { cells: CellModel[] }[];
  rowHeader: boolean;
  footnotes: { mark: string; text: CellModel }[];
}

const code = (text: string) => `\`${text}\``;

function packagesModel(table: Extract<TableData, { kind: 'packages' }>): TableModel {
  const withFormer = table.headers.formerName !== undefined;
  const head = [
    { markdown: table.headers.name, path: ['headers', 'name'] },
    ...(withFormer ? [{ markdown: table.headers.formerName ?? '', path: ['headers', 'formerName'] }] : []),
    { markdown: table.headers.formats, path: ['headers', 'formats'] },
    { markdown: table.headers.description, path: ['headers', 'description'] },
    { markdown: table.headers.instances, path: ['headers', 'instances'] },
  ];
  const rows = table.rows.map((row, index) => ({
    cells: [
      { markdown: code(row.name), path: ['rows', index, 'name'] },
      ...(withFormer ? [{ markdown: code(row.formerName ?? ''), path: ['rows', index, 'formerName'] }] : []),
      { markdown: row.formats.map((format) => PACKAGE_FORMATS[format]).join(', '), path: ['rows', index, 'formats'] },
      { markdown: row.description, path: ['rows', index, 'description'] },
      { markdown: row.instances.join(', '), path: ['rows', index, 'instances'] },
    ],
  }));
  return {
    kind: table.kind,
    caption: { markdown: table.caption, path: ['caption'] },
    head,
    rows,
    rowHeader: false,
    footnotes: [],
  };
}

function lifecycleModel(table: Extract<TableData, { kind: 'lifecycle-phases' }>): TableModel {
  return {
    kind: table.kind,
    caption: { markdown: table.caption, path: ['caption'] },
    head: (['phase', 'description', 'comments'] as const).map((key) => ({
      markdown: table.headers[key],
      path: ['headers', key],
    })),
    rows: table.rows.map((row, index) => ({
      cells: (['phase', 'description', 'comments'] as const).map((key) => ({
        markdown: row[key],
        path: ['rows', index, key],
      })),
    })),
    rowHeader: true,
    footnotes: [],
  };
}

function classificationModel(table: Extract<TableData, { kind: 'classification' }>): TableModel {
  return {
    kind: table.kind,
    caption: { markdown: table.caption, path: ['caption'] },
    head: [
      { markdown: '', path: ['columns'] },
      ...table.columns.map((markdown, index) => ({ markdown, path: ['columns', index] })),
    ],
    rows: table.rows.map((row, index) => ({
      cells: [
        { markdown: row.level, path: ['rows', index, 'level'] },
        ...row.cells.map((cell, cellIndex) => {
          const path = ['rows', index, 'cells', cellIndex];
          if (typeof cell === 'string') return { markdown: cell, path };
          const before = cell.text.slice(0, -cell.footnote.length);
          return {
            markdown: before.trimEnd(),
            footnote: cell.footnote,
            spaceBeforeFootnote: before !== before.trimEnd(),
            path,
          };
        }),
      ],
    })),
    rowHeader: true,
    footnotes: table.footnotes.map((note, index) => ({
      mark: note.mark,
      text: { markdown: note.text, path: ['footnotes', index, 'text'] },
    })),
  };
}

/**
 * Turns validated table data of any kind into the one shape the renderer knows: which text goes in which cell,
 * which cells are headers, and which footnotes follow. Pure, so each kind's layout is unit-tested on its own.
 */
export function toTableModel(table: TableData): TableModel {
  switch (table.kind) {
    case 'packages':
      return packagesModel(table);
    case 'lifecycle-phases':
      return lifecycleModel(table);
    case 'classification':
      return classificationModel(table);
  }
}
