import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { createTableLoader } from '../../../src/lib/tables/load-table.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

const registry = registryOf([
  {
    kind: 'internal',
    label: 'neuron-cc',
    title: 'Neuron Compiler',
    url: '/v9/compiler/',
    file: 'content/docs/v9/compiler.mdx',
    line: 1,
    column: 1,
  },
]);

const INSTANCES = [
  'kind: generic',
  'caption: Supported instances',
  'headerRows: 1',
  'headerColumns: 1',
  'widths: [30, 70]',
  'rows:',
  '  - [Name, Description]',
  '  - - neuronx-cc',
  '    - |',
  '      The compiler. See :ref{to="neuron-cc"}.',
  '',
  '      - one',
  '      - two',
  '',
  '      ```bash',
  '      neuronx-cc --help',
  '      ```',
  '',
  '      :::note',
  '      Inside a cell.',
  '      :::',
  '  - - { text: Spans two columns, colspan: 2 }',
].join('\n');

const SPANS = [
  'kind: generic',
  'rows:',
  '  - [A, B, C]',
  '  - [{ text: tall, rowspan: 2 }, x, y]',
  '  - [z, { text: "", colspan: 1 }]',
].join('\n');

const BROKEN = [
  'kind: generic',
  'headerColumns: 4',
  'rows:',
  '  - [A, B]',
  '  - [{ text: wide, colspan: 3 }]',
  '  - [only]',
  '  - [{ text: deep, rowspan: 3 }, x, y]',
].join('\n');

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({
    'content/data/v9/tables/instances.yaml': INSTANCES,
    'content/data/v9/tables/spans.yaml': SPANS,
    'content/data/v9/tables/broken.yaml': BROKEN,
    'content/data/v9/tables/number.yaml': 'kind: generic\nrows:\n  - [Version, Date]\n  - [2.10, b]\n',
    'content/data/v9/tables/plain.yaml': 'kind: generic\nheaderRows: 0\nrows:\n  - [a, b]\n',
    'content/data/v9/tables/bad-ref.yaml': 'kind: generic\nrows:\n  - [H]\n  - ["See :ref{to=\\"nope\\"}"]\n',
  });
});
afterAll(() => renderer.cleanUp());

describe('generic tables', () => {
  it('render caption, column widths, scoped headers and spans; cells hold blocks whose refs resolve', async () => {
    const page = await renderer.renderPage('::table{src="instances"}', registry);
    expect(page.problems).toEqual([]);
    const { html } = page;
    expect(html).toContain(
      '<section class="table-scroll" tabindex="0" aria-labelledby="table_instances_caption"><table class="data-table data-table-generic">' +
        '<caption id="table_instances_caption">Supported instances</caption>' +
        '<colgroup><col class="col-w30"><col class="col-w70"></colgroup>' +
        '<thead><tr><th scope="col">Name</th><th scope="col">Description</th></tr></thead>',
    );
    expect(page.codeStyles).toMatchObject({ 'col-w30': 'width:30%', 'col-w70': 'width:70%' });
    expect(html).toContain(
      '<tr><th scope="row">neuronx-cc</th><td><p>The compiler. See <a href="/v9/compiler/" class="ref ref-internal" data-ref="neuron-cc">Neuron Compiler</a>.</p>',
    );
    expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(html).toMatch(/<pre class="astro-code [^"]+" tabindex="0" data-language="bash">/);
    expect(html).toContain(
      '<div class="admonition admonition-note" role="note" aria-labelledby="admonition_1"><p class="admonition-title" id="admonition_1">Note</p><p>Inside a cell.</p></div>',
    );
    expect(html).toContain('<tr><th scope="row" colspan="2">Spans two columns</th></tr>');
  });

  it('lay out row spans: the next row’s cells start after the spanned column', async () => {
    const { html } = await renderer.render('::table{src="spans"}', registry);
    expect(html).toContain(
      '<tbody><tr><td rowspan="2">tall</td><td>x</td><td>y</td></tr><tr><td>z</td><td></td></tr></tbody>',
    );
  });

  it('have no caption and are no region when the data gives no caption', async () => {
    const { html } = await renderer.render('::table{src="plain"}', registry);
    expect(html).toBe(
      '<div class="table-scroll" tabindex="0"><table class="data-table data-table-generic"><tbody><tr><td>a</td><td>b</td></tr></tbody></table></div>',
    );
  });

  it('report problems in cells at the data file’s line', async () => {
    const { problems } = await renderer.render('::table{src="bad-ref"}', registry);
    expect(problems).toMatchObject([{ code: 'unknown-ref', file: 'content/data/v9/tables/bad-ref.yaml', line: 4 }]);
  });

  it('report spans past the edge, short rows, bad header counts and unquoted numbers, each at its line', () => {
    const tables = createTableLoader(contentPaths(renderer.root));
    const problems = tables.check('v9').filter((problem) => problem.file.endsWith('broken.yaml'));
    expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
      [5, "rows[1][0].colspan: 3 goes past the table's last column (the cell starts in column 1 of 2)"],
      [6, 'rows[2]: fills 1 of the table\'s 2 columns; add empty cells ("") for empty ones'],
      [7, "rows[3][0].rowspan: 3 goes past the table's last row (the cell starts in row 4 of 4)"],
      [7, 'rows[3][2]: "y" goes past the table\'s last column (the cell starts in column 3 of 2)'],
      [2, "headerColumns: 4 is more than the table's 2 columns"],
    ]);
    expect(problems.every((problem) => problem.code === 'invalid-data')).toBe(true);
    expect(tables.check('v9').filter((problem) => problem.file.endsWith('number.yaml'))).toMatchObject([
      {
        code: 'invalid-data',
        line: 4,
        message:
          'rows[1][0]: 2.1 must be text (quote numbers, versions and dates: "2.10") or { text, colspan, rowspan }',
      },
    ]);
  });
});
