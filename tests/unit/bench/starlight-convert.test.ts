import { describe, expect, it } from 'vitest';
import {
  convertBody,
  headingSlug,
  starlightLabels,
  tableMarkdown,
  toStarlightPage,
  type ConvertContext,
} from '../../../scripts/bench/starlight-convert.ts';
import type { TableModel } from '../../../src/lib/tables/table-model.ts';

const TARGET = `---
title: Runtime 2.x
pageId: runtime
labels: [runtime]
---

::label{name="why"}

## Why are we changing?
`;

const labels = starlightLabels(
  'latest',
  [{ slug: 'a/runtime', text: TARGET }],
  [{ label: 'ext', title: 'External <page>', url: 'https://example.com/x.html#ext' }],
  ['gone'],
);

const TABLE: TableModel = {
  kind: 'classification',
  caption: { markdown: 'Levels', path: [] },
  head: [
    [
      { markdown: '', path: [], header: 'col' },
      { markdown: 'Alpha\n\nsee :ref{to="runtime"}', path: [], header: 'col' },
    ],
  ],
  rows: [
    {
      cells: [
        { markdown: 'APIs', path: [], header: 'row' },
        { markdown: 'a | b', footnote: '*', spaceBeforeFootnote: true, path: [] },
      ],
    },
  ],
  footnotes: [{ mark: '*', text: { markdown: 'MVP only', path: [] } }],
};

const context: ConvertContext = {
  labels,
  partial: (name) => (name === 'dkms' ? ':::important\nSee :ref{to="ext"}\n:::\n' : undefined),
  table: (name) => (name === 'levels' ? TABLE : undefined),
};

describe('starlightLabels', () => {
  it('resolves page, section, external and unresolved labels', () => {
    expect(Object.fromEntries(labels)).toEqual({
      runtime: { url: '/latest/a/runtime/', title: 'Runtime 2.x' },
      why: { url: '/latest/a/runtime/#why-are-we-changing', title: 'Why are we changing?' },
      ext: { url: 'https://example.com/x.html#ext', title: 'External <page>' },
      gone: { unresolved: true },
    });
  });

  it('keeps the first definition of a label, as the site does', () => {
    const twice = starlightLabels(
      'v1',
      [{ slug: 'index', text: TARGET }],
      [{ label: 'runtime', title: 'x', url: 'https://e.x/' }],
      [],
    );
    expect(twice.get('runtime')).toEqual({ url: '/v1/', title: 'Runtime 2.x' });
  });
});

describe('convertBody', () => {
  it('turns references into links, with the target title when the reference has no text', () => {
    expect(convertBody('See :ref{to="why"}, :ref[the *runtime*]{to="runtime"} and :ref{to="ext"}.', context)).toBe(
      'See [Why are we changing?](/latest/a/runtime/#why-are-we-changing), [the *runtime*](/latest/a/runtime/) and ' +
        '[External \\<page>](https://example.com/x.html#ext).',
    );
  });

  it('leaves an unresolved reference as text and drops label lines', () => {
    expect(convertBody(':ref{to="gone"} and :ref[gone text]{to="gone"}\n::label{name="x"}\n## H', context)).toBe(
      'gone and gone text\n## H',
    );
  });

  it('throws on a reference to an unknown label', () => {
    expect(() => convertBody(':ref{to="nope"}', context)).toThrow('unknown label "nope"');
  });

  it('maps admonitions to asides, keeping our titles', () => {
    const body = [':::note', 'a', ':::', '  :::warning', '  b', '  :::', ':::tip[Custom]', 'c', ':::', ':::important'];
    expect(convertBody(body.join('\n'), context).split('\n')).toEqual([
      ':::note',
      'a',
      ':::',
      '  :::caution[Warning]',
      '  b',
      '  :::',
      ':::tip[Custom]',
      'c',
      ':::',
      ':::caution[Important]',
    ]);
  });

  it('inlines partials (converted, indented like the directive) and tables', () => {
    expect(convertBody('1. x\n\n   ::include{src="dkms"}', context)).toBe(
      '1. x\n\n   :::caution[Important]\n   See [External \\<page>](https://example.com/x.html#ext)\n   :::',
    );
    expect(convertBody('::table{src="levels"}', context)).toBe(tableMarkdown(TABLE, labels));
  });

  it('titles an aside as ours only where Starlight would title it otherwise', () => {
    const names = ['caution', 'seealso', 'hint', 'error', 'admonition[On Inf1]', 'danger[Careful]'];
    expect(names.map((name) => convertBody(`:::${name}`, context))).toEqual([
      ':::caution',
      ':::note[See also]',
      ':::tip[Hint]',
      ':::danger[Error]',
      ':::note[On Inf1]',
      ':::danger[Careful]',
    ]);
  });

  it('turns the directives Starlight has no counterpart for into Markdown of the same text', () => {
    const docContext: ConvertContext = { ...context, docUrl: (slug) => (slug === 'a/b' ? '/latest/a/b/' : undefined) };
    const body = [
      '::::tabs',
      ':::tab[PyTorch]{sync="pt"}',
      'Use :doc{to="a/b"}, :doc[text]{to="gone"}, :api{to="torch.jit" kind="func"} and :definition[NKI]{type="glossary"}.',
      ':::',
      '::::',
      '- :::warning',
      '  Careful.',
      '  :::',
      '> ::include{src="dkms"}',
      '::image{src="/images/a.png" alt="A [b]"}',
      '::rubric[Footnotes]',
      '::html{src="0123"}',
      ':::generated{kind="autoclass" name="{{ objname }}"}',
      ':::',
    ].join('\n');
    expect(convertBody(body, docContext)).toBe(
      [
        '**PyTorch**',
        '',
        'Use [a/b](/latest/a/b/), text, `torch.jit` and NKI.',
        '- :::caution[Warning]',
        '  Careful.',
        '  :::',
        '> :::caution[Important]',
        '> See [External \\<page>](https://example.com/x.html#ext)',
        '> :::',
        '![A \\[b\\]](/images/a.png)',
        '**Footnotes**',
      ].join('\n'),
    );
  });

  it('shows math as code, which MDX would otherwise read as expressions', () => {
    expect(convertBody('Where $\\frac{a}{b}$ costs $5.\n\n$$\nx^{2}\n$$', context)).toBe(
      'Where `\\frac{a}{b}` costs $5.\n\n```math\nx^{2}\n```',
    );
  });

  it('keeps an included code block inside its blockquote across empty lines', () => {
    const partial: ConvertContext = { ...context, partial: () => '```bash\na\n\nb <<EOF\n```' };
    expect(convertBody('> ::include{src="x"}', partial)).toBe('> ```bash\n> a\n>\n> b <<EOF\n> ```');
  });

  it('leaves code blocks alone', () => {
    const code = '```\n:ref{to="nope"}\n::label{name="x"}\n```';
    expect(convertBody(code, context)).toBe(code);
  });
});

describe('tableMarkdown', () => {
  it('writes a GFM table with the caption, escaped pipes, footnote marks and footnotes', () => {
    expect(tableMarkdown(TABLE, labels)).toMatchInlineSnapshot(`
      "**Levels**

      |  | Alpha see [Runtime 2.x](/latest/a/runtime/) |
      | --- | --- |
      | APIs | a \\| b * |

      \\* MVP only"
    `);
  });
});

describe('toStarlightPage', () => {
  it('keeps only the title and description in the frontmatter', () => {
    const page = toStarlightPage(
      `---\ntitle: "A: b"\ndescription: About a.\npageId: a\nnav: { order: 1 }\n---\n\nText.\n`,
      context,
    );
    expect(page).toBe('---\ntitle: "A: b"\ndescription: About a.\n---\n\nText.\n');
  });
});

describe('headingSlug', () => {
  it('makes GitHub-style heading ids', () => {
    expect(headingSlug('Neuron Runtime 2.x (libnrt.so)')).toBe('neuron-runtime-2x-libnrtso');
    expect(headingSlug('What’s new?')).toBe('whats-new');
  });
});
