import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

const registry = registryOf([
  {
    kind: 'internal',
    label: 'maintenance_rtd',
    title: '10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode',
    url: '/v9/announcements/#maintenance-rtd',
    file: 'content/docs/v9/announcements.mdx',
    line: 12,
    column: 1,
  },
  {
    kind: 'internal',
    label: 'python-args',
    // Titles of internal labels are plain text (scanLabels strips the Markdown of the heading).
    title: 'Pass *args and *kwargs to __init__',
    url: '/v9/python/#python-args',
    file: 'content/docs/v9/python.mdx',
    line: 3,
    column: 1,
  },
  {
    kind: 'external',
    label: 'neuron2-intro',
    // The registry turns the original's inline Markdown (`Neuron 2.x`) into the plain text a link shows.
    title: 'Introducing Neuron 2.x',
    url: 'https://example.com/neuron2-intro.html#neuron2-intro',
    file: 'content/data/v9/external-refs.yaml',
    line: 2,
  },
  { kind: 'unresolved', label: 'neuron-install-guide', file: 'content/data/v9/unresolved-refs.yaml' },
]);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registry);

describe(':ref', () => {
  it('links an internal label with its title as text', async () => {
    expect(await render('See :ref{to="maintenance_rtd"}.')).toEqual({
      html: '<p>See <a href="/v9/announcements/#maintenance-rtd" class="ref ref-internal" data-ref="maintenance_rtd">10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode</a>.</p>',
      problems: [],
    });
  });

  it('uses the given text instead of the title', async () => {
    expect((await render('See :ref[the *announcement*]{to="maintenance_rtd"}.')).html).toBe(
      '<p>See <a href="/v9/announcements/#maintenance-rtd" class="ref ref-internal" data-ref="maintenance_rtd">the <em>announcement</em></a>.</p>',
    );
  });

  it('links an external label as an external link, with its title as text', async () => {
    expect(await render(':ref{to="neuron2-intro"}')).toEqual({
      html: '<p><a href="https://example.com/neuron2-intro.html#neuron2-intro" class="ref ref-external" rel="external" data-ref="neuron2-intro">Introducing Neuron 2.x</a></p>',
      problems: [],
    });
  });

  it('shows the plain-text title of an internal label literally, without reading it as Markdown', async () => {
    expect((await render(':ref{to="python-args"}')).html).toBe(
      '<p><a href="/v9/python/#python-args" class="ref ref-internal" data-ref="python-args">Pass *args and *kwargs to __init__</a></p>',
    );
  });

  it('renders an unresolved label as marked plain text', async () => {
    expect(await render('Install :ref{to="neuron-install-guide"} first.')).toEqual({
      html: '<p>Install <span class="ref ref-unresolved" title="“neuron-install-guide” was not resolvable in the original documentation at this version">neuron-install-guide</span> first.</p>',
      problems: [],
    });
    expect((await render(':ref[the guide]{to="neuron-install-guide"}')).html).toContain('>the guide</span>');
  });

  it('reports an unknown label at its line and column, suggesting close labels', async () => {
    const { html, problems } = await render('Intro.\n\nRead  :ref{to="maintenance-rtd"} now.');
    expect(html).toBe('<p>Intro.</p>\n<p>Read  <span>maintenance-rtd</span> now.</p>');
    expect(problems).toEqual([
      {
        code: 'unknown-ref',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 7,
        message: 'unknown label "maintenance-rtd" in version "v9"',
        hint: 'did you mean "maintenance_rtd"? define it with `::label{name="…"}` before a heading or a block, or add it to the version’s external-refs.yaml',
      },
    ]);
  });

  it('gives no suggestion when nothing is close', async () => {
    const { problems } = await render(':ref[text]{to="zzzzzzzz"}');
    expect(problems).toMatchObject([{ code: 'unknown-ref', line: 1, column: 1 }]);
    expect(problems[0]?.hint).toBe(
      'define it with `::label{name="…"}` before a heading or a block, or add it to the version’s external-refs.yaml',
    );
  });

  it('reports a :ref without `to`', async () => {
    const { html, problems } = await render('x :ref[text] y');
    expect(html).toBe('<p>x <span>text</span> y</p>');
    expect(problems).toMatchObject([{ code: 'missing-attribute', line: 1, column: 3, message: '`:ref` has no `to`' }]);
  });
});

describe('text that looks like a text directive', () => {
  it('stays exactly as written', async () => {
    const source = 'a text:with:colons b, at 10:30, ratio 1:2 and std::vector, a:b[c]{d=e}';
    expect(await render(source)).toEqual({ html: `<p>${source}</p>`, problems: [] });
  });
});
