import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIndex } from '../../../src/lib/refs/api-index.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

const apis: Partial<ApiIndex> = {
  entries: new Map([
    [
      'torch_neuronx.trace',
      {
        name: 'torch_neuronx.trace',
        kind: 'function',
        url: '/v9/api/torch/#torch_neuronx.trace',
        file: 'content/docs/v9/api/torch.mdx',
        line: 3,
        column: 1,
      },
    ],
  ]),
  external: [
    {
      name: 'torch',
      title: 'PyTorch',
      rules: [
        {
          prefix: 'torch.',
          exclude: ['torch.neuron.'],
          kinds: ['meth', 'attr'],
          url: 'https://pytorch.org/docs/stable/generated/{parent}.html#{name}',
        },
        { prefix: 'torch.', exclude: ['torch.neuron.'], url: 'https://pytorch.org/docs/stable/generated/{name}.html' },
      ],
    },
  ],
};
const registry = registryOf([], {
  pages: {
    'guides/setup': { title: 'Set up an instance', url: '/v9/guides/setup/' },
    'guides/index': { title: 'Guides', url: '/v9/guides/' },
  },
  apis,
});

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({ 'public/downloads/ab12/model.py': 'print(1)\n' });
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registry);

describe(':doc', () => {
  it('links to a page of the version by slug, with its title or the text given', async () => {
    expect(await render('See :doc{to="guides/setup"} and :doc[all guides]{to="guides/index"}.')).toEqual({
      html:
        '<p>See <a href="/v9/guides/setup/" class="ref ref-internal ref-doc">Set up an instance</a> and ' +
        '<a href="/v9/guides/" class="ref ref-internal ref-doc">all guides</a>.</p>',
      problems: [],
    });
  });

  it('accepts a slug written from the root', async () => {
    expect((await render(':doc{to="/guides/setup"}')).html).toContain('href="/v9/guides/setup/"');
  });

  it('reports a page the version does not have, suggesting the closest', async () => {
    const { html, problems } = await render('Text.\n\nSee :doc{to="guides/set-up"}.');
    expect(html).toBe('<p>Text.</p>\n<p>See <span>guides/set-up</span>.</p>');
    expect(problems).toEqual([
      {
        code: 'unknown-page',
        file: 'content/docs/v9/page.mdx',
        line: 3,
        column: 5,
        message: 'no page "guides/set-up" in version "v9"',
        hint: 'did you mean "guides/setup"? a page is named by its path under content/docs/v9/, without extension',
      },
    ]);
  });

  it('reports a :doc without `to`', async () => {
    expect((await render(':doc[text]')).problems).toMatchObject([
      { code: 'missing-attribute', message: '`:doc` has no `to`' },
    ]);
  });
});

describe(':api', () => {
  it('links to the version’s entry, as code with parentheses for a function', async () => {
    expect(await render('Call :api{to="torch_neuronx.trace" kind="func"}.')).toEqual({
      html:
        '<p>Call <a href="/v9/api/torch/#torch_neuronx.trace" class="ref ref-internal ref-api">' +
        '<code class="api-ref">torch_neuronx.trace()</code></a>.</p>',
      problems: [],
    });
  });

  it('links to an external project by its rules, the first that covers the name and role', async () => {
    const { html } = await render(
      ':api{to="torch.nn.Module" kind="class"} :api[to()]{to="torch.Tensor.to" kind="meth"}',
    );
    expect(html).toBe(
      '<p><a href="https://pytorch.org/docs/stable/generated/torch.nn.Module.html" class="ref ref-external ref-api" rel="external" title="torch.nn.Module (PyTorch)"><code class="api-ref">torch.nn.Module</code></a> ' +
        '<a href="https://pytorch.org/docs/stable/generated/torch.Tensor.html#torch.Tensor.to" class="ref ref-external ref-api" rel="external" title="torch.Tensor.to (PyTorch)"><code class="api-ref">to()</code></a></p>',
    );
  });

  it('renders an API found nowhere as code, without a problem, and lists it for the build’s summary', async () => {
    const page = await renderer.renderPage(
      ':api{to="torch.neuron.DataParallel" kind="class"} :api{to="foo.bar" kind="cpp:func"}',
      registry,
    );
    expect(page.html.trim()).toBe(
      '<p><code class="api-ref">torch.neuron.DataParallel</code> <code class="api-ref">foo.bar()</code></p>',
    );
    expect(page.problems).toEqual([]);
    expect(page.unresolvedApis).toEqual(['foo.bar', 'torch.neuron.DataParallel']);
    expect(page.dependencies.apis).toEqual(['class|torch.neuron.DataParallel', 'cpp:func|foo.bar']);
  });

  it('reports a missing `to` or `kind`, and a kind Sphinx has no role for', async () => {
    const { problems } = await render(':api{to="a.b"} :api{to="a.b" kind="function"}');
    expect(problems).toMatchObject([
      {
        code: 'missing-attribute',
        column: 1,
        message: '`:api` has no `kind`',
        hint: 'write `:api{to="module.name" kind="func"}`',
      },
      {
        code: 'invalid-attribute',
        column: 16,
        message: '`:api` has kind="function"',
        hint: expect.stringMatching(/^did you mean "func"/),
      },
    ]);
  });
});

describe(':download', () => {
  it('links to a file published from public/, showing its name or the text given', async () => {
    expect(
      await render(
        ':download{src="/downloads/ab12/model.py"} or :download[the script]{src="/downloads/ab12/model.py"}',
      ),
    ).toEqual({
      html:
        '<p><a href="/downloads/ab12/model.py" class="download" download><code>model.py</code></a> or ' +
        '<a href="/downloads/ab12/model.py" class="download" download><code>the script</code></a></p>',
      problems: [],
    });
  });

  it('reports a file that public/ does not hold, and a path that leaves it', async () => {
    const { problems } = await render(':download{src="/downloads/ab12/nope.py"} :download{src="downloads/x.py"}');
    expect(problems).toEqual([
      {
        code: 'missing-file',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 1,
        message: 'src="/downloads/ab12/nope.py" names no file in public/',
        hint: 'put the file at public/downloads/ab12/nope.py, or fix the path',
      },
      {
        code: 'missing-file',
        file: 'content/docs/v9/page.mdx',
        line: 1,
        column: 42,
        message: 'src="downloads/x.py" names no file in public/',
        hint: 'write the path from the site root, e.g. `/images/diagram.png` for public/images/diagram.png',
      },
    ]);
  });
});
