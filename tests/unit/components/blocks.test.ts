import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registryOf([]));

describe('version notes', () => {
  it('run "New in version …" into the first paragraph, as Sphinx does', async () => {
    expect(await render(':::versionadded{version="2.1"}\nThe *trace* API.\n\nMore.\n:::')).toEqual({
      html: '<div class="version-note version-added"><p><span class="version-note-title">New in version 2.1: </span>The <em>trace</em> API.</p><p>More.</p></div>',
      problems: [],
    });
  });

  it('say "Changed in" and "Deprecated since", and stand alone without a body', async () => {
    expect((await render(':::versionchanged{version="2.3"}\n- a list\n:::')).html).toBe(
      '<div class="version-note version-changed"><p><span class="version-note-title">Changed in version 2.3: </span></p><ul>\n<li>a list</li>\n</ul></div>',
    );
    expect((await render(':::deprecated{version="2.9"}\n:::')).html).toBe(
      '<div class="version-note version-deprecated"><p><span class="version-note-title">Deprecated since version 2.9.</span></p></div>',
    );
  });

  it('report a missing version', async () => {
    expect((await render(':::deprecated\nGone.\n:::')).problems).toEqual([
      {
        code: 'missing-attribute',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 1,
        message: '`:::deprecated` has no `version`',
        hint: 'write `:::deprecated{version="2.1"}`',
      },
    ]);
  });
});

describe('::rubric', () => {
  it('is a heading one level below its section, with no id and not in the contents', async () => {
    const page = await renderer.renderPage(
      '::rubric[Before any section]\n\n## Section\n\n::rubric[Notes *here*]',
      registryOf([]),
    );
    expect(page.html).toContain('<h2 class="rubric">Before any section</h2>');
    expect(page.html).toContain('<h3 class="rubric">Notes <em>here</em></h3>');
    expect(page.headings.map((heading) => heading.text)).toEqual(['Section']);
  });

  it('reports one without text', async () => {
    expect((await render('::rubric')).problems).toMatchObject([
      { code: 'missing-attribute', message: '`::rubric` has no text' },
    ]);
  });
});

describe(':::container', () => {
  it('is a block with the classes given', async () => {
    expect((await render(':::container{class="sd-card wide"}\nText\n:::')).html).toBe(
      '<div class="container sd-card wide"><p>Text</p></div>',
    );
  });

  it('reports a class that is not a class name, and keeps the others', async () => {
    const { html, problems } = await render(':::container{class="ok b@d"}\nText\n:::');
    expect(html).toBe('<div class="container ok"><p>Text</p></div>');
    expect(problems).toMatchObject([
      {
        code: 'invalid-attribute',
        message: '`:::container` has class="b@d"',
        hint: 'class names are letters, digits, `-` and `_`',
      },
    ]);
  });
});

describe(':::list', () => {
  it('numbers its list with the <ol type> given, from the start the list has', async () => {
    expect(await render(':::list{type="a"}\n3. third\n4. fourth\n:::')).toEqual({
      html: '<ol start="3" type="a">\n<li>third</li>\n<li>fourth</li>\n</ol>',
      problems: [],
    });
    expect((await render(':::list{type="I"}\n1. one\n:::')).html).toBe('<ol type="I">\n<li>one</li>\n</ol>');
  });

  it('reports a numbering <ol> does not have, and a body that is not one numbered list', async () => {
    expect((await render(':::list{type="b"}\n1. one\n:::')).problems).toMatchObject([
      {
        code: 'invalid-attribute',
        message: '`:::list` has type="b"',
        hint: expect.stringContaining('one of: 1, a, A, i, I'),
      },
    ]);
    const { html, problems } = await render(':::list{type="a"}\n- a bullet\n:::');
    expect(html).toBe('<ul>\n<li>a bullet</li>\n</ul>');
    expect(problems).toMatchObject([
      { code: 'misplaced-directive', message: '`:::list` holds something other than one numbered list' },
    ]);
  });
});

describe(':::program-output', () => {
  it('shows the command as highlighted code and a visible note, the default one or the body', async () => {
    const { html, problems } = await render(':::program-output{command="neuron-ls --help"}\n:::');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<div class="program-output"><pre class="astro-code [^"]*" tabindex="0" data-language="bash"><code>.*neuron-ls.*<\/code><\/pre>/s,
    );
    expect(html).toContain(
      '<div class="program-output-note"><p>The output of this command is not shown here: run it to see it.</p></div></div>',
    );
    expect((await render(':::program-output{command="ls"}\nIt lists the *files*.\n:::')).html).toContain(
      '<div class="program-output-note"><p>It lists the <em>files</em>.</p></div>',
    );
  });

  it('reports a missing command', async () => {
    expect((await render(':::program-output\n:::')).problems).toMatchObject([
      { code: 'missing-attribute', message: '`:::program-output` has no `command`' },
    ]);
  });
});

describe(':::generated', () => {
  it('says the original generated this part, and keeps what it named', async () => {
    expect(await render(':::generated{kind="autosummary"}\n- `torch_neuronx.trace`\n:::')).toEqual({
      html:
        '<div class="admonition admonition-generated" role="note" aria-labelledby="generated_1"><p class="admonition-title" id="generated_1">Generated reference (autosummary)</p>' +
        '<p>The original page generated this part from the source code; it is not reproduced here.</p><ul>\n<li><code>torch_neuronx.trace</code></li>\n</ul></div>',
      problems: [],
    });
  });

  it('names what an autodoc directive documented', async () => {
    const { html, problems } = await render(':::generated{kind="autoclass" name="torch_neuronx.Tracer"}\n:::');
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<p>The original page generated the reference of <code>torch_neuronx.Tracer</code> from the source code; it is not reproduced here.</p>',
    );
  });

  it('reports a missing kind', async () => {
    expect((await render(':::generated\n:::')).problems).toMatchObject([
      { code: 'missing-attribute', message: '`:::generated` has no `kind`' },
    ]);
  });
});

describe(':::output', () => {
  it('frames a notebook cell’s stored output after its code', async () => {
    const { html, problems } = await render('```python\nprint(1)\n```\n\n:::output\n```text\n1\n```\n:::');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /<\/pre>\n<div class="cell-output" role="group" aria-label="Output"><pre class="astro-code [^>]*><code><span class="line"><span class="code-\w+">1<\/span><\/span><\/code><\/pre><\/div>$/,
    );
  });
});

describe(':::option', () => {
  it('is a definition anchored as Sphinx anchors program options', async () => {
    const page = await renderer.renderPage(
      ':::option[--target \\<target>]{program="neuronx-cc"}\nThe *target*.\n:::',
      registryOf([]),
    );
    expect(page.html.trim()).toBe(
      '<dl class="option"><dt id="cmdoption-neuronx-cc-target" class="option-term"><code class="option-name">--target &lt;target&gt;</code>' +
        '<a class="term-anchor" href="#cmdoption-neuronx-cc-target" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to --target</span></a></dt>' +
        '<dd><p>The <em>target</em>.</p></dd></dl>',
    );
    expect(page.anchors).toEqual(['cmdoption-neuronx-cc-target']);
  });

  it('anchors every name of an option, and positional arguments with `arg`', async () => {
    const page = await renderer.renderPage(
      ':::option[-o, --output \\<file>]{program="neuron_parallel_compile"}\n:::\n\n:::option[command]\n:::',
      registryOf([]),
    );
    expect(page.anchors).toEqual([
      'cmdoption-neuron-parallel-compile-o',
      'cmdoption-neuron-parallel-compile-output',
      'cmdoption-arg-command',
    ]);
    expect(page.html).toContain('<span id="cmdoption-neuron-parallel-compile-output" class="label-anchor"></span>');
  });

  it('reports an option without its name', async () => {
    expect((await render(':::option{program="x"}\n:::')).problems).toMatchObject([
      { code: 'missing-attribute', message: '`:::option` has no option' },
    ]);
  });
});
