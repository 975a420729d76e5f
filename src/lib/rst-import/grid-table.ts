import type { RawCell, RawTable } from './ast.ts';
import { dedent, ImportError, minIndent, trimBlankLines, type Line, type SourceContext } from './source.ts';

/** True for a line that starts a grid table (`+---+` border). */
export const isGridTableStart = (text: string): boolean => /^\+[-=]+\+/.test(text);

/** Index after the grid table starting at `at`: its lines all start with `+` or `|`. */
export function gridTableEnd(lines: readonly Line[], at: number): number {
  let end = at;
  while (end < lines.length && /^[+|]/.test(lines[end]!.text)) end++;
  return end;
}

/**
 * Parses a grid table into raw cells. Column boundaries come from the top border; rows are separated by `+---+`
 * lines and the header by a `+===+` line. Spanning cells are not supported: they fail with the line to split.
 */
export function parseGridTable(lines: readonly Line[], context: SourceContext): RawTable {
  const top = lines[0]!;
  const bounds = [...top.text].flatMap((char, index) => (char === '+' ? [index] : []));
  if (bounds.length < 2) throw new ImportError(context.file, top.no, 'grid table border needs at least two "+"');
  const rows: RawCell[][] = [];
  let headerRows = 0;
  let current: Line[] = [];
  for (const line of lines.slice(1)) {
    if (line.text.startsWith('+')) {
      checkBorder(line, bounds, context);
      if (current.length === 0)
        throw new ImportError(context.file, line.no, 'empty grid table row: remove the doubled border line');
      rows.push(splitRow(current, bounds, context));
      current = [];
      if (line.text.includes('=')) headerRows = rows.length;
    } else {
      current.push(line);
    }
  }
  if (current.length > 0)
    throw new ImportError(context.file, current[0]!.no, 'grid table does not end with a border line ("+---+")');
  return { source: 'grid', title: '', headerRows, rows };
}

function checkBorder(line: Line, bounds: readonly number[], context: SourceContext): void {
  const ok = bounds.every((at) => line.text[at] === '+') && line.text.length === bounds[bounds.length - 1]! + 1;
  if (!ok)
    throw new ImportError(
      context.file,
      line.no,
      'grid table border does not match the top border (spanning cells are not supported): align the "+" with the columns above',
    );
}

function splitRow(rowLines: readonly Line[], bounds: readonly number[], context: SourceContext): RawCell[] {
  for (const line of rowLines) {
    if (!bounds.every((at) => line.text[at] === '|')) {
      throw new ImportError(
        context.file,
        line.no,
        'grid table row does not have a "|" at every column boundary (spanning cells are not supported): align the "|" with the "+" of the border',
      );
    }
  }
  return bounds.slice(0, -1).map((start, column) => {
    const cellLines = rowLines.map((line) => ({
      no: line.no,
      text: line.text.slice(start + 1, bounds[column + 1]).replace(/\s+$/, ''),
    }));
    const trimmed = trimBlankLines(cellLines);
    return { lines: dedent(trimmed, minIndent(trimmed)) };
  });
}
