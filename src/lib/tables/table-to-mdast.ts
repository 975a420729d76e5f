import type { RootContent } from 'mdast';
import { element } from '../markdown/element-node.ts';
import { fragmentChildren, parseFragment } from '../markdown/parse-fragment.ts';
import type { CellModel, TableModel } from './table-model.ts';

/** Options of `tableToMdast`. */
export interface TableRenderOptions {
  /** The table's id: its caption and footnote ids derive from it. */
  id: string;
  /** The data file as shown to authors, and the line of a path inside it (problems in cells point there). */
  file: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Where the column width classes go (class → CSS), when the table has widths (the CSP forbids inline styles). */
  styles?: Map<string, string>;
}

/**
 * Renders a table model as mdast: a scrollable region holding `<table>` with its `<caption>` (when it has one),
 * `<th scope>` header cells (`colgroup`/`rowgroup` for spanning ones), spans and footnote links, then the
 * footnotes. Cell text is parsed as Markdown with directives — blocks included: lists, code, admonitions — so
 * references in cells are resolved by the same transform as references in prose.
 */
export function tableToMdast(model: TableModel, options: TableRenderOptions): RootContent {
  const footnoteId = (mark: string) => `${options.id}_note_${model.footnotes.findIndex((n) => n.mark === mark) + 1}`;
  const content = (cell: CellModel): RootContent[] => {
    const tree = parseFragment(cell.markdown, { file: options.file, line: options.lineOf(cell.path) ?? 1 });
    const children = fragmentChildren(tree) as RootContent[];
    if (!cell.footnote) return children;
    const link = element('a', [{ type: 'text', value: cell.footnote }], {
      href: `#${footnoteId(cell.footnote)}`,
      ariaLabel: `Footnote ${cell.footnote}`,
    });
    const space: RootContent[] = cell.spaceBeforeFootnote ? [{ type: 'text', value: ' ' }] : [];
    return [...children, ...space, element('sup', [link], { className: ['footnote-ref'] })];
  };
  const spans = (cell: CellModel) => ({
    ...(cell.colspan ? { colSpan: cell.colspan } : {}),
    ...(cell.rowspan ? { rowSpan: cell.rowspan } : {}),
  });
  const cellNode = (cell: CellModel) => {
    if (cell.header === 'col') {
      if (cell.markdown === '') return element('td', [], spans(cell));
      return element('th', content(cell), { scope: cell.colspan ? 'colgroup' : 'col', ...spans(cell) });
    }
    if (cell.header === 'row')
      return element('th', content(cell), { scope: cell.rowspan ? 'rowgroup' : 'row', ...spans(cell) });
    return element('td', content(cell), spans(cell));
  };
  const head =
    model.head.length > 0
      ? [
          element(
            'thead',
            model.head.map((row) => element('tr', row.map(cellNode))),
          ),
        ]
      : [];
  const body = element(
    'tbody',
    model.rows.map((row) => element('tr', row.cells.map(cellNode))),
  );
  const captionId = `${options.id}_caption`;
  const caption = model.caption ? [element('caption', content(model.caption), { id: captionId })] : [];
  const columns = model.widths
    ? [
        element(
          'colgroup',
          model.widths.map((percent) => widthColumn(percent, options)),
        ),
      ]
    : [];
  const table = element('table', [...caption, ...columns, ...head, body], {
    className: ['data-table', `data-table-${model.kind}`],
  });
  // A wide table scrolls in a box that keyboards can reach. A <section> named by the caption is a region landmark
  // natively; a table without caption has nothing to name one by, so its box is no landmark.
  const region = model.caption
    ? element('section', [table], { className: ['table-scroll'], tabIndex: 0, ariaLabelledby: captionId })
    : element('div', [table], { className: ['table-scroll'], tabIndex: 0 });
  if (model.footnotes.length === 0) return region;
  const notes = element(
    'ul',
    model.footnotes.map((note) =>
      element(
        'li',
        [
          element('span', [{ type: 'text', value: note.mark }], { className: ['footnote-mark'] }),
          { type: 'text', value: ' ' },
          ...content(note.text),
        ],
        {
          id: footnoteId(note.mark),
        },
      ),
    ),
    { className: ['table-footnotes'] },
  );
  return element('div', [region, notes], { className: ['data-table-block'] });
}

/** A `<col>` of a width, by a class (`col-w30` → `width:30%`) recorded in `options.styles`. */
function widthColumn(percent: number, options: TableRenderOptions): RootContent {
  const className = `col-w${percent}`;
  options.styles?.set(className, `width:${percent}%`);
  return element('col', [], { className: [className] });
}
