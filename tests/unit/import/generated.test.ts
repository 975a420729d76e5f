/**
 * Generated content and other sources: `program-output` (run offline when it can be, else a stand-in and a loss
 * entry), `autosummary`/`autoclass` (stand-ins and loss entries), `nki_example`, the release's `neuron-tag`
 * (→ `relevantFor`), ablog `post` (→ `date`, `tags`), MyST Markdown pages and Jupyter notebooks with stored outputs.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONF, cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

/** A 1×1 PNG, base64 as notebooks store it. */
const PNG_BASE64 = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex',
).toString('base64');

/** A minimal `_ext/neuron_tag.py` shaped like the release's: its directive prints the instances of a page. */
const NEURON_TAG = lines(
  'from docutils import nodes',
  'from docutils.statemachine import ViewList',
  'from sphinx.util.docutils import SphinxDirective',
  'from sphinx.util.nodes import nested_parse_with_titles',
  '',
  "TEXT_TEMPLATE = '**This document is relevant for**: '",
  '',
  '',
  'class NeuronTag(SphinxDirective):',
  '    def run(self):',
  '        cur_file = self.env.docname',
  "        instances = ['Trn1', 'Inf2'] if cur_file.startswith('tools/') else []",
  '        instances = sorted(set(instances))',
  "        text = TEXT_TEMPLATE + ', '.join('``' + i + '``' for i in instances) if instances else ''",
  '        return self._render(text)',
  '',
  '    def _render(self, text):',
  '        rst = ViewList()',
  "        rst.append(text, 'neuron-tag', 1)",
  '        node = nodes.section()',
  '        node.document = self.state.document',
  '        nested_parse_with_titles(self.state, rst, node)',
  '        return node.children',
  '',
  '',
  'def setup(app):',
  "    app.add_directive('neuron-tag', NeuronTag)",
);

const notebook = {
  cells: [
    { cell_type: 'markdown', metadata: {}, source: ['# A notebook\n', '\n', 'Some *text*.'] },
    {
      cell_type: 'raw',
      metadata: { raw_mimetype: 'text/restructuredtext' },
      source: ['.. note::\n', '\n', '   From a raw cell.'],
    },
    {
      cell_type: 'code',
      metadata: {},
      execution_count: 1,
      source: ['print("hello")'],
      outputs: [{ output_type: 'stream', name: 'stdout', text: ['hello\n'] }],
    },
    {
      cell_type: 'code',
      metadata: {},
      execution_count: 2,
      source: ['1 + 1'],
      outputs: [{ output_type: 'execute_result', execution_count: 2, metadata: {}, data: { 'text/plain': ['2'] } }],
    },
    {
      cell_type: 'code',
      metadata: {},
      execution_count: 3,
      source: ['plot()'],
      outputs: [
        { output_type: 'display_data', metadata: {}, data: { 'image/png': PNG_BASE64, 'text/plain': ['<Figure>'] } },
      ],
    },
    {
      cell_type: 'code',
      metadata: {},
      execution_count: 4,
      source: ['df'],
      outputs: [
        {
          output_type: 'execute_result',
          execution_count: 4,
          metadata: {},
          data: { 'text/html': ['<table><tr><td>1</td></tr></table>'], 'text/plain': ['   0\n0  1'] },
        },
      ],
    },
  ],
  metadata: {
    kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' },
    language_info: { name: 'python' },
  },
  nbformat: 4,
  nbformat_minor: 5,
};

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'conf.py':
      `${CONF}extensions += ['neuron_tag', 'ablog', 'nki_directives']\n` +
      "import os, sys\nsys.path.append(os.path.abspath('_ext'))\n" +
      'rst_prolog = """\n\n.. neuron-tag::\n\n"""\nrst_epilog = """\n\n.. neuron-tag::\n\n"""\n' +
      "blog_path = 'news/index'\n",
    '_ext/neuron_tag.py': NEURON_TAG,
    'index.rst': page(
      'Home',
      'The generated content of the fixture.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   tools/outputs',
      '   news/post',
      '   myst',
      '   notebook',
      '',
    ),
    'tools/outputs.rst': page(
      'Outputs',
      '.. program-output:: echo hello',
      '',
      '.. program-output:: echo hi',
      '   :prompt:',
      '',
      '.. program-output:: neuron-top --help',
      '',
      '.. autosummary::',
      '   :toctree: generated',
      '',
      '   torch_neuronx.trace',
      '   torch_neuronx.analyze',
      '',
      '.. autoclass:: torch_neuronx.Tracer',
      '   :members:',
      '',
      '.. nki_example:: example.py',
      '   :language: python',
      '   :marker: NKI_EXAMPLE_7',
      '',
    ),
    'tools/example.py': lines(
      'import nki',
      '',
      'def kernel():',
      '    # NKI_EXAMPLE_7_BEGIN',
      '    a = 1',
      '    # NKI_EXAMPLE_7_END',
      '    skipped = 0',
      '    # NKI_EXAMPLE_7_BEGIN',
      '    b = 2',
      '    # NKI_EXAMPLE_7_END',
    ),
    'news/index.rst': page('News', 'The news.'),
    'news/post.rst': lines(
      '.. post:: May 01, 2023 01:00',
      '    :language: en',
      '    :tags: neuron2.x, torch',
      '',
      'A post',
      '======',
      '',
      'The body of the post.',
    ),
    'myst.md': lines(
      '# A MyST page',
      '',
      'The first paragraph.',
      '',
      '(myst-section)=',
      '## A section',
      '',
      '```{note}',
      'A note.',
      '```',
      '',
      '```python',
      'x = 1',
      '```',
      '',
      'See {ref}`myst-section`, {ref}`the section <myst-section>` and {doc}`notebook`.',
      '',
      '```{toctree}',
      ':caption: MyST children',
      ':hidden:',
      '',
      'myst-child',
      '```',
      '',
    ),
    'myst-child.md': lines('# A MyST child', '', 'Child text.', ''),
    'notebook.ipynb': JSON.stringify(notebook),
  });
});

afterAll(cleanUpProjects);

describe('program-output', () => {
  test('a command that runs offline shows its output (with :prompt:, the command first)', () => {
    const body = project.body('tools/outputs');
    expect(body.startsWith(lines('```text', 'hello', '```'))).toBe(true);
    expect(body).toMatch(/```\w*\n\$ echo hi\nhi\n```/);
  });

  test('one that cannot run is the command with a note, and a loss entry at its line', async () => {
    expect(project.body('tools/outputs')).toContain(
      lines(
        ':::program-output{command="neuron-top --help"}',
        'The output of this command was shown here when the original documentation was built; it could not be reproduced offline.',
        ':::',
      ),
    );
    expect(project.loss).toContainEqual(
      expect.objectContaining({ construct: 'program-output', file: 'tools/outputs.rst', line: 9 }),
    );
    const { html, problems } = await project.render('tools/outputs');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /<div class="program-output"><pre [^>]*data-language="bash"><code>.*neuron-top.*--help.*<\/code><\/pre><div class="program-output-note"><p>The output of this command was shown here/,
    );
  });
});

describe('autodoc', () => {
  test('autosummary lists the names it summarises, in a generated-reference note, with a loss entry', async () => {
    expect(project.body('tools/outputs')).toContain(
      lines(':::generated{kind="autosummary"}', '- `torch_neuronx.trace`', '- `torch_neuronx.analyze`', ':::'),
    );
    expect(project.loss).toContainEqual(
      expect.objectContaining({ construct: 'autosummary', file: 'tools/outputs.rst', line: 11 }),
    );
    const { html } = await project.render('tools/outputs');
    expect(squash(html)).toMatch(
      /<p class="admonition-title"[^>]*>Generated reference \(autosummary\)<\/p><p>[^<]*<\/p><ul><li><code>torch_neuronx\.trace<\/code><\/li><li><code>torch_neuronx\.analyze<\/code><\/li><\/ul><\/div>/,
    );
  });

  test('autoclass: the reader is told which class the original documented here', async () => {
    expect(project.loss).toContainEqual(
      expect.objectContaining({ construct: 'autoclass', file: 'tools/outputs.rst', line: 17 }),
    );
    const { html } = await project.render('tools/outputs');
    const note = squash(html).split('Generated reference (autoclass)')[1]?.split('</div>')[0] ?? '';
    expect(note).toContain('torch_neuronx.Tracer');
  });
});

describe('nki_example', () => {
  test('the lines between the marker’s BEGIN and END lines, dedented, blocks joined by an empty line', () => {
    // the block ends the page, whose body is trimmed: the newline after its closing fence is the file's
    expect(`${project.body('tools/outputs')}\n`).toContain(lines('```python', 'a = 1', '', 'b = 2', '```'));
  });
});

describe('page metadata from extensions', () => {
  test('neuron-tag (rst_prolog and rst_epilog) → relevantFor, and no text in the body', () => {
    expect(project.frontmatter('tools/outputs')['relevantFor']).toEqual(['Inf2', 'Trn1']);
    expect(project.frontmatter('index')['relevantFor']).toBeUndefined();
    expect(project.mdx('tools/outputs')).not.toContain('relevant for');
  });

  test('ablog post → date and tags; the post directive leaves nothing in the body', () => {
    const frontmatter = project.mdx('news/post').split('\n---\n')[0]!;
    expect(frontmatter).toContain('\ndate: 2023-05-01T01:00:00Z\n');
    expect(project.frontmatter('news/post')['tags']).toEqual(['neuron2.x', 'torch']);
    expect(project.body('news/post')).toBe('The body of the post.');
  });

  test('ablog blog_path → the page lists the posts (posts: true), and no other page does', () => {
    expect(project.frontmatter('news/index')['posts']).toBe(true);
    expect(project.mdx('news/index').split('\n---\n')[0]).toMatch(/\nposts: true\nsource: /);
    for (const page of ['index', 'news/post', 'tools/outputs'])
      expect(project.frontmatter(page)['posts']).toBeUndefined();
  });
});

describe('MyST pages', () => {
  test('title, labels, admonitions, code and roles in the site’s syntax', () => {
    expect(project.frontmatter('myst')).toMatchObject({ title: 'A MyST page', description: 'The first paragraph.' });
    expect(project.body('myst')).toBe(
      lines(
        'The first paragraph.',
        '',
        '::label{name="myst-section"}',
        '',
        '## A section',
        '',
        ':::note',
        'A note.',
        ':::',
        '',
        '```python',
        'x = 1',
        '```',
        '',
        'See :ref{to="myst-section"}, :ref[the section]{to="myst-section"} and :doc{to="notebook"}.',
      ).trim(),
    );
  });

  test('rendered', async () => {
    const { html, problems } = await project.render('myst');
    expect(problems).toEqual([]);
    expect(html).toContain(
      'See <a href="/latest/myst/#myst-section" class="ref ref-internal" data-ref="myst-section">A section</a>, ' +
        '<a href="/latest/myst/#myst-section" class="ref ref-internal" data-ref="myst-section">the section</a> and ' +
        '<a href="/latest/notebook/" class="ref ref-internal ref-doc">A notebook</a>.',
    );
  });
});

describe('navigation from every kind of page', () => {
  test('a MyST toctree gives its page’s children; a caption below the top level is not shown, as in Sphinx’s sidebar', () => {
    expect(project.nav()).toEqual([
      { page: 'tools/outputs' },
      { page: 'news/post' },
      { page: 'myst', items: [{ page: 'myst-child' }] },
      { page: 'notebook' },
    ]);
  });
});

describe('MyST admonition with a title', () => {
  test('becomes :::admonition[Title]', async () => {
    // its own project: an import that stops must not take the other fixtures with it
    const myst = await importProject({
      'index.md': lines('# Home', '', '```{admonition} A title', 'A generic admonition.', '```', ''),
    });
    expect(myst.body('index')).toBe(lines(':::admonition[A title]', 'A generic admonition.', ':::').trim());
    const { html, problems } = await myst.render('index');
    expect(problems).toEqual([]);
    expect(squash(html)).toMatch(
      /^<div class="admonition admonition-admonition"[^>]*><p class="admonition-title"[^>]*>A title<\/p><p>A generic admonition\.<\/p><\/div>$/,
    );
  });
});

describe('notebooks', () => {
  test('markdown cells, code cells and their stored outputs: text, result, image, HTML', () => {
    expect(project.frontmatter('notebook')['title']).toBe('A notebook');
    const body = project.body('notebook');
    const image = /::image\{src="(\/images\/[0-9a-f]+\.png)"[^}]*\}/.exec(body);
    const html = /::html\{src="([0-9a-f]+)"\}/.exec(body);
    expect(image).not.toBeNull();
    expect(html).not.toBeNull();
    expect(body).toBe(
      lines(
        'Some *text*.',
        '',
        ':::note',
        'From a raw cell.',
        ':::',
        '',
        '```python',
        'print("hello")',
        '```',
        '',
        ':::output',
        '```text',
        'hello',
        '```',
        ':::',
        '',
        '```python',
        '1 + 1',
        '```',
        '',
        ':::output',
        '```text',
        '2',
        '```',
        ':::',
        '',
        '```python',
        'plot()',
        '```',
        '',
        ':::output',
        image![0],
        ':::',
        '',
        '```python',
        'df',
        '```',
        '',
        ':::output',
        html![0],
        ':::',
      ).trim(),
    );
    expect(project.files.has(`public${image![1]}`)).toBe(true);
    expect(project.file(`content/data/latest/html/${html![1]}.html`)).toContain('<table><tr><td>1</td></tr></table>');
  });

  test('rendered: each output framed under its code block', async () => {
    const { html, problems } = await project.render('notebook');
    expect(problems).toEqual([]);
    const flat = squash(html);
    const outputs = flat.split('<div class="cell-output" role="group" aria-label="Output">').slice(1);
    expect(outputs).toHaveLength(4);
    expect(outputs[0]).toMatch(/^<pre [^>]*data-language="text"><code>.*hello.*<\/code><\/pre><\/div>/);
    expect(outputs[1]).toMatch(/^<pre [^>]*data-language="text"><code>.*2.*<\/code><\/pre><\/div>/);
    expect(outputs[2]).toMatch(/^(?:<p[^>]*>)?<img src="\/images\/[0-9a-f]+\.png"/);
    expect(outputs[3]).toMatch(
      /^<div class="raw-html"><table>(?:<tbody>)?<tr><td>1<\/td><\/tr>(?:<\/tbody>)?<\/table><\/div>/,
    );
  });
});
