/**
 * Fenced code blocks and their options, as the importer writes RST's `code-block` / `literalinclude` options:
 * `title="…"` (`:caption:`), `{2-3}` (`:emphasize-lines:`), `showLineNumbers` (`:linenos:`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = (markdown: string) => renderer.render(markdown, registryOf([]));
const lines = (html: string) => [...html.matchAll(/<span class="(line[^"]*)">/g)].map((m) => m[1]);

describe('fenced code blocks', () => {
  it('without options: the highlighted <pre> alone', async () => {
    const { html, problems } = await render('```bash\nls\n```');
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<pre class="astro-code [^"]*" tabindex="0" data-language="bash"><code>/);
  });

  it('title="…" is a caption above the code, the figure’s <figcaption> (escaped)', async () => {
    const { html, problems } = await render('```python title="A \\"caption\\" <here>"\na = 1\n```');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<figure class="code-figure"><figcaption class="code-caption">A &quot;caption&quot; &lt;here&gt;<\/figcaption><pre [^>]*data-language="python"/,
    );
    expect(html).toMatch(/<\/pre><\/figure>$/);
  });

  it('{2,4-5} emphasises those lines (a class on each line)', async () => {
    const { html, problems } = await render('```text {2,4-5}\na\nb\nc\nd\ne\nf\n```');
    expect(problems).toEqual([]);
    expect(lines(html)).toEqual(['line', 'line highlighted', 'line', 'line highlighted', 'line highlighted', 'line']);
  });

  it('showLineNumbers numbers the lines with CSS (no number in the text)', async () => {
    const { html } = await render('```text showLineNumbers\na\nb\n```');
    expect(html).toMatch(/<pre class="[^"]*\bline-numbers\b/);
    expect(html.replace(/<[^>]+>/g, '')).toBe('a\nb');
  });

  it('all three together, as the importer writes them', async () => {
    const { html, problems } = await render('```bash title="run.sh" {2} showLineNumbers\nls\npwd\n```');
    expect(problems).toEqual([]);
    expect(html).toContain('<figcaption class="code-caption">run.sh</figcaption>');
    expect(html).toMatch(/line-numbers/);
    expect(lines(html)).toEqual(['line', 'line highlighted']);
  });

  it('reports lines past the end and anything else after the language', async () => {
    const { problems } = await render('\n```text {3} linenos\na\nb\n```');
    expect(problems).toMatchObject([
      {
        code: 'invalid-attribute',
        line: 2,
        column: 1,
        message: 'the code block emphasises lines {3}, but it has 2 lines',
      },
      { code: 'invalid-attribute', line: 2, message: 'the code block has "linenos" after its language' },
    ]);
  });
});

describe(':::code-figure (a caption with links)', () => {
  it('makes the same figure as title="…", its caption the label’s inline content, links built', async () => {
    const { html, problems } = await render(
      ':::code-figure[Run *this* from [the guide](https://example.com/guide)]\n```bash\nls\n```\n:::',
    );
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<figure class="code-figure"><figcaption class="code-caption">Run <em>this<\/em> from <a href="https:\/\/example\.com\/guide"[^>]*>the guide<\/a><\/figcaption><pre [^>]*data-language="bash"/,
    );
    expect(html).toMatch(/<\/pre><\/figure>$/);
  });

  it('reports a figure without a caption, without one fenced block, or with a title too', async () => {
    const { problems } = await render(
      [
        ':::code-figure',
        '```bash',
        'ls',
        '```',
        ':::',
        '',
        ':::code-figure[Two]',
        'Text.',
        '',
        '```bash',
        'ls',
        '```',
        ':::',
        '',
        ':::code-figure[Caption]',
        '```bash title="run.sh"',
        'ls',
        '```',
        ':::',
      ].join('\n'),
    );
    expect(problems).toMatchObject([
      { code: 'missing-attribute', line: 1, message: 'a `:::code-figure` has no caption' },
      {
        code: 'misplaced-directive',
        line: 7,
        message: 'a `:::code-figure` holds one fenced code block; this one holds paragraph, code',
      },
      { code: 'invalid-attribute', line: 15, message: expect.stringContaining('has a `title` too') },
    ]);
  });
});
