import { describe, expect, it } from 'vitest';
import { ProblemCollector } from '../../../src/lib/diagnostics/collector.ts';
import {
  ContentError,
  formatLocation,
  formatProblem,
  formatReport,
  type Problem,
} from '../../../src/lib/diagnostics/problem.ts';

const problem = (overrides: Partial<Problem>): Problem => ({
  code: 'unknown-ref',
  file: 'content/docs/latest/a.mdx',
  message: 'unknown label "x"',
  ...overrides,
});

describe('formatLocation', () => {
  it('shows file, file:line or file:line:column', () => {
    expect(formatLocation({ file: 'a.mdx' })).toBe('a.mdx');
    expect(formatLocation({ file: 'a.mdx', line: 12 })).toBe('a.mdx:12');
    expect(formatLocation({ file: 'a.mdx', line: 12, column: 5 })).toBe('a.mdx:12:5');
  });

  it('does not show a column without a line', () => {
    expect(formatLocation({ file: 'a.mdx', column: 5 })).toBe('a.mdx');
  });
});

describe('formatProblem', () => {
  it('puts location, message and code on one line and the hint below', () => {
    expect(formatProblem(problem({ line: 3, column: 7, hint: 'did you mean "y"?' }))).toMatchInlineSnapshot(`
      "content/docs/latest/a.mdx:3:7 unknown label "x" [unknown-ref]
          hint: did you mean "y"?"
    `);
  });

  it('has no hint line without a hint', () => {
    expect(formatProblem(problem({}))).toBe('content/docs/latest/a.mdx unknown label "x" [unknown-ref]');
  });
});

describe('formatReport', () => {
  it('sorts by file, line and column and ends with a summary', () => {
    const report = formatReport([
      problem({ file: 'b.mdx', line: 2, message: 'b2' }),
      problem({ file: 'a.mdx', line: 10, column: 3, message: 'a10:3' }),
      problem({ file: 'a.mdx', line: 10, column: 1, message: 'a10:1' }),
      problem({ file: 'a.mdx', line: 9, message: 'a9' }),
    ]);
    expect(report).toMatchInlineSnapshot(`
      "a.mdx:9 a9 [unknown-ref]
      a.mdx:10:1 a10:1 [unknown-ref]
      a.mdx:10:3 a10:3 [unknown-ref]
      b.mdx:2 b2 [unknown-ref]
      Found 4 problems in 2 files."
    `);
  });

  it('says "Found 3 problems in 2 files."', () => {
    const report = formatReport([problem({ file: 'a' }), problem({ file: 'b' }), problem({ file: 'a' })]);
    expect(report.split('\n').at(-1)).toBe('Found 3 problems in 2 files.');
  });

  it('uses singular forms for one problem in one file', () => {
    expect(
      formatReport([problem({})])
        .split('\n')
        .at(-1),
    ).toBe('Found 1 problem in 1 file.');
    expect(
      formatReport([problem({}), problem({})])
        .split('\n')
        .at(-1),
    ).toBe('Found 2 problems in 1 file.');
  });

  it('does not reorder the caller’s array', () => {
    const problems = [problem({ file: 'b' }), problem({ file: 'a' })];
    formatReport(problems);
    expect(problems.map((p) => p.file)).toEqual(['b', 'a']);
  });
});

describe('ContentError', () => {
  it('carries the problems and the report as its message', () => {
    const problems = [problem({ line: 1 })];
    const error = new ContentError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(formatReport(problems));
  });
});

describe('ProblemCollector', () => {
  it('collects problems and drains them', () => {
    const collector = new ProblemCollector();
    collector.report([problem({ message: 'one' })]);
    collector.report([]);
    collector.report([problem({ message: 'two' }), problem({ message: 'three' })]);
    expect(collector.drain().map((p) => p.message)).toEqual(['one', 'two', 'three']);
    expect(collector.drain()).toEqual([]);
  });
});
