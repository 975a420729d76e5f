import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDataPath, loadYamlData, validateYaml } from '../../../src/lib/diagnostics/yaml-data.ts';

const dir = mkdtempSync(join(tmpdir(), 'neuron-docs-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const shown = (file: string) => relative(process.cwd(), file).split('\\').join('/');

const schema = z.strictObject({
  rows: z.array(
    z.strictObject({
      name: z.string(),
      instances: z.array(z.enum(['Inf1', 'Trn1'])),
    }),
  ),
});

describe('formatDataPath', () => {
  it.each([
    [['rows', 3, 'instances', 1], 'rows[3].instances[1]'],
    [[3, 'instances'], '[3].instances'],
    [['headers', 'formerName'], 'headers.formerName'],
    [[0, 1], '[0][1]'],
    [[], ''],
  ] as [PropertyKey[], string][])('%j → %j', (path, text) => {
    expect(formatDataPath(path)).toBe(text);
  });
});

describe('loadYamlData', () => {
  it('returns the data and the line of any path', () => {
    const file = write(
      'good.yaml',
      [
        '# comment',
        'rows:',
        '  - name: a',
        '    instances: [Inf1]',
        '  - name: b',
        '    instances:',
        '      - Trn1',
      ].join('\n'),
    );
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      rows: [
        { name: 'a', instances: ['Inf1'] },
        { name: 'b', instances: ['Trn1'] },
      ],
    });
    expect(result.lineOf(['rows', 1, 'instances', 0])).toBe(7);
    expect(result.lineOf(['rows', 1])).toBe(5);
    expect(result.lineOf(['rows', 1, 'missing'])).toBe(5); // the deepest existing node
  });

  it('reports a schema error with its path, the quoted value, zod’s message and the line', () => {
    const file = write(
      'bad-enum.yaml',
      [
        'rows:',
        '  - { name: a, instances: [Inf1] }',
        '  - { name: b, instances: [Inf1] }',
        '  - { name: c, instances: [Inf1] }',
        '  - name: d',
        '    instances:',
        '      - Trn1',
        '      - Trn9',
      ].join('\n'),
    );
    const result = loadYamlData(file, schema, shown(file));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'invalid-data',
          file: shown(file),
          line: 8,
          message: 'rows[3].instances[1]: "Trn9" Invalid option: expected one of "Inf1"|"Trn1"',
          hint: 'each data file’s schema is documented in CONTRIBUTING.md (“Tables from data”) and src/lib',
        },
      ],
    });
  });

  it('says "is required" for a missing field, at the line of its object', () => {
    const file = write('missing.yaml', 'rows:\n  - name: a\n    instances: [Inf1]\n  - instances: [Trn1]\n');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok ? [] : result.problems).toMatchObject([{ line: 4, message: 'rows[1].name: is required' }]);
  });

  it('reports every problem at once', () => {
    const file = write('many.yaml', 'rows:\n  - name: 1\n    instances: [X]\n');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok ? [] : result.problems.map((p) => [p.line, p.message])).toMatchInlineSnapshot(`
      [
        [
          2,
          "rows[0].name: 1 Invalid input: expected string, received number",
        ],
        [
          3,
          "rows[0].instances[0]: "X" Invalid option: expected one of "Inf1"|"Trn1"",
        ],
      ]
    `);
  });

  it('points an unrecognized key at the line of that key, not of its object', () => {
    const file = write('extra.yaml', 'rows:\n  - name: a\n    instances: [Inf1]\n    extra: true\n');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok ? [] : result.problems).toMatchObject([
      { line: 4, message: 'rows[0]: Unrecognized key: "extra"' },
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const file = write('syntax.yaml', 'rows:\n  - name: a\n    instances: x: y\n  - name: b\n');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ code: 'invalid-data', file: shown(file), line: 3 });
    expect(result.problems[0]?.message).toBe('is not valid YAML: Nested mappings are not allowed in compact mappings');
    expect(result.problems[0]?.message).not.toContain('\n');
  });

  it('reports duplicate keys as a syntax error at the second key', () => {
    const file = write('dup.yaml', 'rows: []\nrows: []\n');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok ? [] : result.problems).toMatchObject([
      { line: 2, message: 'is not valid YAML: Map keys must be unique' },
    ]);
  });

  it('names the top level when the whole document is wrong', () => {
    const file = write('empty.yaml', '');
    const result = loadYamlData(file, schema, shown(file));
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      '(top level): Invalid input: expected object, received null',
    ]);
  });
});

describe('validateYaml', () => {
  it('adds the line offset and prefix of embedded YAML (frontmatter)', () => {
    const result = validateYaml('title: T\ncount: many\n', z.object({ title: z.string(), count: z.number() }), {
      file: 'page.mdx',
      lineOffset: 1,
      code: 'invalid-frontmatter',
      prefix: 'frontmatter ',
      hint: 'h',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'invalid-frontmatter',
          file: 'page.mdx',
          line: 3,
          message: 'frontmatter count: "many" Invalid input: expected number, received string',
          hint: 'h',
        },
      ],
    });
  });
});
