import type { Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { describe, expect, it } from 'vitest';
import { tableData, type TableDataInput } from '../../../src/lib/tables/schemas.ts';
import { toTableModel } from '../../../src/lib/tables/table-model.ts';
import { tableToMdast } from '../../../src/lib/tables/table-to-mdast.ts';

function render(input: TableDataInput, lineOf: (path: readonly PropertyKey[]) => number | undefined = () => 1) {
  const node = tableToMdast(toTableModel(tableData.parse(input)), {
    id: 'table_t',
    file: 'content/data/v/t.yaml',
    lineOf,
  });
  return { node, html: toHtml(toHast({ type: 'root', children: [node] } as Root)) };
}

const classification: TableDataInput = {
  kind: 'classification',
  caption: 'APIs *Software* Classification',
  columns: ['API Contract', 'Backward `Compat`'],
  rows: [
    { level: 'Alpha', cells: ['Major changes', 'No'] },
    { level: 'Stable', cells: [{ text: 'Incremental*', footnote: '*' }, ''] },
  ],
  footnotes: [{ mark: '*', text: 'Only for MVP' }],
};

describe('tableToMdast', () => {
  it('renders a classification table with caption, scoped headers, corner cell and footnotes', () => {
    expect(render(classification).html).toBe(
      [
        '<div class="data-table-block">',
        '<section class="table-scroll" tabindex="0" aria-labelledby="table_t_caption">',
        '<table class="data-table data-table-classification">',
        '<caption id="table_t_caption">APIs <em>Software</em> Classification</caption>',
        '<thead><tr><td></td><th scope="col">API Contract</th><th scope="col">Backward <code>Compat</code></th></tr></thead>',
        '<tbody>',
        '<tr><th scope="row">Alpha</th><td>Major changes</td><td>No</td></tr>',
        '<tr><th scope="row">Stable</th><td>Incremental<sup class="footnote-ref"><a href="#table_t_note_1" aria-label="Footnote *">*</a></sup></td><td></td></tr>',
        '</tbody>',
        '</table>',
        '</section>',
        '<ul class="table-footnotes"><li id="table_t_note_1"><span class="footnote-mark">*</span> Only for MVP</li></ul>',
        '</div>',
      ].join(''),
    );
  });

  it('numbers footnote ids by their order in the table', () => {
    const { html } = render({
      ...classification,
      rows: [
        {
          level: 'Stable',
          cells: [
            { text: 'A †', footnote: '†' },
            { text: 'B*', footnote: '*' },
          ],
        },
      ],
      footnotes: [
        { mark: '*', text: 'Star' },
        { mark: '†', text: 'Dagger' },
      ],
    } as TableDataInput);
    expect(html).toContain('<a href="#table_t_note_2" aria-label="Footnote †">†</a>');
    expect(html).toContain('<a href="#table_t_note_1" aria-label="Footnote *">*</a>');
    expect(html).toContain('<li id="table_t_note_1"><span class="footnote-mark">*</span> Star</li>');
    expect(html).toContain('<li id="table_t_note_2"><span class="footnote-mark">†</span> Dagger</li>');
  });

  it('keeps the original spacing before a footnote mark', () => {
    const { html } = render({
      ...classification,
      rows: [
        {
          level: 'Stable',
          cells: [
            { text: 'A †', footnote: '†' },
            { text: '`B`*', footnote: '*' },
          ],
        },
      ],
      footnotes: [
        { mark: '*', text: 'Star' },
        { mark: '†', text: 'Dagger' },
      ],
    } as TableDataInput);
    expect(html).toContain(
      '<td>A <sup class="footnote-ref"><a href="#table_t_note_2" aria-label="Footnote †">†</a></sup></td>',
    );
    expect(html).toContain(
      '<td><code>B</code><sup class="footnote-ref"><a href="#table_t_note_1" aria-label="Footnote *">*</a></sup></td>',
    );
  });

  it('renders a packages table without row headers or footnote list', () => {
    const { html } = render({
      kind: 'packages',
      caption: 'New packages',
      headers: { name: 'Package', formats: 'Formats', description: 'Description', instances: 'Instances' },
      rows: [
        {
          name: 'torch-neuronx',
          formats: ['whl', 'deb'],
          description: 'PyTorch [docs](/x/)',
          instances: ['Trn1', 'Inf1'],
        },
      ],
    });
    expect(html).toBe(
      '<section class="table-scroll" tabindex="0" aria-labelledby="table_t_caption">' +
        '<table class="data-table data-table-packages"><caption id="table_t_caption">New packages</caption>' +
        '<thead><tr><th scope="col">Package</th><th scope="col">Formats</th><th scope="col">Description</th><th scope="col">Instances</th></tr></thead>' +
        '<tbody><tr><td><code>torch-neuronx</code></td><td>.whl (pip), .deb (apt)</td><td>PyTorch <a href="/x/">docs</a></td><td>Trn1, Inf1</td></tr></tbody>' +
        '</table></section>',
    );
  });

  it('keeps multi-paragraph cells as paragraphs', () => {
    const { html } = render({
      kind: 'lifecycle-phases',
      caption: 'Phases',
      headers: { description: 'Description', comments: 'Comments' },
      rows: [{ phase: 'Maintenance', description: 'One.\n\nTwo.' }],
    });
    expect(html).toContain(
      '<thead><tr><td></td><th scope="col">Description</th><th scope="col">Comments</th></tr></thead>',
    );
    expect(html).toContain('<tr><th scope="row">Maintenance</th><td><p>One.</p><p>Two.</p></td><td></td></tr>');
  });

  it('stamps cell content with the data file and the line of its path, for problems inside cells', () => {
    const lines = new Map([['rows,0,cells,0', 7]]);
    const { node } = render(
      { ...classification, rows: [{ level: 'Alpha', cells: [':ref{to="x"}', 'No'] }], footnotes: [] } as TableDataInput,
      (path) => lines.get(path.join(',')),
    );
    const found: unknown[] = [];
    const walk = (n: RootContent) => {
      if (n.type === 'textDirective') found.push(n.data);
      if ('children' in n) (n.children as RootContent[]).forEach(walk);
    };
    walk(node);
    expect(found).toEqual([{ source: { file: 'content/data/v/t.yaml', line: 7, column: 1 }, raw: ':ref{to="x"}' }]);
  });
});
