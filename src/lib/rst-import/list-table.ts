import type { RawCell, RawTable } from './ast.ts';
import { matchMarker, splitItems } from './lists.ts';
import { ImportError, isBlank, type Line, type SourceContext } from './source.ts';

/**
 * Parses the content of a `.. list-table::` (a bullet list of rows, each a bullet list of cells) into raw cells.
 * Every row must have the same number of cells, as docutils requires.
 */
export function parseListTable(
  title: string,
  options: ReadonlyMap<string, string>,
  content: readonly Line[],
  context: SourceContext,
  line: number,
): RawTable {
  const rows: RawCell[][] = [];
  let index = 0;
  while (index < content.length) {
    if (isBlank(content[index]!)) {
      index++;
      continue;
    }
    if (!matchMarker(content[index]!.text)) {
      throw new ImportError(
        context.file,
        content[index]!.no,
        'list-table content must be a bullet list of rows ("* - cell"); fix the indentation of this line',
      );
    }
    const outer = splitItems(content, index);
    for (const row of outer.items) {
      const cells = row.lines.length > 0 && matchMarker(row.lines[0]!.text) ? splitItems(row.lines, 0) : undefined;
      if (!cells || cells.end < row.lines.length) {
        throw new ImportError(
          context.file,
          row.line,
          'each list-table row must be a bullet list of cells ("* - cell" / "  - cell")',
        );
      }
      rows.push(cells.items.map((cell) => ({ lines: cell.lines })));
    }
    index = outer.end;
  }
  const width = rows[0]?.length ?? 0;
  rows.forEach((row, rowIndex) => {
    if (row.length !== width) {
      throw new ImportError(
        context.file,
        line,
        `list-table row ${rowIndex + 1} has ${row.length} cells, the first row has ${width}: every row needs the same number of cells`,
      );
    }
  });
  const headerRows = Number(options.get('header-rows') ?? 0);
  return { source: 'list-table', title, headerRows, rows };
}
