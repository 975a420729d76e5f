import { describe, expect, it } from 'vitest';
import { tableData, type TableDataInput } from '../../../src/lib/tables/schemas.ts';
import { toTableModel, type TableModel } from '../../../src/lib/tables/table-model.ts';

const model = (input: TableDataInput): TableModel => toTableModel(tableData.parse(input));
const texts = (cells: { markdown: string }[]) => cells.map((cell) => cell.markdown);

describe('toTableModel: packages', () => {
  const renamed = model({
    kind: 'packages',
    caption: 'Renamed packages',
    headers: {
      name: 'New name',
      formerName: 'Old name',
      formats: 'Formats',
      description: 'What',
      instances: 'Runs on',
    },
    rows: [
      {
        name: 'aws-neuronx-dkms',
        formerName: 'aws-neuron-dkms',
        formats: ['deb', 'rpm'],
        description: 'The *driver*',
        instances: ['Trn1', 'Inf1'],
      },
    ],
  });

  it('has a column per header, the former name included', () => {
    expect(renamed.head.map(texts)).toEqual([['New name', 'Old name', 'Formats', 'What', 'Runs on']]);
    expect(renamed.head[0]?.every((cell) => cell.header === 'col')).toBe(true);
    expect(renamed.head[0]?.map((cell) => cell.path)).toEqual([
      ['headers', 'name'],
      ['headers', 'formerName'],
      ['headers', 'formats'],
      ['headers', 'description'],
      ['headers', 'instances'],
    ]);
  });

  it('formats package names as code, formats by their usual names and instances in order', () => {
    expect(renamed.rows).toEqual([
      {
        cells: [
          { markdown: '`aws-neuronx-dkms`', path: ['rows', 0, 'name'] },
          { markdown: '`aws-neuron-dkms`', path: ['rows', 0, 'formerName'] },
          { markdown: '.deb (apt), .rpm (yum)', path: ['rows', 0, 'formats'] },
          { markdown: 'The *driver*', path: ['rows', 0, 'description'] },
          { markdown: 'Trn1, Inf1', path: ['rows', 0, 'instances'] },
        ],
      },
    ]);
    expect(renamed).toMatchObject({
      kind: 'packages',
      footnotes: [],
      caption: { markdown: 'Renamed packages', path: ['caption'] },
    });
  });

  it('leaves out the former-name column when the table has none', () => {
    const table = model({
      kind: 'packages',
      caption: 'New',
      headers: { name: 'Package', formats: 'Formats', description: 'D', instances: 'I' },
      rows: [{ name: 'torch-neuronx', formats: ['whl'], description: 'PyTorch', instances: ['Trn1'] }],
    });
    expect(table.head.map(texts)).toEqual([['Package', 'Formats', 'D', 'I']]);
    expect(texts(table.rows[0]?.cells ?? [])).toEqual(['`torch-neuronx`', '.whl (pip)', 'PyTorch', 'Trn1']);
  });
});

describe('toTableModel: lifecycle-phases', () => {
  it('puts the phase first as the row header, with an empty corner', () => {
    const table = model({
      kind: 'lifecycle-phases',
      caption: 'Neuron Software Life-cycle',
      headers: { description: 'Description', comments: 'Comments' },
      rows: [
        { phase: 'Developer Preview', description: 'Para 1\n\nPara 2', comments: 'Beta' },
        { phase: 'Maintenance', description: 'Fixes only' },
      ],
    });
    expect(table.rows.map((row) => row.cells.map((cell) => cell.header))).toEqual([
      ['row', undefined, undefined],
      ['row', undefined, undefined],
    ]);
    expect(table.head.map(texts)).toEqual([['', 'Description', 'Comments']]);
    expect(table.rows.map((row) => texts(row.cells))).toEqual([
      ['Developer Preview', 'Para 1\n\nPara 2', 'Beta'],
      ['Maintenance', 'Fixes only', ''],
    ]);
    expect(table.rows[1]?.cells[2]?.path).toEqual(['rows', 1, 'comments']);
  });
});

describe('toTableModel: classification', () => {
  const table = model({
    kind: 'classification',
    caption: 'APIs Software Classification',
    columns: ['API Contract', 'API Backward Compatibility'],
    rows: [
      { level: 'Alpha', cells: ['Major changes may happen', 'No'] },
      { level: 'Stable', cells: [{ text: 'Incremental changes *', footnote: '*' }, ''] },
      { level: 'MVP', cells: [{ text: 'Product (MVP)*', footnote: '*' }, 'Yes'] },
    ],
    footnotes: [{ mark: '*', text: 'Only for `MVP` features' }],
  });

  it('has an empty corner cell, then one header per column', () => {
    expect(table.head.map(texts)).toEqual([['', 'API Contract', 'API Backward Compatibility']]);
    expect(table.head[0]?.[2]?.path).toEqual(['columns', 1]);
  });

  it('puts the level first as the row header and moves footnote marks out of the cell text', () => {
    expect(table.rows[1]?.cells).toEqual([
      { markdown: 'Stable', path: ['rows', 1, 'level'], header: 'row' },
      { markdown: 'Incremental changes', footnote: '*', spaceBeforeFootnote: true, path: ['rows', 1, 'cells', 0] },
      { markdown: '', path: ['rows', 1, 'cells', 1] },
    ]);
  });

  it('remembers whether the original put a space before the footnote mark', () => {
    expect(table.rows[2]?.cells[1]).toEqual({
      markdown: 'Product (MVP)',
      footnote: '*',
      spaceBeforeFootnote: false,
      path: ['rows', 2, 'cells', 0],
    });
  });

  it('lists the footnotes', () => {
    expect(table.footnotes).toEqual([
      { mark: '*', text: { markdown: 'Only for `MVP` features', path: ['footnotes', 0, 'text'] } },
    ]);
  });
});

describe('toTableModel: generic', () => {
  it('splits header rows from body rows and marks header columns, spans and widths', () => {
    const table = model({
      kind: 'generic',
      headerRows: 1,
      headerColumns: 1,
      widths: [1, 1, 2],
      rows: [
        ['Name', { text: 'Details', colspan: 2 }],
        [{ text: 'torch', rowspan: 2 }, 'a', 'b'],
        ['c', 'd'],
      ],
    });
    expect(table.caption).toBeUndefined();
    expect(table.widths).toEqual([25, 25, 50]);
    expect(table.head).toEqual([
      [
        { markdown: 'Name', path: ['rows', 0, 0], header: 'col' },
        { markdown: 'Details', path: ['rows', 0, 1, 'text'], header: 'col', colspan: 2 },
      ],
    ]);
    // The row under a row-spanning header starts in the second column: its cells are data, not headers.
    expect(table.rows.map((row) => row.cells.map((cell) => [cell.markdown, cell.header, cell.rowspan]))).toEqual([
      [
        ['torch', 'row', 2],
        ['a', undefined, undefined],
        ['b', undefined, undefined],
      ],
      [
        ['c', undefined, undefined],
        ['d', undefined, undefined],
      ],
    ]);
  });

  it('keeps a caption when there is one, and has no header row when headerRows is 0', () => {
    const table = model({ kind: 'generic', caption: 'Sizes', headerRows: 0, rows: [['a', null]] });
    expect(table.caption).toEqual({ markdown: 'Sizes', path: ['caption'] });
    expect(table.head).toEqual([]);
    expect(table.rows[0]?.cells.map((cell) => cell.markdown)).toEqual(['a', '']);
  });
});
