import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../src/lib/rst-import/convert-page.ts';
import { parseGridTable } from '../../../src/lib/rst-import/grid-table.ts';
import { splitDirective } from '../../../src/lib/rst-import/explicit.ts';
import { parseListTable } from '../../../src/lib/rst-import/list-table.ts';
import { toLines } from '../../../src/lib/rst-import/source.ts';
import { tableData } from '../../../src/lib/tables/schemas.ts';
import { lines, testContext } from './helpers.ts';

const cellText = (table: ReturnType<typeof parseGridTable>) =>
  table.rows.map((row) => row.map((cell) => cell.lines.map((l) => l.text).join('\n')));

describe('grid tables', () => {
  const grid = lines(
    '+-------------+----------+',
    '|             | Testing  |',
    '+=============+==========+',
    '| Developer   | Basic    |',
    '| Preview     |          |',
    '+-------------+----------+',
    '| GA          | one      |',
    '|             |          |',
    '|             | two \\*   |',
    '+-------------+----------+',
  );

  it('splits rows and columns, keeps line numbers and counts header rows', () => {
    const table = parseGridTable(toLines(grid), testContext());
    expect(table.headerRows).toBe(1);
    expect(cellText(table)).toEqual([
      ['', 'Testing'],
      ['Developer\nPreview', 'Basic'],
      ['GA', 'one\n\ntwo \\*'],
    ]);
    expect(table.rows[2]![1]!.lines[0]!.no).toBe(7);
  });

  it('fails on spanning cells with the line to fix', () => {
    const spanning = lines('+---+---+', '| a | b |', '+---+---+', '| wide    |', '+---+---+');
    expect(() => parseGridTable(toLines(spanning), { ...testContext(), file: 'p.rst' })).toThrow(
      /^p\.rst:4: grid table row does not have a "\|"/,
    );
  });

  it('maps a classification matrix with footnote cells and the footnote paragraph after it', () => {
    const rst = lines(
      'Title',
      '=====',
      '',
      'Neuron APIs',
      '-----------',
      '',
      grid,
      '',
      '\\* Only *sometimes*.',
      '',
      'After.',
    );
    const page = convertPage(
      rst,
      {
        file: 'p.rst',
        pageId: 'p',
        description: 'd',
        tables: [{ name: 'apis', kind: 'classification' }],
      },
      testContext().warn,
    );
    expect(page.mdx).toContain('## Neuron APIs\n\n::table{src="apis"}\n\nAfter.\n');
    expect(page.mdx).not.toContain('sometimes');
    const data = tableData.parse(page.tables[0]!.data);
    expect(data).toEqual({
      kind: 'classification',
      caption: 'Neuron APIs',
      columns: ['Testing'],
      rows: [
        { level: 'Developer Preview', cells: ['Basic'] },
        { level: 'GA', cells: [{ text: 'one\n\ntwo *', footnote: '*' }] }, // the mark stays, with the original's spacing
      ],
      footnotes: [{ mark: '*', text: 'Only *sometimes*.' }],
    });
  });
});

describe('list tables', () => {
  const rst = lines(
    '.. list-table:: New Neuron packages',
    '   :header-rows: 1',
    '',
    '   * - New Package',
    '     - Package Type',
    '     - Description',
    '     - Supported Instances',
    '',
    '       (At :ref:`2.3 <neuron2x-trn1ga>`)',
    '',
    '   * - ``torch-neuronx``',
    '     - .deb (apt), .rpm (yum)',
    '     - Using `XLA <https://pytorch.org/xla>`_',
    '     - Trn1, Inf1',
  );

  it('parses rows of cells', () => {
    const body = toLines(rst).slice(1);
    const parts = splitDirective(
      'list-table',
      'New Neuron packages',
      body.map((l) => ({ ...l, text: l.text.slice(3) })),
      1,
    );
    const table = parseListTable(parts.argument, parts.options, parts.content, testContext(), 1);
    expect(table.headerRows).toBe(1);
    expect(table.rows.map((row) => row.map((cell) => cell.lines.map((l) => l.text).join('\n')))).toEqual([
      ['New Package', 'Package Type', 'Description', 'Supported Instances\n\n(At :ref:`2.3 <neuron2x-trn1ga>`)'],
      ['``torch-neuronx``', '.deb (apt), .rpm (yum)', 'Using `XLA <https://pytorch.org/xla>`_', 'Trn1, Inf1'],
    ]);
  });

  it('maps a packages table', () => {
    const page = convertPage(
      lines('Title', '=====', '', rst),
      {
        file: 'p.rst',
        pageId: 'p',
        description: 'd',
        tables: [{ name: 'new', kind: 'packages' }],
      },
      testContext().warn,
    );
    expect(tableData.parse(page.tables[0]!.data)).toEqual({
      kind: 'packages',
      caption: 'New Neuron packages',
      headers: {
        name: 'New Package',
        formats: 'Package Type',
        description: 'Description',
        instances: 'Supported Instances\n\n(At :ref[2.3]{to="neuron2x-trn1ga"})',
      },
      rows: [
        {
          name: 'torch-neuronx',
          formats: ['deb', 'rpm'],
          description: 'Using [XLA](https://pytorch.org/xla)',
          instances: ['Trn1', 'Inf1'],
        },
      ],
    });
  });

  it('fails on rows with a different number of cells', () => {
    const bad = lines('.. list-table:: T', '', '   * - a', '     - b', '   * - c');
    expect(() =>
      convertPage(
        lines('Title', '=====', '', bad),
        { file: 'p.rst', pageId: 'p', description: 'd' },
        testContext().warn,
      ),
    ).toThrow(/^p\.rst:4: list-table row 2 has 1 cells/);
  });
});
