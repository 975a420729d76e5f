/**
 * Blocks and inline markup: image, figure, `:numref:`, substitutions (text, image, raw), `:download:`,
 * `literalinclude` and `include` with their options, footnotes and citations, math, `raw` HTML, `container`,
 * version notes, `option`/`program`, extlinks and inline roles (`:code:`, `:literal:`, `:sup:`, `:sub:`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONF, cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
);

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'conf.py':
      `${CONF}numfig = True\n` +
      "extlinks = {'github': ('https://github.com/aws-neuron/%s', '%s'),\n" +
      "            'issue': ('https://github.com/aws-neuron/aws-neuron-sdk/issues/%s', 'issue %s')}\n",
    'index.rst': page(
      'Home',
      'The blocks of the fixture.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   media',
      '   code',
      '   notes',
      '   inline',
      '   text',
      '',
    ),
    'images/chip.png': PNG,
    'files/data.txt': 'hello\n',
    'media.rst': page(
      'Media',
      '.. image:: images/chip.png',
      '   :alt: Sized',
      '   :width: 320px',
      '',
      '.. image:: images/chip.png',
      '   :alt: A chip',
      '   :target: https://example.com/',
      '',
      '.. _fig-chip:',
      '',
      '.. figure:: images/chip.png',
      '   :alt: The chip',
      '',
      '   The caption.',
      '',
      '   The legend.',
      '',
      '.. _table-sizes:',
      '',
      '.. list-table:: Sizes',
      '',
      '   * - a',
      '     - b',
      '',
      'See :numref:`fig-chip` and :numref:`table-sizes`.',
      '',
      '.. |chip| image:: images/chip.png',
      '.. |name| replace:: the *Neuron* SDK',
      '.. |bold| raw:: html',
      '',
      '   <b>bold</b>',
      '',
      'Substitutions: |chip| and |name| and |bold| and |version|.',
      '',
      '.. |link| raw:: html',
      '',
      '   <a href="http://localhost:6006" target="_blank">localhost:6006</a>',
      '',
      '.. |font| raw:: html',
      '',
      '   <font color="red">red</font>',
      '',
      '.. role:: html(raw)',
      '   :format: html',
      '',
      ':html:`<b>`\\ Note:\\ :html:`</b>` open |link|.',
      '',
      'Then :html:`<em>`\\ unclosed and |font|.',
      '',
      'Get :download:`the data <files/data.txt>` or :download:`files/data.txt`.',
      '',
    ),
    'snippets/code.py': lines('# start', 'a = 1', 'b = 2', 'c = 3', '# end', 'd = 4'),
    'snippets/part.rst': lines(
      'Line zero.',
      '',
      'Line two.',
      '',
      '.. begin',
      '',
      'Between *markers*.',
      '',
      '.. end',
      '',
      'After.',
    ),
    'code.rst': page(
      'Code',
      '.. literalinclude:: snippets/code.py',
      '   :language: python',
      '   :lines: 2-4',
      '   :emphasize-lines: 2',
      '   :caption: A caption',
      '',
      '.. literalinclude:: snippets/code.py',
      '   :language: python',
      '   :start-after: # start',
      '   :end-before: # end',
      '',
      '.. include:: snippets/part.rst',
      '   :start-after: .. begin',
      '   :end-before: .. end',
      '',
      '.. include:: snippets/part.rst',
      '   :start-line: 2',
      '   :end-line: 3',
      '',
      '.. include:: snippets/code.py',
      '   :literal:',
      '',
      '.. include:: snippets/code.py',
      '   :code: python',
      '   :start-line: 5',
      '',
      '.. literalinclude:: snippets/code.py',
      '   :language: python',
      '   :lines: 6',
      '   :caption: :download:`code.py <snippets/code.py>`',
      '',
    ),
    'notes.rst': page(
      'Notes',
      'Note [#f1]_, numbered [1]_ and cited [CIT2020]_.',
      '',
      '.. [#f1] The first footnote.',
      '.. [1] The numbered footnote.',
      '.. [CIT2020] A citation.',
      '',
      '.. math::',
      '',
      '   E = mc^2',
      '',
      '.. raw:: html',
      '',
      '   <div class="x"><b>bold</b></div>',
      '',
      '.. container:: my-class',
      '',
      '   Inside.',
      '',
      '.. deprecated:: 2.1',
      '   Use y.',
      '',
      '.. versionadded:: 2.2',
      '',
      '.. versionchanged:: 2.3',
      '   Changed x.',
      '',
      '.. program:: neuronx-cc',
      '',
      '.. option:: -o, --output <file>',
      '',
      '   The output file.',
      '',
    ),
    'text.rst': page(
      'The ``neuronx-cc`` *compiler*',
      'Braces {like} this, <angle> brackets, $5 and $10, a_b and 2*3*4.',
      '',
      '.. a comment Sphinx does not show',
      '   and its second line',
      '',
      '.. note::',
      '',
      '   A note with code:',
      '',
      '   .. code-block:: console',
      '',
      '      $ neuron-ls',
      '',
      '.. warning:: A one-line warning.',
      '',
      '.. admonition:: Custom title',
      '',
      '   Generic.',
      '',
      '.. seealso:: :doc:`inline`',
      '',
      '.. code-block:: python',
      '   :caption: example.py',
      '   :emphasize-lines: 1',
      '   :linenos:',
      '',
      '   x = {"a": 1}',
      '   print(x)',
      '',
      'Section with ``code``',
      '---------------------',
      '',
      '| A line block',
      '| of two lines',
      '',
      '   A block quote.',
      '',
    ),
    'inline.rst': page(
      'Inline',
      'A :code:`x` b :literal:`y` c ``z`` d :sup:`2` e :sub:`i` f :math:`x^2`.',
      '',
      'Links: :github:`neuronx-nemo`, :issue:`12`, :issue:`the bug <34>`, `a link <https://example.com/>`_.',
      '',
      'Escaped spaces join: (\\ ``nl.load``\\ ) and *a*\\ b, an escaped dot is one\\.',
      '',
    ),
  });
});

afterAll(cleanUpProjects);

const IMAGE_SRC = /\/images\/[0-9a-f]+\.png/;

describe('images, figures and numbers', () => {
  test('image with alt and target; figure with caption and legend; the file is published', () => {
    const body = project.body('media');
    const src = IMAGE_SRC.exec(body)?.[0];
    expect(src).toBeDefined();
    expect(project.files.get(`public${src}`)).toEqual(PNG);
    const image = body.split('\n').filter((line) => line.startsWith('::image{'))[1];
    expect(
      Object.fromEntries([...(image ?? '').matchAll(/(\w+)="([^"]*)"/g)].map(([, key, value]) => [key, value])),
    ).toEqual({
      src,
      alt: 'A chip',
      width: '1',
      height: '1',
      href: 'https://example.com/',
    });
    expect(body).toContain(
      lines(`:::figure{src="${src}" alt="The chip" width="1" height="1"}`, 'The caption.', '', 'The legend.', ':::'),
    );
  });

  test('an image’s :width: is its displayed width; the height follows', () => {
    const body = project.body('media');
    const src = IMAGE_SRC.exec(body)?.[0];
    // Sphinx wrote style="width: 320px": the browser scales the 1×1 image to 320×320
    expect(body.split('\n')[0]).toBe(`::image{src="${src}" alt="Sized" width="320" height="320"}`);
  });

  test(':numref: gives the figure’s and the table’s number, as numfig does', () => {
    expect(project.body('media')).toContain('See :ref[Fig. 1]{to="fig-chip"} and :ref[Table 1]{to="table-sizes"}.');
  });

  test('rendered: image link, figure, and the numbered references link to the figure and the table', async () => {
    const { html, problems } = await project.render('media');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /<a href="https:\/\/example\.com\/"><img src="\/images\/[0-9a-f]+\.png" alt="A chip" width="1" height="1" loading="lazy" decoding="async"><\/a>/,
    );
    expect(squash(html)).toMatch(
      /<figure class="figure"[^>]*><img src="\/images\/[0-9a-f]+\.png" alt="The chip" width="1" height="1" loading="lazy" decoding="async"><figcaption><p>The caption\.<\/p><p>The legend\.<\/p><\/figcaption><\/figure>/,
    );
    expect(html).toContain('id="fig-chip"');
    expect(html).toContain('id="table-sizes"');
    expect(html).toContain('See <a href="/latest/media/#fig-chip"');
    expect(html).toMatch(/<a href="\/latest\/media\/#table-sizes"[^>]*>Table 1<\/a>\./);
  });

  test('substitutions: replace and |version| become their text, an image substitution an inline image', async () => {
    expect(project.body('media')).toContain('and the *Neuron* SDK and');
    expect(project.body('media')).toMatch(/and 2\.9\.$/m);
    const { html } = await project.render('media');
    expect(html).toMatch(
      /<p>Substitutions: <img src="\/images\/[0-9a-f]+\.png" alt="chip" width="1" height="1"[^>]*> and the <em>Neuron<\/em> SDK and /,
    );
  });

  test('inline raw HTML that docutils has elements for becomes them, whole or as a pair of tags', () => {
    const body = project.body('media');
    expect(body).toContain('SDK and **bold** and 2.9.');
    expect(body).toContain('**Note:** open [localhost:6006](http://localhost:6006).');
    const htmlLosses = project.loss.filter((entry) => entry.construct === 'raw-inline-html');
    expect(htmlLosses.map((entry) => entry.detail)).not.toContain('<b>bold</b>');
    expect(htmlLosses.map((entry) => entry.detail)).not.toContain('<b>');
  });

  test('inline raw HTML it cannot convert (unknown tags, tags that do not pair) loses its tags, keeps its text, and says so', () => {
    expect(project.body('media')).toContain('Then unclosed and red.');
    const details = project.loss.filter((entry) => entry.construct === 'raw-inline-html').map((entry) => entry.detail);
    expect(details).toEqual(expect.arrayContaining(['<em>', '<font color="red">red</font>']));
  });

  test(':download: publishes the file and links to it, with its text or its path', async () => {
    const body = project.body('media');
    const src = /:download\[the data\]\{src="(\/downloads\/[0-9a-f]+\/data\.txt)"\}/.exec(body)?.[1];
    expect(src).toBeDefined();
    expect(body).toContain(`Get :download[the data]{src="${src}"} or :download[files/data.txt]{src="${src}"}.`);
    expect(project.files.get(`public${src}`)?.toString()).toBe('hello\n');
    const { html } = await project.render('media');
    expect(html).toContain(
      `Get <a href="${src}" class="download" download><code>the data</code></a> or <a href="${src}" class="download" download><code>files/data.txt</code></a>.`,
    );
  });
});

describe('literalinclude and include', () => {
  test('literalinclude: lines, emphasised lines (relative to the lines shown), caption, language, start-after/end-before', () => {
    const body = project.body('code');
    expect(body).toContain(lines('```python title="A caption" {2}', 'a = 1', 'b = 2', 'c = 3', '```'));
    expect(body).toContain(lines('```python', 'a = 1', 'b = 2', 'c = 3', '```'));
  });

  test('include with options: each partial holds exactly the included slice', () => {
    const includes = [...project.body('code').matchAll(/^::include\{src="([^"]+)"\}$/gm)].map(([, name]) => name!);
    expect(includes).toHaveLength(4);
    const partial = (name: string) => project.file(`content/partials/latest/${name}.md`);
    expect(partial(includes[0]!)).toBe('Between *markers*.\n');
    expect(partial(includes[1]!)).toBe('Line two.\n');
    expect(partial(includes[2]!)).toBe(lines('```text', '# start', 'a = 1', 'b = 2', 'c = 3', '# end', 'd = 4', '```'));
    expect(partial(includes[3]!)).toBe(lines('```python', 'd = 4', '```'));
  });

  test('rendered: the code block shows its caption and marks the emphasised line', async () => {
    const { html, problems } = await project.render('code');
    expect(problems).toEqual([]);
    // Sphinx: <div class="code-block-caption"><span class="caption-text">A caption</span></div> and <span class="hll">
    const [first] = html.split('</pre>');
    expect(first).toContain('A caption');
    expect(first).toMatch(/<span class="line[^"]*(?:highlight|hll|emphasi)[^"]*">.*b.*=.*2/);
  });

  test('a caption with a link is the label of a :::code-figure around the fence, and renders as a figure', async () => {
    const body = project.body('code');
    const src = /:::code-figure\[:download\[code\.py\]\{src="(\/downloads\/[0-9a-f]+\/code\.py)"\}\]/.exec(body)?.[1];
    expect(src).toBeDefined();
    expect(body).toContain(
      lines(`:::code-figure[:download[code.py]{src="${src}"}]`, '```python', 'd = 4', '```', ':::').trim(),
    );
    expect(project.loss.filter((entry) => entry.file === 'code.rst')).toEqual([]);
    const { html, problems } = await project.render('code');
    expect(problems).toEqual([]);
    expect(html).toContain(
      `<figure class="code-figure"><figcaption class="code-caption"><a href="${src}" class="download" download><code>code.py</code></a></figcaption>`,
    );
    expect(html.split('<figcaption class="code-caption"><a')[1]).toMatch(
      /^[^]*?<\/figcaption><pre[^>]*>[^]*d[^]*=[^]*4[^]*<\/pre><\/figure>/,
    );
  });

  test('rendered: the partials show in place', async () => {
    const { html } = await project.render('code');
    expect(html).toContain('<p>Between <em>markers</em>.</p>');
    expect(html).toContain('<p>Line two.</p>');
  });
});

describe('notes, math, raw HTML, containers, version notes and options', () => {
  test('MDX', () => {
    const body = project.body('notes');
    // the name of a numbered footnote is the importer's choice; GFM numbers footnotes in order of reference
    expect(body.slice(0, body.indexOf('::html')).replace(/\[\^footnote-1\]/g, '[^1]')).toBe(
      lines(
        'Note [^f1], numbered [^1] and cited [^cit2020].',
        '',
        '[^f1]: The first footnote.',
        '',
        '[^1]: The numbered footnote.',
        '',
        '[^cit2020]: A citation.',
        '',
        '$$',
        'E = mc^2',
        '$$',
        '',
      ),
    );
    const html = /::html\{src="([0-9a-f]+)"\}/.exec(body)?.[1];
    expect(project.file(`content/data/latest/html/${html}.html`)).toContain('<div class="x"><b>bold</b></div>');
    expect(body.slice(body.indexOf(':::container'))).toBe(
      lines(
        ':::container{class="my-class"}',
        'Inside.',
        ':::',
        '',
        ':::deprecated{version="2.1"}',
        'Use y.',
        ':::',
        '',
        ':::versionadded{version="2.2"}',
        ':::',
        '',
        ':::versionchanged{version="2.3"}',
        'Changed x.',
        ':::',
        '',
        ':::option[-o, --output \\<file>]{program="neuronx-cc"}',
        'The output file.',
        ':::',
      ).trim(),
    );
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('notes');
    expect(problems).toEqual([]);
    const flat = squash(html);
    expect(flat).toMatch(
      /^<p>Note <sup><a href="#footnote_fn-f1"[^>]*>1<\/a><\/sup>, numbered <sup><a href="#footnote_fn-(?:footnote-)?1"[^>]*>2<\/a><\/sup> and cited <sup><a href="#footnote_fn-cit2020"[^>]*>3<\/a><\/sup>\.<\/p>/,
    );
    expect(flat).toContain('<math display="block"');
    expect(flat).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(flat).toContain('<div class="raw-html"><div><b>bold</b></div></div>');
    expect(flat).toContain('<div class="container my-class"><p>Inside.</p></div>');
    expect(flat).toContain(
      '<div class="version-note version-deprecated"><p><span class="version-note-title">Deprecated since version 2.1: </span>Use y.</p></div>',
    );
    expect(flat).toContain(
      '<div class="version-note version-added"><p><span class="version-note-title">New in version 2.2.</span></p></div>',
    );
    expect(flat).toContain(
      '<div class="version-note version-changed"><p><span class="version-note-title">Changed in version 2.3: </span>Changed x.</p></div>',
    );
    expect(flat).toMatch(
      /<dl class="option"><dt id="cmdoption-neuronx-cc-o" class="option-term"><span id="cmdoption-neuronx-cc-output" class="label-anchor"><\/span><code class="option-name">-o, --output &lt;file&gt;<\/code>/,
    );
    expect(flat).toMatch(/<li id="footnote_fn-f1">\s*<p>The first footnote\./);
    expect(flat).toMatch(/<li id="footnote_fn-cit2020">\s*<p>A citation\./);
  });
});

describe('inline markup and links', () => {
  test('MDX', () => {
    expect(project.body('inline')).toBe(
      lines(
        'A `x` b `y` c `z` d :sup[2] e :sub[i] f $x^2$.',
        '',
        'Links: [neuronx-nemo](https://github.com/aws-neuron/neuronx-nemo), ' +
          '[issue 12](https://github.com/aws-neuron/aws-neuron-sdk/issues/12), ' +
          '[the bug](https://github.com/aws-neuron/aws-neuron-sdk/issues/34), [a link](https://example.com/).',
        '',
        'Escaped spaces join: (`nl.load`) and *a*b, an escaped dot is one.',
      ).trim(),
    );
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('inline');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<p>A <code>x<\/code> b <code>y<\/code> c <code>z<\/code> d <sup>2<\/sup> e <sub>i<\/sub> f <math>.*<annotation encoding="application\/x-tex">x\^2<\/annotation><\/semantics><\/math>\.<\/p>/,
    );
    expect(html).toContain(
      '<a href="https://github.com/aws-neuron/neuronx-nemo">neuronx-nemo</a>, <a href="https://github.com/aws-neuron/aws-neuron-sdk/issues/12">issue 12</a>, ' +
        '<a href="https://github.com/aws-neuron/aws-neuron-sdk/issues/34">the bug</a>, <a href="https://example.com/">a link</a>.',
    );
  });
});

describe('text, admonitions, comments and code blocks', () => {
  test('MDX: MDX-special characters are escaped; comments are left out; admonitions and code keep their options', () => {
    expect(project.frontmatter('text')['title']).toBe('The neuronx-cc compiler');
    expect(project.body('text').split('\n\n## Section')[0]).toBe(
      lines(
        'Braces \\{like\\} this, \\<angle> brackets, \\$5 and \\$10, a_b and 2\\*3\\*4.',
        '',
        ':::note',
        'A note with code:',
        '',
        '```console',
        '$ neuron-ls',
        '```',
        ':::',
        '',
        ':::warning',
        'A one-line warning.',
        ':::',
        '',
        ':::admonition[Custom title]',
        'Generic.',
        ':::',
        '',
        ':::seealso',
        ':doc{to="inline"}',
        ':::',
        '',
        '```python title="example.py" {1} showLineNumbers',
        'x = {"a": 1}',
        'print(x)',
        '```',
      ).trim(),
    );
  });

  test('rendered: the text reads as written', async () => {
    const { html, problems } = await project.render('text');
    expect(problems).toEqual([]);
    expect(html).toContain('<p>Braces {like} this, &lt;angle&gt; brackets, $5 and $10, a_b and 2*3*4.</p>');
    expect(html).not.toContain('comment');
    expect(squash(html)).toMatch(
      /<div class="admonition admonition-warning"[^>]*><p class="admonition-title"[^>]*>Warning<\/p><p>A one-line warning\.<\/p><\/div>/,
    );
    expect(squash(html)).toMatch(/<p class="admonition-title"[^>]*>Custom title<\/p><p>Generic\.<\/p>/);
    expect(html).toContain('<a href="/latest/inline/" class="ref ref-internal ref-doc">Inline</a>');
    expect(html).toMatch(/<h2 id="section-with-code">Section with <code>code<\/code><\/h2>/);
  });

  test('rendered: a line block keeps its line break; a block quote is a blockquote', async () => {
    const { html } = await project.render('text');
    expect(squash(html)).toMatch(/A line block(?:<br>\s*|\s*<br>)of two lines/);
    expect(squash(html)).toContain('<blockquote><p>A block quote.</p></blockquote>');
  });
});
