import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { createTableLoader } from '../../../src/lib/tables/load-table.ts';
import { registryOf, setUpRenderer } from './render.ts';

const registry = registryOf([
  {
    kind: 'external',
    label: 'neuron2-intro',
    title: 'Neuron 2.x',
    url: 'https://example.com/neuron2-intro.html',
    file: 'content/data/v9/external-refs.yaml',
    line: 2,
  },
]);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({
    'content/partials/v9/important-neuronx-dkms.md':
      ':::important\nThe `aws-neuronx-dkms` package. See :ref{to="neuron2-intro"}\n:::\n',
    'content/partials/v9/outer.md': 'Outer.\n\n::include{src="important-neuronx-dkms"}\n',
    'content/partials/v9/loop.md': '::include{src="loop"}\n',
    'content/partials/v9/bad-ref.md': 'Line one.\n\nSee :ref{to="nope"} and x:y[z].\n',
    'content/partials/v9/colons.md': 'Keep text:with:colons, 10:30 and a:b{c=d} as written.\n',
    'content/partials/v9/section.md': '::label{name="from_partial"}\n## From partial\n',
    'content/data/v9/tables/phases.yaml': [
      'kind: lifecycle-phases',
      'caption: Phases',
      'headers:',
      '  description: Description',
      '  comments: Comments',
      'rows:',
      '  - phase: Maintenance',
      '    description: See :ref{to="neuron2-intro"}',
      '    comments: See :ref{to="missing-label"}',
    ].join('\n'),
    'content/data/v9/tables/broken.yaml': 'kind: packages\ncaption: Broken\n',
  });
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registry);

describe('::include', () => {
  it('replaces the directive with the partial, resolving references in it', async () => {
    expect(await render('Intro.\n\n::include{src="important-neuronx-dkms"}')).toEqual({
      html:
        '<p>Intro.</p>\n<div class="admonition admonition-important" role="note" aria-labelledby="admonition_1"><p class="admonition-title" id="admonition_1">Important</p>' +
        '<p>The <code>aws-neuronx-dkms</code> package. See <a href="https://example.com/neuron2-intro.html" class="ref ref-external" rel="external" data-ref="neuron2-intro">Neuron 2.x</a></p></div>',
      problems: [],
    });
  });

  it('expands partials included by partials', async () => {
    const { html, problems } = await render('::include{src="outer"}');
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<p>Outer.<\/p>\n<div class="admonition admonition-important"/);
  });

  it('anchors labels and headings of a partial like those of the page', async () => {
    const { html, problems } = await render('::include{src="section"}');
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="from-partial">From partial</h2>');
  });

  it('reports problems inside a partial at the partial’s file and line, and keeps its prose', async () => {
    const { html, problems } = await render('Page.\n\n::include{src="bad-ref"}');
    expect(html).toContain('x:y[z]');
    expect(problems).toMatchObject([
      {
        code: 'unknown-ref',
        file: 'content/partials/v9/bad-ref.md',
        line: 3,
        column: 5,
        message: 'unknown label "nope" in version "v9"',
      },
    ]);
  });

  it('keeps colon-separated prose of a partial exactly as written', async () => {
    expect(await render('::include{src="colons"}')).toEqual({
      html: '<p>Keep text:with:colons, 10:30 and a:b{c=d} as written.</p>',
      problems: [],
    });
  });

  it('reports a missing partial, suggesting the closest name', async () => {
    const { html, problems } = await render('Text.\n\n::include{src="important-neuron-dkms"}');
    expect(html).toBe('<p>Text.</p>');
    expect(problems).toEqual([
      {
        code: 'missing-partial',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 1,
        message:
          'partial "important-neuron-dkms" does not exist (looked for content/partials/v9/important-neuron-dkms.md)',
        hint: 'did you mean "important-neuronx-dkms"?',
      },
    ]);
  });

  it('reports an include without src', async () => {
    expect((await render('::include')).problems).toMatchObject([
      { code: 'missing-attribute', line: 1, message: '`::include` has no `src`' },
    ]);
  });

  it('stops a partial that includes itself', async () => {
    const { problems } = await render('::include{src="loop"}');
    expect(problems).toMatchObject([
      {
        code: 'missing-partial',
        file: 'content/partials/v9/loop.md',
        line: 1,
        message: 'partial "loop" is included more than 8 levels deep',
      },
    ]);
  });
});

describe('::table', () => {
  it('renders the table from its data file, resolving references in cells', async () => {
    const { html, problems } = await render('::table{src="phases"}');
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-labelledby="table_phases_caption">');
    expect(html).toContain('<caption id="table_phases_caption">Phases</caption>');
    expect(html).toContain(
      '<th scope="row">Maintenance</th><td>See <a href="https://example.com/neuron2-intro.html" class="ref ref-external" rel="external" data-ref="neuron2-intro">Neuron 2.x</a></td>',
    );
    expect(problems).toMatchObject([
      {
        code: 'unknown-ref',
        file: 'content/data/v9/tables/phases.yaml',
        line: 9,
        message: 'unknown label "missing-label" in version "v9"',
      },
    ]);
  });

  it('reports a missing table, suggesting the closest name', async () => {
    expect((await render('::table{src="phase"}')).problems).toEqual([
      {
        code: 'missing-table',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 1,
        message: 'table "phase" does not exist (looked for content/data/v9/tables/phase.yaml)',
        hint: 'did you mean "phases"?',
      },
    ]);
  });

  it('renders nothing for a table whose data is invalid: the content check reports it once, before rendering', async () => {
    const page = await render('::table{src="broken"}\n\n::table{src="broken"}');
    expect(page).toEqual({ html: '', problems: [] });
    const tables = createTableLoader(contentPaths(renderer.root));
    expect(tables.check('v9').map((p) => [p.code, p.file, p.message])).toEqual([
      ['invalid-data', 'content/data/v9/tables/broken.yaml', 'headers: is required'],
      ['invalid-data', 'content/data/v9/tables/broken.yaml', 'rows: is required'],
    ]);
  });
});
