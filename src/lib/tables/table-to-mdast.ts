import type { RootContent } from 'mdast';
import { element } from '../markdown/element-node.ts';
import { fragmentChildren, parseFragment } from '../markdown/parse-fragment.ts';
import type { CellModel, TableModel } from './table-model.ts';

/**
 * Renders a table model as mdast: a scrollable region holding `<table>` with `<caption>`, `<th scope>` header
 * cells and footnote links, then the footnotes. Cell text is parsed as Markdown with directives, so references in
 * cells are resolved by the same transform as references in prose. `lineOf` maps a cell's data path to its line.
 */
export function tableToMdast(
  model: TableModel,
  options: { id: string; file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined },
): RootContent {
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
  const head = element('thead', [
    element(
      'tr',
      model.head.map((cell) =>
        cell.markdown === '' ? element('td', []) : element('th', content(cell), { scope: 'col' }),
      ),
    ),
  ]);
  const body = element(
    'tbody',
    model.rows.map((row) =>
      element(
        'tr',
        row.cells.map((cell, index) =>
          index === 0 && model.rowHeader
            ? element('th', content(cell), { scope: 'row' })
            : element('td', content(cell)),
        ),
      ),
    ),
  );
  const captionId = `${options.id}_caption`;
  const caption = element('caption', content(model.caption), { id: captionId });
  const table = element('table', [caption, head, body], {
    className: ['data-table', `data-table-${model.kind}`],
  });
  // A <section> named by the caption is a region landmark natively: no `role` needed.
  const region = element('section', [table], {
    className: ['table-scroll'],
    tabIndex: 0,
    ariaLabelledby: captionId,
  });
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
