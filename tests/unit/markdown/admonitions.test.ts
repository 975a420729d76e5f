import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registryOf([]));

describe('admonitions', () => {
  it('renders :::note as a note titled "Note", labelled by its title', async () => {
    expect(await render(':::note\nBody *text*.\n:::')).toEqual({
      html: '<div class="admonition admonition-note" role="note" aria-labelledby="admonition_1"><p class="admonition-title" id="admonition_1">Note</p><p>Body <em>text</em>.</p></div>',
      problems: [],
    });
  });

  it('uses a custom title with Markdown in it', async () => {
    expect((await render(':::warning[Custom *title*]\nCareful.\n:::')).html).toBe(
      '<div class="admonition admonition-warning" role="note" aria-labelledby="admonition_1"><p class="admonition-title" id="admonition_1">Custom <em>title</em></p><p>Careful.</p></div>',
    );
  });

  it('gives each admonition of a page its own title id', async () => {
    const { html } = await render(':::tip\nA\n:::\n\n:::seealso\nB\n:::');
    expect(html).toContain('<p class="admonition-title" id="admonition_1">Tip</p>');
    expect(html).toContain('<p class="admonition-title" id="admonition_2">See also</p>');
    expect(html).toContain('aria-labelledby="admonition_2"');
  });

  it('renders the generic :::admonition with its title', async () => {
    expect(await render(':::admonition[Read this]\nText\n:::')).toEqual({
      html: '<div class="admonition admonition-admonition" role="note" aria-labelledby="admonition_1"><p class="admonition-title" id="admonition_1">Read this</p><p>Text</p></div>',
      problems: [],
    });
  });

  it('reports an :::admonition without a title', async () => {
    const { problems } = await render('Para.\n\n:::admonition\nText\n:::');
    expect(problems).toEqual([
      {
        code: 'missing-attribute',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 1,
        message: '`:::admonition` has no title',
        hint: 'give one in brackets: `:::admonition[My title]`',
      },
    ]);
  });

  it('resolves and checks directives inside admonitions', async () => {
    const { problems } = await render(':::note\nSee :ref{to="nowhere"}\n:::');
    expect(problems).toMatchObject([{ code: 'unknown-ref', line: 2, column: 5 }]);
  });
});

describe('unknown directives', () => {
  it('reports a misspelt container, suggesting the admonition', async () => {
    const { html, problems } = await render('Before.\n\n:::notte\nText\n:::\n\nAfter.');
    expect(html).toBe('<p>Before.</p>\n<p>After.</p>');
    expect(problems).toEqual([
      {
        code: 'unknown-directive',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 1,
        message: 'unknown directive ":::notte"',
        hint:
          'did you mean ":::note"? Known: note, tip, hint, important, attention, caution, warning, danger, error, seealso, admonition, ' +
          'versionadded, versionchanged, deprecated, container, list, figure, code-figure, option, program-output, generated, output, api, definition, tabs, tab, grid, grid-item, card, dropdown',
      },
    ]);
  });

  it('reports an unknown leaf directive', async () => {
    const { problems } = await render('::foo{bar="baz"}');
    expect(problems).toEqual([
      {
        code: 'unknown-directive',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 1,
        message: 'unknown directive "::foo"',
        hint: 'known: ::label, ::include, ::table, ::rubric, ::image, ::html',
      },
    ]);
  });

  it('suggests the leaf directive that was meant', async () => {
    expect((await render('::inclde{src="x"}')).problems[0]?.hint).toBe(
      'did you mean "::include"? Known: label, include, table, rubric, image, html',
    );
  });
});
