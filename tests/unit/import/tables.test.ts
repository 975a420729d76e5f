/**
 * Tables: list-table, grid tables (with spans), simple tables, csv-table, the release's `df-table` and
 * `datatemplate:yaml` → `kind: generic` data files shown with `::table{src}`, cells with Markdown blocks (lists,
 * code, admonitions), and the tables rendered.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONF, cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

let project: Imported;

/** The 1-based line of the first line of `text` that starts with `start`. */
const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start)) + 1;

/** Each `::table{src}` of a page, in order. */
const tablesOf = (body: string) => [...body.matchAll(/^::table\{src="([^"]+)"\}$/gm)].map(([, name]) => name!);

beforeAll(async () => {
  project = await importProject({
    'conf.py': `${CONF}extensions += ['df_tables', 'sphinxcontrib.datatemplates']\nimport os, sys\nsys.path.append(os.path.abspath('_ext'))\n`,
    // The release's own df-table directive (aws-neuron-sdk `_ext/df_tables.py`)
    '_ext/df_tables.py': readFileSync(new URL('./fixtures/df_tables.py', import.meta.url), 'utf8'),
    'index.rst': page(
      'Home',
      'The tables of the fixture.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   tables',
      '   generated',
      '',
    ),
    'tables.rst': TABLES,
    'generated.rst': GENERATED,
    'data.yaml': lines('rows:', '  - {name: alpha, value: 1}', '  - {name: beta, value: two}'),
  });
});

const TABLES = page(
  'Tables',
  '.. list-table:: Supported instances',
  '   :header-rows: 1',
  '   :stub-columns: 1',
  '   :widths: 30 70',
  '',
  '   * - Name',
  '     - Description',
  '   * - ``neuronx-cc``',
  '     - The compiler.',
  '',
  '       - item one',
  '       - item two',
  '   * - ``neuron-top``',
  '     - .. note::',
  '',
  '          Needs the driver.',
  '   * - ``neuron-ls``',
  '     - Run:',
  '',
  '       .. code-block:: bash',
  '',
  '          neuron-ls --json',
  '',
  '+-------+-------+',
  '| A     | B     |',
  '+=======+=======+',
  '| spans both    |',
  '+-------+-------+',
  '| r     | c     |',
  '+       +-------+',
  '|       | d     |',
  '+-------+-------+',
  '',
  '=====  =====',
  'Col1   Col2',
  '=====  =====',
  'a      b',
  'c      d',
  '=====  =====',
  '',
  '.. csv-table:: Versions',
  '   :header: "Package", "Version"',
  '',
  '   "torch-neuronx, with a comma", 2.1',
  '   neuronx-cc, "2.10"',
  '',
);

const GENERATED = page(
  'Generated tables',
  '.. df-table::',
  '   :header-rows: 1',
  '',
  "   df = pd.DataFrame({'Model': ['bert', 'gpt2'], 'Latency': [1.5, 2.25]})",
  '',
  '.. datatemplate:yaml:: data.yaml',
  '',
  '   .. list-table::',
  '      :header-rows: 1',
  '',
  '      * - Name',
  '        - Value',
  '   {% for row in data.rows %}',
  '      * - {{ row.name }}',
  '        - {{ row.value }}',
  '   {% endfor %}',
  '',
);

afterAll(cleanUpProjects);

describe('RST tables → generic table data', () => {
  test('each table is a data file shown where the table was', () => {
    expect(tablesOf(project.body('tables'))).toHaveLength(4);
    expect(project.body('tables').replace(/^::table\{src="[^"]+"\}$/gm, '::table')).toBe(
      lines('::table', '', '::table', '', '::table', '', '::table').trim(),
    );
  });

  test('list-table: caption, header rows, stub columns, widths; plain cells are plain text', () => {
    const [name] = tablesOf(project.body('tables'));
    const table = project.table(name!);
    expect({ ...table, rows: (table['rows'] as unknown[]).slice(0, 1) }).toEqual({
      kind: 'generic',
      caption: 'Supported instances',
      headerRows: 1,
      headerColumns: 1,
      widths: [30, 70],
      rows: [['Name', 'Description']],
    });
    expect((table['rows'] as string[][]).map((row) => row[0])).toEqual([
      'Name',
      '`neuronx-cc`',
      '`neuron-top`',
      '`neuron-ls`',
    ]);
  });

  test('grid table: colspan and rowspan', () => {
    const name = tablesOf(project.body('tables'))[1]!;
    expect(project.table(name)).toMatchObject({
      kind: 'generic',
      headerRows: 1,
      headerColumns: 0,
      rows: [['A', 'B'], [{ text: 'spans both', colspan: 2 }], [{ text: 'r', rowspan: 2 }, 'c'], ['d']],
    });
  });

  test('simple table and csv-table (quoted commas, quoted numbers stay text)', () => {
    const [, , simple, csv] = tablesOf(project.body('tables'));
    expect(project.table(simple!)).toMatchObject({
      kind: 'generic',
      headerRows: 1,
      rows: [
        ['Col1', 'Col2'],
        ['a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(project.table(csv!)).toMatchObject({
      kind: 'generic',
      caption: 'Versions',
      headerRows: 1,
      rows: [
        ['Package', 'Version'],
        ['torch-neuronx, with a comma', '2.1'],
        ['neuronx-cc', '2.10'],
      ],
    });
  });

  test('each data file says where its table is in the source', () => {
    const names = tablesOf(project.body('tables'));
    const headers = names.map((name) => project.file(`content/data/latest/tables/${name}.yaml`).split('\n')[0]);
    expect(headers).toEqual([
      `# Imported from tables.rst (table at line ${lineOf(TABLES, '.. list-table::')}) by npm run import.`,
      `# Imported from tables.rst (table at line ${lineOf(TABLES, '+-------+')}) by npm run import.`,
      `# Imported from tables.rst (table at line ${lineOf(TABLES, '=====  =====')}) by npm run import.`,
      `# Imported from tables.rst (table at line ${lineOf(TABLES, '.. csv-table::')}) by npm run import.`,
    ]);
  });

  test('rendered: headers, row headers, spans, and cells holding a list, a note and a code block', async () => {
    const { html, problems } = await project.render('tables');
    expect(problems).toEqual([]);
    const flat = squash(html);
    expect(flat).toContain('<caption id="table_');
    expect(flat).toContain(
      '>Supported instances</caption><colgroup><col class="col-w30"><col class="col-w70"></colgroup>',
    );
    expect(flat).toContain('<thead><tr><th scope="col">Name</th><th scope="col">Description</th></tr></thead>');
    expect(flat).toContain(
      '<tr><th scope="row"><code>neuronx-cc</code></th><td><p>The compiler.</p><ul><li>item one</li><li>item two</li></ul></td></tr>',
    );
    expect(flat).toMatch(
      /<tr><th scope="row"><code>neuron-top<\/code><\/th><td><div class="admonition admonition-note"[^>]*><p class="admonition-title"[^>]*>Note<\/p><p>Needs the driver\.<\/p><\/div><\/td><\/tr>/,
    );
    expect(flat).toMatch(
      /<tr><th scope="row"><code>neuron-ls<\/code><\/th><td><p>Run:<\/p><pre [^>]*data-language="bash"><code>.*neuron-ls.*--json.*<\/code><\/pre><\/td><\/tr>/,
    );
    expect(flat).toContain(
      '<tr><td colspan="2">spans both</td></tr><tr><td rowspan="2">r</td><td>c</td></tr><tr><td>d</td></tr>',
    );
    expect(flat).toContain('<td>torch-neuronx, with a comma</td><td>2.1</td>');
  });
});

describe('generated tables', () => {
  test('df-table runs the release’s pandas code; datatemplate:yaml renders its template with the data', () => {
    const [df, template] = tablesOf(project.body('generated'));
    expect(project.table(df!)).toMatchObject({
      kind: 'generic',
      headerRows: 1,
      rows: [
        ['Model', 'Latency'],
        ['bert', '1.5'],
        ['gpt2', '2.25'],
      ],
    });
    expect(project.table(template!)).toMatchObject({
      kind: 'generic',
      headerRows: 1,
      rows: [
        ['Name', 'Value'],
        ['alpha', '1'],
        ['beta', 'two'],
      ],
    });
    const headers = [df, template].map(
      (name) => project.file(`content/data/latest/tables/${name}.yaml`).split('\n')[0],
    );
    expect(headers).toEqual([
      `# Imported from generated.rst (df-table at line ${lineOf(GENERATED, '.. df-table::')}) by npm run import.`,
      `# Imported from generated.rst (table at line ${lineOf(GENERATED, '.. datatemplate:yaml::')}) by npm run import.`,
    ]);
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('generated');
    expect(problems).toEqual([]);
    expect(squash(html)).toContain(
      '<tbody><tr><td>bert</td><td>1.5</td></tr><tr><td>gpt2</td><td>2.25</td></tr></tbody>',
    );
    expect(squash(html)).toContain(
      '<tbody><tr><td>alpha</td><td>1</td></tr><tr><td>beta</td><td>two</td></tr></tbody>',
    );
  });
});
