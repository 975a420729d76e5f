import { describe, expect, it } from 'vitest';
import { scanLabels } from '../../../src/lib/refs/scan-labels.ts';

const page = (...lines: string[]) => lines.join('\n');

describe('scanLabels', () => {
  it('finds page-level labels in the frontmatter, titled by the page title as written (plain text)', () => {
    const source = page(
      '---',
      'title: Neuron `SDK` policy',
      'description: d',
      'labels:',
      '  - sdk-policy',
      '  - old_policy',
      '---',
      '',
      'Text.',
    );
    expect(scanLabels(source)).toEqual([
      { label: 'sdk-policy', title: 'Neuron `SDK` policy', anchor: undefined, line: 5, column: 5 },
      { label: 'old_policy', title: 'Neuron `SDK` policy', anchor: undefined, line: 6, column: 5 },
    ]);
    // Read from the validated frontmatter when the build has it, to the same result.
    const known = { title: 'Neuron `SDK` policy', labels: ['sdk-policy', 'old_policy'] };
    expect(scanLabels(source, known)).toEqual(scanLabels(source));
  });

  it('keeps a plain title that looks like Markdown as written (`__init__` is no emphasis)', () => {
    const source = page('---', 'title: Pass *args and *kwargs to __init__', 'labels: [python-args]', '---');
    expect(scanLabels(source)[0]?.title).toBe('Pass *args and *kwargs to __init__');
  });

  it('reports the line of the labels entry even when an earlier line (pageId) holds the same text', () => {
    // The pattern of the real pages: pageId and label are often the same string.
    const source = page(
      '---',
      'title: Neuron Software Maintenance policy',
      'description: d',
      'pageId: sdk-maintenance-policy',
      'labels: [sdk-maintenance-policy]',
      '---',
    );
    expect(scanLabels(source)).toEqual([
      {
        label: 'sdk-maintenance-policy',
        title: 'Neuron Software Maintenance policy',
        anchor: undefined,
        line: 5,
        column: 10,
      },
    ]);
  });

  it('finds ::label lines before ## headings, with the plain heading text and the Sphinx anchor', () => {
    const source = page(
      '---',
      'title: T',
      '---',
      '',
      '::label{name="maintenance_rtd"}',
      '',
      '## 10/27/2021 - Neuron Runtime 1.x (`neuron-rtd`) enters maintenance mode',
      '',
      'Body.',
    );
    expect(scanLabels(source)).toEqual([
      {
        label: 'maintenance_rtd',
        title: '10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode',
        anchor: 'maintenance-rtd',
        line: 5,
        column: 1,
      },
    ]);
  });

  it('gives every stacked label the same heading', () => {
    const source = page('::label{name="first_label"}', '::label{name="second-label"}', '### Deep *heading* ###');
    expect(scanLabels(source)).toMatchInlineSnapshot(`
      [
        {
          "anchor": "first-label",
          "column": 1,
          "label": "first_label",
          "line": 1,
          "title": "Deep heading",
        },
        {
          "anchor": "second-label",
          "column": 1,
          "label": "second-label",
          "line": 2,
          "title": "Deep heading",
        },
      ]
    `);
  });

  it('labels a paragraph without a title (a :ref to it must give its text, as in Sphinx)', () => {
    const source = page('::label{name="orphan"}', '', 'A paragraph.', '', '## Heading');
    expect(scanLabels(source)).toEqual([
      { label: 'orphan', title: '', anchor: 'orphan', line: 1, column: 1, block: true },
    ]);
  });

  it('takes a label’s own title (the one Sphinx gave it) over what it labels; one at the end is anchored', () => {
    const source = page(
      '::label{name="p" title="A &quot;quoted&quot; *title*"}',
      '',
      'A paragraph.',
      '',
      '::label{name="end"}',
    );
    expect(scanLabels(source).map((d) => [d.label, d.title, d.anchor, d.block])).toEqual([
      ['p', 'A "quoted" title', 'p', true],
      ['end', '', 'end', true],
    ]);
  });

  it('takes the caption of a labelled figure, code block or table as its title', () => {
    const source = page(
      '::label{name="fig"}',
      '',
      ':::figure{src="/a.png" alt="" width="1" height="1"}',
      'The *chip*',
      'caption.',
      '',
      'The legend.',
      ':::',
      '',
      '::label{name="code"}',
      '```python title="run \\"it\\"" {2}',
      'a',
      '```',
      '::label{name="table"}',
      '::table{src="sizes"}',
    );
    const captions = (name: string) => (name === 'sizes' ? 'Sizes of `x`' : undefined);
    expect(scanLabels(source, undefined, captions).map((d) => [d.label, d.title, d.anchor])).toEqual([
      ['fig', 'The chip caption.', 'fig'],
      ['code', 'run "it"', 'code'],
      ['table', 'Sizes of x', 'table'],
    ]);
  });

  it('anchors labels at the end of the page where they stand', () => {
    expect(scanLabels(page('## Heading', '', '::label{name="last"}')).map((d) => d.anchor)).toEqual(['last']);
  });

  it('labels a fenced code block without a caption with no title, not the heading after the block', () => {
    const source = page('::label{name="before-code"}', '', '```sh', 'ls', '```', '', '## Heading');
    expect(scanLabels(source)).toEqual([
      { label: 'before-code', title: '', anchor: 'before-code', line: 1, column: 1, block: true },
    ]);
  });

  it('skips labels and headings inside fenced code blocks', () => {
    const source = page(
      '````md',
      '::label{name="in-code"}',
      '```',
      '## Not a heading',
      '````',
      '~~~',
      '::label{name="in-tilde"}',
      '## Nope',
      '~~~',
      '::label{name="real"}',
      '## Real heading',
    );
    expect(scanLabels(source).map((d) => [d.label, d.line, d.title])).toEqual([['real', 10, 'Real heading']]);
  });

  it('does not treat a # page title as a section heading', () => {
    expect(scanLabels(page('::label{name="x"}', '# Title'))).toEqual([]);
  });

  it('handles CRLF line endings', () => {
    const source = ['---', 'title: T', 'labels: [p]', '---', '::label{name="s"}', '## S'].join('\r\n');
    expect(scanLabels(source).map((d) => [d.label, d.anchor, d.line, d.title])).toEqual([
      ['p', undefined, 3, 'T'],
      ['s', 's', 5, 'S'],
    ]);
  });

  it('finds no page labels without a title, and survives broken frontmatter YAML', () => {
    expect(scanLabels(page('---', 'labels: [a]', '---'))).toEqual([]);
    expect(scanLabels(page('---', 'title: [unclosed', '---', '::label{name="x"}', '## X'))).toEqual([
      { label: 'x', title: 'X', anchor: 'x', line: 4, column: 1 },
    ]);
  });
});
