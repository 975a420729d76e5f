import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICONS } from '../../../src/lib/markdown/components/icons.ts';
import { iconSvg } from '../../../src/lib/markdown/components/icons.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

const registry = registryOf([
  {
    kind: 'internal',
    label: 'neuron-setup',
    title: 'Setup',
    url: '/v9/setup/',
    file: 'content/docs/v9/setup.mdx',
    line: 1,
    column: 1,
  },
]);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registry);

describe(':sup and :sub', () => {
  it('render superscript and subscript, with Markdown inside', async () => {
    expect(await render('E = mc:sup[2], H:sub[*2*]O')).toEqual({
      html: '<p>E = mc<sup>2</sup>, H<sub><em>2</em></sub>O</p>',
      problems: [],
    });
  });

  it('report one without text', async () => {
    const { problems } = await render('x:sup{}');
    expect(problems).toEqual([
      {
        code: 'missing-attribute',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 2,
        message: '`:sup` has no text',
        hint: 'write the text in brackets: `:sup[2]`',
      },
    ]);
  });
});

describe(':badge', () => {
  it('renders a badge of its variant', async () => {
    expect(await render('Status: :badge[Beta]{variant="warning"} :badge[GA]{variant="success-line"}')).toEqual({
      html: '<p>Status: <span class="badge badge-warning">Beta</span> <span class="badge badge-success-line">GA</span></p>',
      problems: [],
    });
  });

  it('links to a label with `to`, as :ref does', async () => {
    expect((await render(':badge[Setup]{variant="primary" to="neuron-setup"}')).html).toBe(
      '<p><a href="/v9/setup/" class="badge badge-primary ref ref-internal" data-ref="neuron-setup">Setup</a></p>',
    );
  });

  it('reports an unknown variant, suggesting the closest, and a missing one', async () => {
    const { html, problems } = await render(':badge[A]{variant="infp"} :badge[B]');
    expect(html).toBe(
      '<p><span class="badge badge-secondary">A</span> <span class="badge badge-secondary">B</span></p>',
    );
    expect(problems).toMatchObject([
      {
        code: 'invalid-attribute',
        line: 1,
        column: 1,
        message: '`:badge` has variant="infp"',
        hint: expect.stringMatching(/^did you mean "info"\? one of: primary, primary-line, secondary/),
      },
      {
        code: 'missing-attribute',
        line: 1,
        column: 27,
        message: '`:badge` has no `variant`',
        hint: 'write `:badge[text]{variant="info"}`',
      },
    ]);
  });

  it('reports an unknown label in `to`', async () => {
    const { problems } = await render(':badge[Setup]{variant="primary" to="neuron-setpu"}');
    expect(problems).toMatchObject([{ code: 'unknown-ref', message: 'unknown label "neuron-setpu" in version "v9"' }]);
  });
});

describe(':icon', () => {
  it('is inline SVG hidden from screen readers, with the icon’s own text alternative', async () => {
    const { html, problems } = await render('Supported: :icon{name="check"}');
    expect(problems).toEqual([]);
    expect(html).toBe(
      `<p>Supported: <span class="icon-wrap">${iconSvg('check')}<span class="sr-only">Yes</span></span></p>`,
    );
    expect(iconSvg('check')).toMatch(
      /^<svg class="icon icon-check" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M[^"]+"><\/path><\/svg>$/,
    );
  });

  it('takes a label, and is decorative when its icon has no meaning of its own or label=""', async () => {
    const { html } = await render(
      ':icon{name="rocket"} Start, :icon{name="x" label="Not supported"}, :icon{name="check" label=""}',
    );
    expect(html).toContain(`<span class="icon-wrap">${iconSvg('rocket')}</span> Start`);
    expect(html).toContain('<span class="sr-only">Not supported</span>');
    expect(html).toContain(`<span class="icon-wrap">${iconSvg('check')}</span></p>`);
  });

  it('reports an icon outside the set, suggesting the closest', async () => {
    const { html, problems } = await render('A :icon{name="chek"} B :icon');
    expect(html).toBe('<p>A  B </p>');
    expect(problems).toMatchObject([
      {
        code: 'invalid-attribute',
        column: 3,
        message: '`:icon` has name="chek"',
        hint: expect.stringMatching(/^did you mean "check"\?/),
      },
      { code: 'missing-attribute', column: 24, message: '`:icon` has no `name`' },
    ]);
  });

  it('has every icon of the set in @primer/octicons', () => {
    for (const name of Object.keys(ICONS) as (keyof typeof ICONS)[]) expect(iconSvg(name)).toContain('<path');
  });
});
