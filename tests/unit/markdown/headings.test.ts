import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string, pageLabels: string[] = []) =>
  renderer.render(markdown, registryOf([]), { pageLabels });

const anchor = (id: string, text: string) =>
  `<a class="heading-anchor" href="#${id}" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Section titled “${text}”</span></a>`;

describe('headings', () => {
  it('wraps a heading with its Sphinx id and a self-link', async () => {
    expect(await render('## How will this change affect the Neuron SDK?')).toEqual({
      html:
        '<div class="heading heading-2"><h2 id="how-will-this-change-affect-the-neuron-sdk">How will this change affect the Neuron SDK?</h2>' +
        anchor('how-will-this-change-affect-the-neuron-sdk', 'How will this change affect the Neuron SDK?') +
        '</div>',
      problems: [],
    });
  });

  it('takes the id from the heading’s text, without its markup', async () => {
    expect((await render('### Use `neuron-rtd` *now*')).html).toContain(
      '<h3 id="use-neuron-rtd-now">Use <code>neuron-rtd</code> <em>now</em></h3>',
    );
  });

  it('gives repeated headings unique ids', async () => {
    const { html } = await render('## Description\n\n## Description\n\n### Description');
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'description',
      'description-1',
      'description-2',
    ]);
  });

  it('anchors a label before a heading with a span of its own id', async () => {
    const source =
      '::label{name="maintenance_rtd"}\n\n## 10/27/2021 - Neuron Runtime 1.x (`neuron-rtd`) enters maintenance mode';
    const { html, problems } = await render(source);
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<h2 id="neuron-runtime-1-x-neuron-rtd-enters-maintenance-mode"><span id="maintenance-rtd" class="label-anchor"></span>10/27/2021 - Neuron Runtime 1.x (<code>neuron-rtd</code>) enters maintenance mode</h2>',
    );
    expect(html).not.toContain('::label');
  });

  it('uses a label whose id equals the heading’s as the heading id, without a duplicate span', async () => {
    const { html } = await render('::label{name="neuron_software_definitions"}\n## Neuron Software Definitions');
    expect(html).toContain('<h2 id="neuron-software-definitions">Neuron Software Definitions</h2>');
    expect(html).not.toContain('label-anchor');
    expect(html.match(/id="neuron-software-definitions"/g)).toHaveLength(1);
  });

  it('anchors every stacked label', async () => {
    const { html } = await render('::label{name="first"}\n::label{name="Overview"}\n\n## Overview');
    expect(html).toContain('<h2 id="overview"><span id="first" class="label-anchor"></span>Overview</h2>');
  });

  it('keeps heading ids clear of label ids elsewhere on the page and of page labels', async () => {
    const { html } = await render('## Overview\n\n## Setup\n\n::label{name="overview"}\n## Intro', ['setup']);
    expect([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'overview-1',
      'setup-1',
      'intro',
      'overview',
    ]);
  });

  it('puts a label followed by a paragraph on the paragraph, not on the heading after it', async () => {
    const { html, problems } = await render('::label{name="orphan"}\n\nJust text.\n\n## Heading');
    expect(html).toContain('<p id="orphan">Just text.</p>');
    expect(html).toContain('<h2 id="heading">Heading</h2>');
    expect(problems).toEqual([]);
  });

  it('anchors a label at the end of the page where it stands', async () => {
    const { html, problems } = await render('## Heading\n\nText.\n\n::label{name="last"}\n');
    expect(problems).toEqual([]);
    expect(html).toContain('<span id="last" class="label-anchor"></span>');
  });

  it('reports a label without a name', async () => {
    const { problems } = await render('::label\n## Heading');
    expect(problems).toMatchObject([
      { code: 'missing-attribute', line: 1, column: 1, message: '`::label` has no `name`' },
    ]);
  });

  it('falls back to "section" for headings without letters', async () => {
    expect((await render('## 2.3')).html).toContain('<h2 id="section">2.3</h2>');
  });
});
