/** Definition lists and field lists (`:::definition[term]`, `{type="field"}`): one `<dl>` per run, as in Sphinx. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = (markdown: string) => renderer.render(markdown, registryOf([]));
const squash = (html: string) => html.replace(/>\s+</g, '><');

describe(':::definition', () => {
  it('consecutive entries are one <dl>; a field list is another, its names followed by a colon', async () => {
    const { html, problems } = await render(
      [
        ':::definition[term one]',
        'Its definition.',
        ':::',
        '',
        ':::definition[`term two`]',
        'Another definition.',
        '',
        '- with a list',
        ':::',
        '',
        ':::definition[Author]{type="field"}',
        'The Neuron team',
        ':::',
        '',
        ':::definition[Version]{type="field"}',
        '2.9',
        ':::',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(squash(html)).toBe(
      '<dl class="definition-list"><dt>term one</dt><dd><p>Its definition.</p></dd>' +
        '<dt><code>term two</code></dt><dd><p>Another definition.</p><ul><li>with a list</li></ul></dd></dl>' +
        '<dl class="field-list"><dt>Author:</dt><dd><p>The Neuron team</p></dd><dt>Version:</dt><dd><p>2.9</p></dd></dl>',
    );
  });

  it('resolves what its term and body hold, and lists apart are lists apart', async () => {
    const { html } = await render(':::definition[$x$]\nOne :sup[2].\n:::\n\nBetween.\n\n:::definition[b]\nTwo.\n:::');
    expect(html.match(/<dl /g)).toHaveLength(2);
    expect(html).toContain('<math');
    expect(html).toContain('<sup>2</sup>');
  });

  it('reports an entry without a term, and a type it does not have', async () => {
    const { problems } = await render(':::definition\nx\n:::\n\n:::definition[a]{type="feild"}\ny\n:::');
    expect(problems).toMatchObject([
      { code: 'missing-attribute', line: 1, message: '`:::definition` has no term' },
      { code: 'invalid-attribute', line: 5, message: '`:::definition` has type="feild"' },
    ]);
  });
});
