import { layOutCells, PACKAGE_FORMATS, spanOf, type TableData } from './schemas.ts';

/** One cell: Markdown, where it comes from in the data file, the footnote it points at, and what it spans. */
export interface CellModel {
  markdown: string;
  /** Path of the value inside the data file, to report problems in it (`['rows', 2, 'description']`). */
  path: (string | number)[];
  footnote?: string | undefined;
  /** Whether the original puts a space between the text and its footnote mark. */
  spaceBeforeFootnote?: boolean;
  /** A header cell of its column(s) (`<th scope="col">`) or of its row(s) (`<th scope="row">`). */
  header?: 'col' | 'row' | undefined;
  colspan?: number | undefined;
  rowspan?: number | undefined;
}

/** What every table renders from, whatever its kind: caption, header rows, body rows, footnotes. */
export interface TableModel {
  kind: TableData['kind'];
  /** The caption; a table without one has no `<caption>`. */
  caption: CellModel | undefined;
  /** Header rows; an empty header cell renders as an empty corner cell. */
  head: CellModel[][];
  /** Body rows; a cell with `header: 'row'` is its row's header. */
  rows: { cells: CellModel[] }[];
  footnotes: { mark: string; text: CellModel }[];
  /** Column widths in whole percents, when the data gives them. */
  widths?: number[] | undefined;
}

const columnHeader = (cell: CellModel): CellModel => ({ ...cell, header: 'col' });
const rowHeader = (cells: CellModel[]): CellModel[] =>
  cells.map((cell, index) => (index === 0 ? { ...cell, header: 'row' } : cell));

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
    head: [head.map(columnHeader)],
    rows,
    footnotes: [],
  };
}

function lifecycleModel(table: Extract<TableData, { kind: 'lifecycle-phases' }>): TableModel {
  return {
    kind: table.kind,
    caption: { markdown: table.caption, path: ['caption'] },
    head: [
      (['phase', 'description', 'comments'] as const).map((key) =>
        columnHeader({ markdown: table.headers[key], path: ['headers', key] }),
      ),
    ],
    rows: table.rows.map((row, index) => ({
      cells: rowHeader(
        (['phase', 'description', 'comments'] as const).map((key) => ({
          markdown: row[key],
          path: ['rows', index, key],
        })),
      ),
    })),
    footnotes: [],
  };
}

function classificationModel(table: Extract<TableData, { kind: 'classification' }>): TableModel {
  return {
    kind: table.kind,
    caption: { markdown: table.caption, path: ['caption'] },
    head: [
      [
        { markdown: '', path: ['columns'] },
        ...table.columns.map((markdown, index) => ({ markdown, path: ['columns', index] })),
      ].map(columnHeader),
    ],
    rows: table.rows.map((row, index) => ({
      cells: rowHeader([
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
      ]),
    })),
    footnotes: table.footnotes.map((note, index) => ({
      mark: note.mark,
      text: { markdown: note.text, path: ['footnotes', index, 'text'] },
    })),
  };
}

function genericModel(table: Extract<TableData, { kind: 'generic' }>): TableModel {
  const rows: CellModel[][] = table.rows.map(() => []);
  layOutCells(table.rows, (cell, row, index, column) => {
    const { colspan, rowspan } = spanOf(cell);
    const header = row < table.headerRows ? 'col' : column < table.headerColumns ? 'row' : undefined;
    rows[row]?.push({
      markdown: typeof cell === 'string' ? cell : cell.text,
      path: typeof cell === 'string' ? ['rows', row, index] : ['rows', row, index, 'text'],
      header,
      ...(colspan > 1 ? { colspan } : {}),
      ...(rowspan > 1 ? { rowspan } : {}),
    });
  });
  const total = table.widths?.reduce((sum, width) => sum + width, 0) ?? 0;
  return {
    kind: table.kind,
    caption: table.caption === undefined ? undefined : { markdown: table.caption, path: ['caption'] },
    head: rows.slice(0, table.headerRows),
    rows: rows.slice(table.headerRows).map((cells) => ({ cells })),
    footnotes: [],
    widths: table.widths?.map((width) => Math.max(1, Math.round((width / total) * 100))),
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
    case 'generic':
      return genericModel(table);
  }
}
