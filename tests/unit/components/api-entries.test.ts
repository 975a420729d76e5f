import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());

const CLASS = [
  '::::api[torch_neuronx.DataParallel(module, device_ids=None)]{kind="class" name="torch_neuronx.DataParallel"}',
  'Runs a module on several NeuronCores.',
  '',
  ':::api[disable_dynamic_batching()]{kind="method" name="torch_neuronx.DataParallel.disable_dynamic_batching"}',
  'Turns dynamic batching off.',
  ':::',
  '::::',
].join('\n');

describe(':::api', () => {
  it('is a definition list: the signature a term anchored by its name, entries nested in the body', async () => {
    const page = await renderer.renderPage(CLASS, registryOf([]));
    expect(page.problems).toEqual([]);
    expect(page.html.trim()).toBe(
      '<dl class="api api-py-class"><dt id="torch_neuronx.DataParallel" class="api-term"><em class="api-kind">class</em> ' +
        '<code class="api-signature">torch_neuronx.DataParallel(module, device_ids=None)</code>' +
        '<a class="term-anchor" href="#torch_neuronx.DataParallel" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to torch_neuronx.DataParallel</span></a></dt>' +
        '<dd><p>Runs a module on several NeuronCores.</p>' +
        '<dl class="api api-py-method"><dt id="torch_neuronx.DataParallel.disable_dynamic_batching" class="api-term">' +
        '<code class="api-signature">disable_dynamic_batching()</code>' +
        '<a class="term-anchor" href="#torch_neuronx.DataParallel.disable_dynamic_batching" data-pagefind-ignore><span aria-hidden="true">#</span><span class="sr-only">Link to torch_neuronx.DataParallel.disable_dynamic_batching</span></a></dt>' +
        '<dd><p>Turns dynamic batching off.</p></dd></dl></dd></dl>',
    );
    // The version menu keeps these anchors; they are not headings, so not in the page's contents.
    expect(page.anchors).toEqual(['torch_neuronx.DataParallel', 'torch_neuronx.DataParallel.disable_dynamic_batching']);
    expect(page.headings).toEqual([]);
  });

  it('writes the kind Sphinx writes before C++ classes, and shows the name without a signature', async () => {
    const { html } = await renderer.render(':::api{kind="cpp:class" name="nrt::Tensor"}\n:::', registryOf([]));
    expect(html).toContain(
      '<dl class="api api-cpp-class"><dt id="nrt::Tensor" class="api-term"><em class="api-kind">class</em> <code class="api-signature">nrt::Tensor</code>',
    );
  });

  it('keeps heading ids off the ids of the page’s entries', async () => {
    const registry = registryOf([], { apis: { byPage: new Map([['content/docs/v9/page.mdx', ['trace']]]) } });
    const page = await renderer.renderPage('## Trace\n\n:::api[trace()]{kind="function" name="trace"}\n:::', registry);
    expect(page.anchors).toEqual(['trace-1', 'trace']);
  });

  it('reports a kind Sphinx does not have, and shows an entry without a name with no anchor', async () => {
    const { html, problems } = await renderer.render(
      ':::api[f()]{kind="function"}\n:::\n\n:::api[g()]{kind="funtion" name="g"}\n:::',
      registryOf([]),
    );
    expect(problems).toMatchObject([
      {
        code: 'invalid-attribute',
        line: 4,
        message: '`:::api` has kind="funtion"',
        hint: expect.stringMatching(/^did you mean "function"/),
      },
    ]);
    // a signature Sphinx could not parse has no name: shown, but nothing can link to it
    expect(html).toContain('<dl class="api api-py-function"><dt><code class="api-signature">f()</code></dt>');
  });
});
