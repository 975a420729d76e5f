/**
 * Every problem code the build can print is documented for authors, and the documentation names no code the build
 * does not have: the `PROBLEMS` catalogue and CONTRIBUTING.md's table under "When the build says no" list the same
 * codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROBLEMS } from '../../../src/lib/diagnostics/catalogue.ts';

const CONTRIBUTING = join(import.meta.dirname, '..', '..', '..', 'CONTRIBUTING.md');
const SECTION = '## When the build says no';

/**
 * The codes in the first column of the first table under `heading`, without their backticks. Throws, saying what
 * it looked for, when the section or its table is missing or the table's first column is not `code`.
 */
function documentedCodes(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start === -1) throw new Error(`no "${heading}" heading: the table of problem codes belongs under it`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,2} /.test(line));
  const section = lines.slice(start + 1, end === -1 ? undefined : end);
  const first = section.findIndex((line) => line.trimStart().startsWith('|'));
  if (first === -1) throw new Error(`no table under "${heading}"`);
  const rows = section.slice(first);
  const afterTable = rows.findIndex((line) => !line.trimStart().startsWith('|'));
  const table = afterTable === -1 ? rows : rows.slice(0, afterTable);
  const cells = (row: string) =>
    row
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
  const [head, , ...body] = table;
  if (head === undefined || cells(head)[0] !== 'code')
    throw new Error(`the table under "${heading}" must start with a "code" column`);
  return body.map((row) => (cells(row)[0] ?? '').replace(/^`|`$/g, ''));
}

/** What one list lacks of the other, and what it has twice. */
function compare(catalogue: readonly string[], documented: readonly string[]) {
  return {
    undocumented: catalogue.filter((code) => !documented.includes(code)),
    notInCatalogue: documented.filter((code) => !catalogue.includes(code)),
    documentedTwice: documented.filter((code, index) => documented.indexOf(code) !== index),
  };
}

describe('documentedCodes', () => {
  const doc = (table: string) =>
    `# Guide\n\n${SECTION}\n\nIntro.\n\n${table}\n\nAfter.\n\n## Next\n\n| code |\n| --- |\n| \`z\` |\n`;

  it('reads the first column of the section’s table, and nothing after the section', () => {
    const markdown = doc('| code | what |\n| --- | --- |\n| `a-b` | A `x` |\n| `c` | C |');
    expect(documentedCodes(markdown, SECTION)).toEqual(['a-b', 'c']);
  });

  it('says what is missing when the section or its table is not there', () => {
    expect(() => documentedCodes('# Guide\n', SECTION)).toThrow('no "## When the build says no" heading');
    // The table of the next section does not count.
    expect(() => documentedCodes(doc('No table.'), SECTION)).toThrow('no table under');
    expect(() => documentedCodes(doc('| name |\n| --- |\n| `a` |'), SECTION)).toThrow('"code" column');
  });
});

describe('the PROBLEMS catalogue and CONTRIBUTING.md', () => {
  it('compare finds codes missing on either side and codes listed twice', () => {
    expect(compare(['a', 'b', 'c'], ['a', 'c', 'd', 'c'])).toEqual({
      undocumented: ['b'],
      notInCatalogue: ['d'],
      documentedTwice: ['c'],
    });
  });

  it('list exactly the same problem codes', () => {
    const documented = documentedCodes(readFileSync(CONTRIBUTING, 'utf8'), SECTION);
    const result = compare(Object.keys(PROBLEMS), documented);
    const message = [
      `undocumented (add a row to the table under "${SECTION}" in CONTRIBUTING.md): ${result.undocumented.join(', ') || 'none'}`,
      `documented but not in PROBLEMS (src/lib/diagnostics/catalogue.ts): ${result.notInCatalogue.join(', ') || 'none'}`,
      `documented twice: ${result.documentedTwice.join(', ') || 'none'}`,
    ].join('\n');
    expect(result, message).toEqual({ undocumented: [], notInCatalogue: [], documentedTwice: [] });
    expect(documented.length).toBeGreaterThan(0);
  });
});
