import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanHtml } from '../../../src/lib/markdown/components/raw-html.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({
    'public/images/diagram.png': 'png',
    'content/data/v9/html/video.html':
      '<style>p{color:red}</style><p style="color:red" onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="/ok/">ok</a></p><script>alert(1)</script>',
    'content/data/v9/html/cores.html':
      '<svg viewBox="0 0 10 10" width="100" height="100" role="img" aria-label="Cores"><rect x="1" y="1" width="5" height="5" fill="#f90" stroke-width="2" style="fill:red"/><text x="1" y="9">NC0</text></svg>',
  });
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registryOf([]));

describe('::image', () => {
  it('has its size, loads lazily, and links to its target when it has one', async () => {
    expect(
      await render(
        '::image{src="/images/diagram.png" alt="Two cores" width="640" height="480"}\n\n' +
          '::image{src="/images/diagram.png" alt="" width="16" height="16" href="https://example.com/"}',
      ),
    ).toEqual({
      html:
        '<p class="image"><img src="/images/diagram.png" alt="Two cores" width="640" height="480" loading="lazy" decoding="async"></p>\n' +
        '<p class="image"><a href="https://example.com/"><img src="/images/diagram.png" alt="" width="16" height="16" loading="lazy" decoding="async"></a></p>',
      problems: [],
    });
  });

  it('reports a missing alt (alt="" is for decorative images), size and file', async () => {
    const { problems } = await render('::image{src="/images/missing.png" width="64px"}');
    expect(problems).toMatchObject([
      {
        code: 'missing-attribute',
        message: '`::image` has no `alt`',
        hint: 'say what the image shows: `::image{src="/images/diagram.png" alt="What it shows" width="640" height="480"}`; write `alt=""` only for a decorative image',
      },
      {
        code: 'invalid-attribute',
        message: '`::image` has width="64px"',
        hint: 'give the size in pixels, a whole number: `640`',
      },
      { code: 'missing-attribute', message: '`::image` has no `height`' },
      { code: 'missing-file', message: 'src="/images/missing.png" names no file in public/' },
    ]);
  });
});

describe(':::figure', () => {
  it('is the image with its body as the caption', async () => {
    expect(
      await render(
        ':::figure{src="/images/diagram.png" alt="Two cores" width="640" height="480"}\nThe *cores*.\n\nLegend.\n:::',
      ),
    ).toEqual({
      html:
        '<figure class="figure"><img src="/images/diagram.png" alt="Two cores" width="640" height="480" loading="lazy" decoding="async">' +
        '<figcaption><p>The <em>cores</em>.</p><p>Legend.</p></figcaption></figure>',
      problems: [],
    });
  });

  it('reports a figure without src', async () => {
    const { html, problems } = await render(':::figure{alt="x" width="1" height="1"}\nCaption\n:::');
    expect(html).toBe('');
    expect(problems).toMatchObject([{ code: 'missing-attribute', message: '`:::figure` has no `src`' }]);
  });
});

describe('math', () => {
  it('typesets inline and display math as MathML with the TeX kept, and no inline style', async () => {
    const page = await renderer.renderPage(
      'Area $\\pi r^2$.\n\n$$\n\\begin{pmatrix}1 & 2\\\\3 & 4\\end{pmatrix}\n$$',
      registryOf([]),
    );
    expect(page.problems).toEqual([]);
    expect(page.html).toContain(
      '<p>Area <math><semantics><mrow><mi>π</mi><msup><mi>r</mi><mn class="tml-sml-pad">2</mn></msup></mrow><annotation encoding="application/x-tex">\\pi r^2</annotation></semantics></math>.</p>',
    );
    expect(page.html).toMatch(/<math display="block" class="tml-display math-[0-9a-f]{8}"><semantics><mrow>/);
    expect(page.html).not.toContain('style=');
    // Temml's styles (matrix cell padding) became classes of the page's stylesheet.
    expect(Object.values(page.codeStyles)).toContain('padding-left:0em;padding-right:5.9776pt');
    for (const name of Object.keys(page.codeStyles).filter((key) => key.startsWith('math-')))
      expect(page.html).toContain(name);
  });

  it('reports TeX it cannot read, and shows the source meanwhile', async () => {
    const { html, problems } = await render('Text.\n\nBroken $\\frac{a$ here.');
    expect(html).toBe('<p>Text.</p>\n<p>Broken <code class="math-error">\\frac{a</code> here.</p>');
    expect(problems).toMatchObject([
      {
        code: 'invalid-math',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 8,
        message: expect.stringMatching(/^the formula "\\frac\{a" cannot be read: /),
      },
    ]);
  });

  it('leaves an escaped dollar sign as text', async () => {
    expect((await render('It costs \\$5 and \\$10.')).html).toBe('<p>It costs $5 and $10.</p>');
  });
});

describe('footnotes', () => {
  it('render as GFM footnotes whose ids hold `_`, so no heading or label id can be theirs', async () => {
    const { html, problems } = await render('## Footnote label\n\nText[^1].\n\n[^1]: The note.');
    expect(problems).toEqual([]);
    expect(html).toContain('<h2 id="footnote-label">Footnote label</h2>');
    expect(html).toContain(
      '<sup><a href="#footnote_fn-1" id="footnote_fnref-1" data-footnote-ref aria-describedby="footnote_label">1</a></sup>',
    );
    expect(html).toContain(
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote_label">Footnotes</h2>',
    );
    expect(html).toContain(
      '<li id="footnote_fn-1">\n<p>The note. <a href="#footnote_fnref-1" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>',
    );
    expect(html.match(/id="footnote-label"/g)).toHaveLength(1);
  });
});

describe('::html', () => {
  it('inserts the fragment sanitised: no script, inline style or handler, no javascript: URL', async () => {
    const { html, problems } = await render('::html{src="video"}');
    expect(problems).toEqual([]);
    // the colour the <style> and the style attribute gave is a class of the site's stylesheet
    expect(html).toMatch(
      /^<div class="raw-html"><p class="html-[0-9a-f]{8}">Hi <a>bad<\/a> <a href="\/ok\/">ok<\/a><\/p><\/div>$/,
    );
  });

  it('keeps SVG diagrams drawn with presentation attributes; a style attribute wins over them, as in a browser', async () => {
    expect((await render('::html{src="cores"}')).html).toBe(
      '<div class="raw-html"><svg viewBox="0 0 10 10" width="100" height="100" role="img" aria-label="Cores"><rect x="1" y="1" width="5" height="5" fill="red" stroke-width="2"></rect><text x="1" y="9">NC0</text></svg></div>',
    );
  });

  it("moves an SVG's style sheet and style attributes onto its elements as presentation attributes", () => {
    const svg =
      '<svg width="100%"><style>.label { font-size: 2vw; fill: white; text-anchor: middle } text { fill: red }</style>' +
      '<text class="label" x="1">a</text><text class="label" style="fill:black" x="2">b</text><text x="3">c</text></svg>';
    expect(cleanHtml(svg)).toEqual({
      html:
        '<svg width="100%"><text x="1" fill="white" font-size="2vw" text-anchor="middle">a</text>' +
        '<text x="2" fill="black" font-size="2vw" text-anchor="middle">b</text><text x="3" fill="red">c</text></svg>',
      lost: [],
      styles: new Map(),
    });
  });

  it('gives HTML elements a class for the CSS of the safe list (bgcolor too); reports the rest', () => {
    const { html, lost, styles } = cleanHtml(
      '<style>td { padding: 5px }</style><table style="table-layout: fixed; position: fixed">' +
        '<tr><td bgcolor="#ad3bff">1</td><td style="display:none">2</td></tr></table>',
    );
    const [table, cell] = [...html.matchAll(/class="(html-[0-9a-f]{8})"/g)].map((match) => match[1]!);
    expect(styles.get(table!)).toBe('table-layout:fixed');
    expect(styles.get(cell!)).toBe('background-color:#ad3bff;padding:5px');
    expect(html).toContain('<td hidden class=');
    expect(html).not.toMatch(/style|bgcolor/);
    expect(lost).toEqual(['position: fixed']);
  });

  it("keeps a diagram's reuse and masks, on ids of its own; references elsewhere go; animation stops", () => {
    const { html, lost } = cleanHtml(
      '<svg><defs><rect id="nc" width="1"/><mask id="m"><rect fill="url(#g)"/></mask><linearGradient id="g"/></defs>' +
        '<g mask="url(#m)"><use href="#nc" x="1"/><use href="https://example.com/a.svg#x"/></g>' +
        '<rect fill="url(https://example.com/p)" stroke-dasharray="6"><animate attributeName="x" dur="1s"/></rect></svg>',
    );
    const digest = /id="html_([0-9a-f]{6})_nc"/.exec(html)?.[1];
    expect(digest).toBeDefined();
    expect(html).toBe(
      `<svg><defs><rect id="html_${digest}_nc" width="1"></rect><mask id="html_${digest}_m"><rect fill="url(#html_${digest}_g)"></rect></mask>` +
        `<linearGradient id="html_${digest}_g"></linearGradient></defs><g mask="url(#html_${digest}_m)"><use href="#html_${digest}_nc" x="1"></use><use></use></g>` +
        '<rect stroke-dasharray="6"></rect></svg>',
    );
    expect(lost).toEqual([]);
  });

  it('makes a cell width a class, and reports elements it does not keep', () => {
    const { html, lost, styles } = cleanHtml(
      '<table><tr><th width="20%">a</th><td width="40"><font>b</font></td></tr></table>',
    );
    const classes = [...html.matchAll(/class="(html-[0-9a-f]{8})"/g)].map((match) => styles.get(match[1]!));
    expect(classes).toEqual(['width:20%', 'width:40px']);
    expect(html).not.toContain('width=');
    expect(html).toContain('>b</td>');
    expect(lost).toEqual(['<font>']);
  });

  it('reports what it takes away: scripts, form controls, handlers and style sheets it cannot read', () => {
    expect(
      cleanHtml(
        '<script>x()</script><select><option>a</option></select><p onclick="x()">p</p><style>a b { c: d }</style>',
      ).lost,
    ).toEqual(['<script>', '<select>', 'onClick="…"', '<style>a b { c: d }</style>']);
  });

  it('prefixes ids with `html_`, which no Sphinx-form id has', () => {
    expect(cleanHtml('<h2 id="intro">Intro</h2>').html).toBe('<h2 id="html_intro">Intro</h2>');
  });

  it('reports a fragment that does not exist, suggesting the closest', async () => {
    expect((await render('::html{src="vidoe"}')).problems).toEqual([
      {
        code: 'missing-file',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 1,
        message: 'HTML fragment "vidoe" does not exist (looked for content/data/v9/html/vidoe.html)',
        hint: 'did you mean "video"?',
      },
    ]);
  });
});
