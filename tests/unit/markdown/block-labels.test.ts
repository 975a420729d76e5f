/**
 * Labels on blocks that are not headings (RST `.. _name:` before a paragraph, a code block, a figure, a table):
 * Sphinx puts the label's id on the block, and `:ref:` links there — with the caption as its text for figures,
 * tables and captioned code, and only with its own text for a paragraph (as Sphinx requires).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const target = (label: string, title: string) => ({
  kind: 'internal' as const,
  label,
  title,
  url: `/v9/page/#${label}`,
  file: 'content/docs/v9/page.mdx',
  line: 1,
  column: 1,
});
const registry = registryOf([target('para', ''), target('fig', 'The chip.'), target('code', 'run.sh')]);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({
    'content/data/v9/tables/sizes.yaml': 'kind: generic\ncaption: Sizes\nheaderRows: 0\nrows:\n  - [a, b]\n',
  });
  const { writeFileSync, mkdirSync } = await import('node:fs');
  mkdirSync(`${renderer.root}/public/images`, { recursive: true });
  writeFileSync(`${renderer.root}/public/images/chip.png`, Buffer.from(PNG, 'base64'));
});
afterAll(() => renderer.cleanUp());
const render = (markdown: string) => renderer.render(markdown, registry);

describe('::label before a block that is not a heading', () => {
  it('a paragraph takes the first label as its id; the others are anchors before it', async () => {
    const page = await renderer.renderPage('::label{name="para"}\n::label{name="Other_Name"}\n\nText.', registry);
    expect(page.html).toContain('<span id="other-name" class="label-anchor"></span>\n<p id="para">Text.</p>');
    expect(page.anchors).toEqual(expect.arrayContaining(['para', 'other-name']));
    expect(page.problems).toEqual([]);
  });

  it('a code block: its wrapper has the id (the figure, when it has a caption)', async () => {
    const { html, problems } = await render(
      '::label{name="code"}\n\n```bash title="run.sh"\nls\n```\n\n::label{name="plain"}\n\n```bash\npwd\n```',
    );
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<figure class="code-figure" id="code"><figcaption class="code-caption">run\.sh<\/figcaption><pre /,
    );
    expect(html).toMatch(/<div class="code-labelled" id="plain"><pre [^>]*>.*pwd/s);
  });

  it('a figure and a table take the id; a list gets an anchor before it', async () => {
    const { html, problems } = await render(
      [
        '::label{name="fig"}',
        '',
        ':::figure{src="/images/chip.png" alt="A chip" width="1" height="1"}',
        'The chip.',
        ':::',
        '',
        '::label{name="sizes-table"}',
        '',
        '::table{src="sizes"}',
        '',
        '::label{name="a-list"}',
        '',
        '- one',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<figure class="figure" id="fig">');
    expect(html).toMatch(/<section class="table-scroll"[^>]* id="sizes-table"|<section id="sizes-table"/);
    expect(html).toContain('<span id="a-list" class="label-anchor"></span>\n<ul>');
  });

  it('anchors a label at the end of a block where it stands, as an RST target there', async () => {
    const { html, problems } = await render('Text.\n\n::label{name="last"}\n');
    expect(problems).toEqual([]);
    expect(html).toContain('<span id="last" class="label-anchor"></span>');
  });
});

describe(':ref to a labelled block', () => {
  it('shows the caption of a figure or captioned code block', async () => {
    const { html, problems } = await render('See :ref{to="fig"} and :ref{to="code"}.');
    expect(problems).toEqual([]);
    expect(html).toContain('<a href="/v9/page/#fig" class="ref ref-internal" data-ref="fig">The chip.</a>');
    expect(html).toContain('<a href="/v9/page/#code" class="ref ref-internal" data-ref="code">run.sh</a>');
  });

  it('needs its own text to a block without a title, as in Sphinx', async () => {
    expect((await render('See :ref[this paragraph]{to="para"}.')).problems).toEqual([]);
    const { html, problems } = await render('See :ref{to="para"}.');
    expect(problems).toMatchObject([
      {
        code: 'missing-attribute',
        line: 1,
        column: 5,
        hint: 'give the link its text, as Sphinx requires: `:ref[text]{to="para"}`',
      },
    ]);
    expect(html).toContain('data-ref="para">para</a>');
  });
});
