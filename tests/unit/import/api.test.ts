/**
 * API domains: `py:*` (function, class, method, attribute, exception, classmethod, data, module), `currentmodule`,
 * `cpp:*` and `c:*` → `:::api` entries with Sphinx's anchors, and the roles (`:func:`, `:class:`, `:meth:`,
 * `:attr:`, `:obj:`, `:mod:`, `:exc:`, `:cpp:func:`, `:c:func:`…) → `:api` links to them, or code when nothing
 * documents the name (as Sphinx shows it with nitpicky off).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONF, cleanUpProjects, importProject, lines, page, type Imported } from './project.ts';

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'conf.py': `${CONF}intersphinx_mapping = {'torch': ('https://pytorch.org/docs/stable/', None)}\n`,
    'index.rst': page(
      'Home',
      'The API pages of the fixture.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   python',
      '   module',
      '   native',
      '',
    ),
    'python.rst': page(
      'Python API',
      '.. py:module:: neuronx',
      '',
      '.. py:function:: compile(model, *, opt=None)',
      '',
      '   Compile a model.',
      '',
      '   :param model: The model.',
      '   :type model: torch.nn.Module',
      '   :returns: the compiled model',
      '',
      '.. py:exception:: CompileError',
      '',
      '   Raised when compilation fails.',
      '',
      '.. py:class:: Config(level=1)',
      '',
      '   A configuration.',
      '',
      '   .. py:attribute:: level',
      '      :type: int',
      '',
      '      The optimisation level.',
      '',
      '   .. py:classmethod:: default()',
      '',
      '      The default configuration.',
      '',
      '   .. py:method:: copy()',
      '',
      '      A copy.',
      '',
      '.. py:data:: VERSION',
      '',
      '   The version.',
      '',
      'Roles: :func:`neuronx.compile`, :func:`~neuronx.compile`, :py:func:`custom text <neuronx.compile>`,',
      ':exc:`neuronx.CompileError`, :class:`neuronx.Config`, :attr:`neuronx.Config.level`,',
      ':meth:`neuronx.Config.copy`, :meth:`~neuronx.Config.default`, :obj:`neuronx.VERSION`, :mod:`neuronx`.',
      '',
      'Not documented here: :class:`torch.Tensor`, :func:`neuronx.missing`.',
      '',
    ),
    'module.rst': page(
      'Module API',
      '.. currentmodule:: torch_neuronx',
      '',
      '.. py:class:: Tracer(func)',
      '',
      '   Traces.',
      '',
      '   .. py:method:: run(*inputs)',
      '',
      '      Runs.',
      '',
      'Inside the module: :class:`Tracer`, :meth:`Tracer.run`, :meth:`neuronx.Config.copy`.',
      '',
    ),
    'native.rst': page(
      'Native API',
      '.. cpp:function:: int nrt_init(int mode)',
      '',
      '   Initialises the runtime.',
      '',
      '.. cpp:class:: Tensor',
      '',
      '   A tensor.',
      '',
      '.. c:function:: int nrt_load(const char *path)',
      '',
      '   Loads a model.',
      '',
      '.. c:macro:: NRT_SUCCESS',
      '',
      '   Success.',
      '',
      'See :cpp:func:`nrt_init`, :cpp:class:`Tensor`, :c:func:`nrt_load` and :c:macro:`NRT_SUCCESS`.',
      '',
    ),
  });
});

afterAll(cleanUpProjects);

/** The MDX of one `:::api` entry's opening line in a page body. */
const openings = (body: string) => body.split('\n').filter((line) => /^:{3,}api\[/.test(line));

describe('Python domain entries', () => {
  test('signatures with full names; the kind word is the renderer’s, not part of the signature', () => {
    expect(openings(project.body('python'))).toEqual([
      ':::api[neuronx.compile(model, \\*, opt=None)]{kind="function" name="neuronx.compile"}',
      ':::api[neuronx.CompileError]{kind="exception" name="neuronx.CompileError"}',
      '::::api[neuronx.Config(level=1)]{kind="class" name="neuronx.Config"}',
      ':::api[level: int]{kind="attribute" name="neuronx.Config.level"}',
      ':::api[default()]{kind="classmethod" name="neuronx.Config.default"}',
      ':::api[copy()]{kind="method" name="neuronx.Config.copy"}',
      ':::api[neuronx.VERSION]{kind="data" name="neuronx.VERSION"}',
    ]);
  });

  test('an entry’s info fields (:param:, :type:, :returns:) are its body', () => {
    expect(project.body('python')).toContain(
      lines(
        ':::api[neuronx.compile(model, \\*, opt=None)]{kind="function" name="neuronx.compile"}',
        'Compile a model.',
        '',
        '**Parameters:**',
        '',
        '- **model** (`torch.nn.Module`) – The model.',
        '',
        '**Returns:** the compiled model',
        ':::',
      ),
    );
  });

  test('each entry renders once with Sphinx’s anchor and Sphinx’s words: "exception", "class", "classmethod"', async () => {
    const { html, problems } = await project.render('python');
    expect(problems).toEqual([]);
    const terms = [...html.matchAll(/<dt id="([^"]+)" class="api-term">(.*?)<a class="term-anchor"/g)].map(
      ([, id, term]) => [id, term],
    );
    expect(terms).toEqual([
      ['neuronx.compile', '<code class="api-signature">neuronx.compile(model, *, opt=None)</code>'],
      [
        'neuronx.CompileError',
        '<em class="api-kind">exception</em> <code class="api-signature">neuronx.CompileError</code>',
      ],
      ['neuronx.Config', '<em class="api-kind">class</em> <code class="api-signature">neuronx.Config(level=1)</code>'],
      ['neuronx.Config.level', '<code class="api-signature">level: int</code>'],
      ['neuronx.Config.default', '<em class="api-kind">classmethod</em> <code class="api-signature">default()</code>'],
      ['neuronx.Config.copy', '<code class="api-signature">copy()</code>'],
      ['neuronx.VERSION', '<code class="api-signature">neuronx.VERSION</code>'],
    ]);
  });

  test('currentmodule makes names full, for entries and for roles', () => {
    expect(openings(project.body('module'))).toEqual([
      '::::api[torch_neuronx.Tracer(func)]{kind="class" name="torch_neuronx.Tracer"}',
      ':::api[run(\\*inputs)]{kind="method" name="torch_neuronx.Tracer.run"}',
    ]);
    expect(project.body('module')).toContain(
      'Inside the module: :api[Tracer]{to="torch_neuronx.Tracer" kind="class"}, ' +
        ':api[Tracer.run()]{to="torch_neuronx.Tracer.run" kind="meth"}, :api{to="neuronx.Config.copy" kind="meth"}.',
    );
  });
});

describe('Python roles', () => {
  test('MDX: full names as targets, text only where Sphinx shows other text than the default', () => {
    expect(project.body('python')).toContain(
      'Roles: :api{to="neuronx.compile" kind="func"}, :api[compile()]{to="neuronx.compile" kind="func"}, ' +
        ':api[custom text]{to="neuronx.compile" kind="func"}, ' +
        ':api{to="neuronx.CompileError" kind="exc"}, :api{to="neuronx.Config" kind="class"}, :api{to="neuronx.Config.level" kind="attr"}, ' +
        ':api{to="neuronx.Config.copy" kind="meth"}, :api[default()]{to="neuronx.Config.default" kind="meth"}, ' +
        ':api{to="neuronx.VERSION" kind="obj"}, :api{to="neuronx" kind="mod"}.',
    );
  });

  test('HTML: each role is one code element linked to its entry, with the text Sphinx shows', async () => {
    const { html } = await project.render('python');
    const link = (anchor: string, text: string) =>
      `<a href="/latest/python/#${anchor}" class="ref ref-internal ref-api"><code class="api-ref">${text}</code></a>`;
    expect(html).toContain(
      `Roles: ${link('neuronx.compile', 'neuronx.compile()')}, ${link('neuronx.compile', 'compile()')}, ` +
        `${link('neuronx.compile', 'custom text')}, ` +
        `${link('neuronx.CompileError', 'neuronx.CompileError')}, ${link('neuronx.Config', 'neuronx.Config')}, ` +
        `${link('neuronx.Config.level', 'neuronx.Config.level')}, ` +
        `${link('neuronx.Config.copy', 'neuronx.Config.copy()')}, ${link('neuronx.Config.default', 'default()')}, ` +
        `${link('neuronx.VERSION', 'neuronx.VERSION')},`,
    );
  });

  test(':mod: links to the module that py:module declares', async () => {
    // Sphinx: <a href="python.html#module-neuronx"><code>neuronx</code></a>
    const { html } = await project.render('python');
    expect(html).toMatch(
      /<a href="\/latest\/python\/#[^"]*neuronx" class="ref ref-internal ref-api"><code class="api-ref">neuronx<\/code><\/a>\./,
    );
  });

  test('names no entry documents render as code without a link, and are listed as unresolved', async () => {
    const { html } = await project.render('python');
    expect(html).toContain(
      'Not documented here: <code class="api-ref">torch.Tensor</code>, <code class="api-ref">neuronx.missing()</code>.',
    );
    const unresolved = project.file('content/data/latest/unresolved-refs.yaml');
    expect(unresolved).toContain('label: torch.Tensor');
    expect(unresolved).toContain('label: neuronx.missing');
  });

  test('roles across pages link to the other page’s entry', async () => {
    const { html, problems } = await project.render('module');
    expect(problems).toEqual([]);
    expect(html).toContain(
      '<a href="/latest/python/#neuronx.Config.copy" class="ref ref-internal ref-api"><code class="api-ref">neuronx.Config.copy()</code></a>',
    );
    expect(html).toContain(
      '<a href="/latest/module/#torch_neuronx.Tracer" class="ref ref-internal ref-api"><code class="api-ref">Tracer</code></a>',
    );
  });
});

describe('C and C++ domains', () => {
  test('entries with the kind of their domain', () => {
    expect(openings(project.body('native'))).toEqual([
      ':::api[int nrt_init(int mode)]{kind="cpp:function" name="nrt_init"}',
      ':::api[Tensor]{kind="cpp:class" name="Tensor"}',
      ':::api[int nrt_load(const char \\*path)]{kind="c:function" name="nrt_load"}',
      ':::api[NRT_SUCCESS]{kind="c:macro" name="NRT_SUCCESS"}',
    ]);
  });

  test('roles link to them, as code, with () for functions', async () => {
    const { html, problems } = await project.render('native');
    expect(problems).toEqual([]);
    // which anchor: the next test
    const link = (_anchor: string, text: string) =>
      `<a href="/latest/native/#" class="ref ref-internal ref-api"><code class="api-ref">${text}</code></a>`;
    expect(html.replace(/href="\/latest\/native\/#[^"]*"/g, 'href="/latest/native/#"')).toContain(
      `See ${link('nrt_init', 'nrt_init()')}, ${link('Tensor', 'Tensor')}, ${link('nrt_load', 'nrt_load()')} and ` +
        `${link('NRT_SUCCESS', 'NRT_SUCCESS')}.`,
    );
  });

  test('the anchors of the original site still lead to the entries (Sphinx’s C ids c.name, C++ ids _CPPv4…)', async () => {
    const { html } = await project.render('native');
    expect(html).toContain('id="c.nrt_load"');
    expect(html).toContain('id="c.NRT_SUCCESS"');
    expect(html).toContain('id="_CPPv48nrt_initi"');
    expect(html).toContain('id="_CPPv46Tensor"');
  });
});

describe('roles to APIs other projects document', () => {
  test('link to them through the site’s external-apis.yaml (Sphinx’s intersphinx), as code', async () => {
    const project = await importProject(
      { 'index.rst': page('Home', 'Takes an :class:`int` or a :class:`torch.Tensor`; raises :exc:`ValueError`.', '') },
      // the site's hand-made rules for the original's intersphinx_mapping
      {
        site: {
          'content/data/latest/external-apis.yaml': readFileSync(
            new URL('../../../content/data/latest/external-apis.yaml', import.meta.url),
            'utf8',
          ),
        },
      },
    );
    expect(project.body('index')).toBe(
      'Takes an :api{to="int" kind="class"} or a :api{to="torch.Tensor" kind="class"}; raises :api{to="ValueError" kind="exc"}.',
    );
    const { html, problems } = await project.render('index');
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /<a href="https:\/\/docs\.python\.org\/3\/library\/functions\.html#int" class="ref ref-external ref-api"[^>]*><code class="api-ref">int<\/code><\/a>/,
    );
    expect(html).toMatch(
      /<a href="https:\/\/pytorch\.org\/docs\/stable\/tensors\.html#torch\.Tensor" class="ref ref-external ref-api"[^>]*><code class="api-ref">torch\.Tensor<\/code><\/a>/,
    );
    expect(html).toMatch(
      /<a href="https:\/\/docs\.python\.org\/3\/library\/exceptions\.html#ValueError" class="ref ref-external ref-api"[^>]*><code class="api-ref">ValueError<\/code><\/a>/,
    );
  });
});
