import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../src/lib/diagnostics/yaml-data.ts';
import { tableData, type TableDataInput } from '../../../src/lib/tables/schemas.ts';

/** The problems of a table as `path: message`. */
function issues(input: unknown): string[] {
  const result = tableData.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${formatDataPath(i.path)}: ${i.message}`);
}

const packages = (overrides: Partial<Extract<TableDataInput, { kind: 'packages' }>> = {}): TableDataInput => ({
  kind: 'packages',
  caption: 'New packages',
  headers: { name: 'Package', formats: 'Formats', description: 'Description', instances: 'Instances' },
  rows: [{ name: 'torch-neuronx', formats: ['whl'], description: 'PyTorch', instances: ['Trn1'] }],
  ...overrides,
});

type PackageRowInput = Extract<TableDataInput, { kind: 'packages' }>['rows'][number];

const classification = (overrides: Record<string, unknown> = {}) => ({
  kind: 'classification',
  caption: 'APIs',
  columns: ['API Contract', 'Backward Compatibility'],
  rows: [{ level: 'Alpha', cells: ['Major changes', 'No'] }],
  ...overrides,
});

describe('packages table schema', () => {
  it('accepts a valid table', () => {
    expect(issues(packages())).toEqual([]);
  });

  it('requires formerName on every row when the formerName header is given', () => {
    const headers = { name: 'Package', formerName: 'Old', formats: 'F', description: 'D', instances: 'I' };
    const rows: PackageRowInput[] = [
      { name: 'a', formerName: 'old-a', formats: ['deb'], description: '', instances: ['Inf1'] },
      { name: 'b', formats: ['deb'], description: '', instances: ['Inf1'] },
    ];
    expect(issues(packages({ headers, rows }))).toEqual([
      'rows[1].formerName: missing: the table has a "formerName" header, so every row needs a formerName',
    ]);
  });

  it('rejects formerName on a row when the table has no formerName header', () => {
    const rows = [
      { name: 'a', formerName: 'old-a', formats: ['deb' as const], description: '', instances: ['Inf1' as const] },
    ];
    expect(issues(packages({ rows }))).toEqual([
      'rows[0].formerName: not expected: add a "formerName" header to show this column, or remove the field',
    ]);
  });

  it('rejects an unknown instance family and an unknown format', () => {
    const rows = [{ name: 'a', formats: ['zip'], description: '', instances: ['Trn1', 'Trn9'] }];
    expect(issues(packages({ rows } as never))).toEqual([
      'rows[0].formats[0]: Invalid option: expected one of "whl"|"deb"|"rpm"',
      'rows[0].instances[1]: Invalid option: expected one of "Inf1"|"Inf2"|"Trn1"|"Trn1n"|"Trn2"|"Trn2n"|"Trn3"',
    ]);
  });

  it('requires at least one row, format and instance', () => {
    expect(issues(packages({ rows: [] }))).toHaveLength(1);
    const rows = [{ name: 'a', formats: [], description: '', instances: [] }];
    expect(issues(packages({ rows } as never)).map((i) => i.split(':')[0])).toEqual([
      'rows[0].formats',
      'rows[0].instances',
    ]);
  });

  it('rejects unknown keys', () => {
    expect(issues({ ...packages(), colour: 'red' })).toEqual([': Unrecognized key: "colour"']);
  });
});

describe('classification table schema', () => {
  it('accepts a valid table and defaults footnotes to none', () => {
    const result = tableData.parse(classification());
    expect(result).toMatchObject({ kind: 'classification', footnotes: [] });
  });

  it('requires one cell per column', () => {
    expect(issues(classification({ rows: [{ level: 'Beta', cells: ['Only one'] }] }))).toEqual([
      'rows[0].cells: has 1 cells but the table has 2 columns ("API Contract", "Backward Compatibility"); add empty strings ("") for empty cells',
    ]);
  });

  it('requires footnote marks to be defined', () => {
    const rows = [{ level: 'Stable', cells: [{ text: 'Yes†', footnote: '†' }, 'No'] }];
    expect(issues(classification({ rows }))).toEqual([
      'rows[0].cells[0].footnote: "†" is not a footnote of this table; add it to "footnotes" or use one of: (none defined)',
    ]);
    expect(issues(classification({ rows, footnotes: [{ mark: '*', text: 'MVP' }] }))).toEqual([
      'rows[0].cells[0].footnote: "†" is not a footnote of this table; add it to "footnotes" or use one of: "*"',
    ]);
    expect(issues(classification({ rows, footnotes: [{ mark: '†', text: 'MVP' }] }))).toEqual([]);
  });
});

describe('classification footnote cells', () => {
  it('require the text to end with the footnote mark', () => {
    const footnotes = [{ mark: '*', text: 'MVP' }];
    expect(
      issues(classification({ rows: [{ level: 'Stable', cells: [{ text: 'Yes', footnote: '*' }, 'No'] }], footnotes })),
    ).toEqual(['rows[0].cells[0].text: must end with its footnote mark "*", e.g. "Yes *"']);
    for (const text of ['Yes *', 'Yes*', '*']) {
      expect(
        issues(classification({ rows: [{ level: 'Stable', cells: [{ text, footnote: '*' }, 'No'] }], footnotes })),
      ).toEqual([]);
    }
  });
});

describe('lifecycle-phases table schema', () => {
  it('defaults the phase header and comments to empty', () => {
    const result = tableData.parse({
      kind: 'lifecycle-phases',
      caption: 'Phases',
      headers: { description: 'Description', comments: 'Comments' },
      rows: [{ phase: 'Maintenance', description: 'Fixes only' }],
    });
    expect(result).toMatchObject({
      headers: { phase: '', description: 'Description', comments: 'Comments' },
      rows: [{ phase: 'Maintenance', description: 'Fixes only', comments: '' }],
    });
  });

  it('rejects an unknown kind', () => {
    expect(issues({ kind: 'matrix', caption: 'x' })).toHaveLength(1);
  });
});
