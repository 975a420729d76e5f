import { PACKAGE_FORMATS, type TableDataInput } from '../tables/schemas.ts';
import type { RawCell, RawTable } from './ast.ts';
import { convertInline } from './inline.ts';
import { cellMarkdown, stripLiteral } from './table-cells.ts';
import { ImportError, type SourceContext } from './source.ts';

/** The typed table kinds of `src/lib/tables/schemas.ts` the importer can map RST tables to. */
export type TableKind = 'packages' | 'lifecycle-phases' | 'classification';

/** How to map one table of a page: its data file name, its kind, and optionally a caption. */
export interface TableHint {
  readonly name: string;
  readonly kind: TableKind;
  /** Overrides the default caption (the list-table title or the heading of the table's section). */
  readonly caption?: string;
}

/** Converts a raw table to typed table data; `caption` is RST inline text, `footnotes` come from the page. */
export function mapTable(
  table: RawTable,
  hint: TableHint,
  caption: string,
  footnotes: { mark: string; text: string }[],
  context: SourceContext & { line: number },
): TableDataInput {
  const cell = (raw: RawCell) => cellMarkdown(raw, context);
  // Typed tables always have a header; a grid table without a `+===+` line (the life-cycle table) uses its
  // first row as one, which is how its column titles read in the original.
  const headerRows = Math.max(1, table.headerRows);
  const header = table.rows.slice(0, headerRows).at(-1);
  const body = table.rows.slice(headerRows);
  if (!header || body.length === 0)
    throw new ImportError(
      context.file,
      context.line,
      `table "${hint.name}" needs one header row and at least one body row`,
    );
  const captionText = convertInline(caption, context);
  if (hint.kind === 'lifecycle-phases') {
    expectColumns(header, 3, hint, context);
    const [phase, description, comments] = header.map((c) => cell(c).text);
    return {
      kind: 'lifecycle-phases',
      caption: captionText,
      headers: { phase: phase!, description: description!, comments: comments! },
      rows: body.map((row) => ({
        phase: cell(row[0]!).text,
        description: cell(row[1]!).text,
        comments: cell(row[2]!).text,
      })),
    };
  }
  if (hint.kind === 'classification') {
    return {
      kind: 'classification',
      caption: captionText,
      columns: header.slice(1).map((c) => cell(c).text),
      rows: body.map((row) => ({
        level: cell(row[0]!).text,
        cells: row.slice(1).map((raw) => {
          const { text, footnote } = cell(raw);
          return footnote ? { text, footnote } : text;
        }),
      })),
      footnotes,
    };
  }
  return mapPackages(header, body, captionText, hint, context);
}

const PACKAGE_COLUMNS: [RegExp, 'name' | 'formerName' | 'formats' | 'description' | 'instances'][] = [
  // Checked in order: "Package Type" is the formats column even though it starts like a name column.
  [/type|format/i, 'formats'],
  [/^(old|former) name/i, 'formerName'],
  [/^(new )?(package|name)/i, 'name'],
  [/description/i, 'description'],
  [/instances/i, 'instances'],
];

function mapPackages(
  header: RawCell[],
  body: RawCell[][],
  caption: string,
  hint: TableHint,
  context: SourceContext & { line: number },
): TableDataInput {
  const keys = header.map((raw) => {
    const text = raw.lines.map((l) => l.text).join(' ');
    const key = PACKAGE_COLUMNS.find(([pattern]) => pattern.test(text))?.[1];
    if (!key)
      throw new ImportError(
        context.file,
        raw.lines[0]?.no ?? context.line,
        `table "${hint.name}": cannot tell which packages column "${text}" is; rename the header or extend PACKAGE_COLUMNS in src/lib/rst-import/typed-tables.ts`,
      );
    return key;
  });
  const headers = Object.fromEntries(keys.map((key, index) => [key, cellMarkdown(header[index]!, context).text]));
  const formatByLabel = new Map<string, string>(
    Object.entries(PACKAGE_FORMATS).map(([key, label]): [string, string] => [label, key]),
  );
  const rows = body.map((row) => {
    const value = (key: string) => row[keys.indexOf(key as never)];
    const raw = (key: string) =>
      (value(key)?.lines ?? [])
        .map((l) => l.text.trim())
        .join(' ')
        .trim();
    const list = (key: string) =>
      raw(key)
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
    const formats = list('formats').map((label) => {
      const format = formatByLabel.get(label);
      if (!format)
        throw new ImportError(
          context.file,
          value('formats')?.lines[0]?.no ?? context.line,
          `unknown package format "${label}"; expected one of ${[...formatByLabel.keys()].join(', ')}`,
        );
      return format;
    });
    const entry: Record<string, unknown> = { name: stripLiteral(raw('name')) };
    if (keys.includes('formerName')) entry['formerName'] = stripLiteral(raw('formerName'));
    return {
      ...entry,
      formats,
      description: cellMarkdown(value('description')!, context).text,
      instances: list('instances'),
    };
  });
  return { kind: 'packages', caption, headers, rows } as TableDataInput;
}

function expectColumns(
  header: RawCell[],
  count: number,
  hint: TableHint,
  context: SourceContext & { line: number },
): void {
  if (header.length !== count)
    throw new ImportError(
      context.file,
      context.line,
      `table "${hint.name}" (${hint.kind}) needs ${count} columns, found ${header.length}`,
    );
}
