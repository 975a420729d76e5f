import { afterEach, describe, expect, it } from 'vitest';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { buildApiIndex, resolveApi } from '../../../src/lib/refs/api-index.ts';
import { unresolvedApiReport } from '../../../src/lib/refs/api-report.ts';
import { scanApis } from '../../../src/lib/refs/scan-apis.ts';
import { makeProject } from './temp-project.ts';

let remove: (() => void) | undefined;
afterEach(() => {
  remove?.();
  remove = undefined;
});

function indexOf(files: Record<string, string>, pages: Record<string, string>) {
  const project = makeProject(files);
  remove = project.remove;
  const paths = contentPaths(project.root);
  return buildApiIndex(
    paths,
    'v9',
    Object.entries(pages).map(([file, source]) => ({ file: `${project.root}/${file}`, source })),
  );
}

describe('scanApis', () => {
  it('finds entries at any nesting depth with their lines, and none in code blocks', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '::::api[torch_neuronx.DataParallel(module)]{kind="class" name="torch_neuronx.DataParallel"}',
      '  :::api[f(x: list[int]) -> dict]{name="torch_neuronx.DataParallel.f" kind="method"}',
      '  :::',
      '::::',
      '```mdx',
      ':::api[x]{kind="function" name="in.code"}',
      '```',
      ':::api[no name]{kind="function"}',
    ].join('\n');
    expect(scanApis(source)).toEqual([
      { name: 'torch_neuronx.DataParallel', kind: 'class', line: 4, column: 1 },
      { name: 'torch_neuronx.DataParallel.f', kind: 'method', line: 5, column: 3 },
    ]);
  });
});

describe('scanApis: command-line options', () => {
  it('names each option of an `:::option` under its program, with the id Sphinx gives it', () => {
    const source = [
      ':::option[`-o`, --output \\<file>]{program="neuronx-cc"}',
      ':::',
      '  ::::option[neuron-ls \\[options\\]]',
      '```',
      ':::option[--in-code]',
      '```',
    ].join('\n');
    expect(scanApis(source)).toEqual([
      { name: 'neuronx-cc -o', kind: 'option', line: 1, column: 1, anchor: 'cmdoption-neuronx-cc-o' },
      { name: 'neuronx-cc --output', kind: 'option', line: 1, column: 1, anchor: 'cmdoption-neuronx-cc-output' },
      { name: 'neuron-ls', kind: 'option', line: 3, column: 3, anchor: 'cmdoption-arg-neuron-ls' },
    ]);
  });

  it('resolves `:api{kind="option"}` to the option’s anchor, and reserves that id on its page', () => {
    const { index } = indexOf(
      {},
      { 'content/docs/v9/cli.mdx': ':::option[--target \\<t>]{program="neuronx-cc"}\n:::\n' },
    );
    expect(resolveApi(index, 'neuronx-cc --target', 'option')).toEqual({
      kind: 'internal',
      url: '/v9/cli/#cmdoption-neuronx-cc-target',
    });
    expect([...index.byPage.values()]).toEqual([['cmdoption-neuronx-cc-target']]);
    expect(resolveApi(index, 'neuron-ls --wide', 'option')).toEqual({ kind: 'unresolved' });
  });
});

describe('buildApiIndex', () => {
  it('gives each entry its page URL and anchor, and lists each page’s entries', () => {
    const { index, problems } = indexOf(
      {},
      {
        'content/docs/v9/api/torch.mdx': ':::api[trace()]{kind="function" name="torch_neuronx.trace"}\n:::\n',
      },
    );
    expect(problems).toEqual([]);
    expect(index.entries.get('torch_neuronx.trace')).toMatchObject({
      url: '/v9/api/torch/#torch_neuronx.trace',
      file: expect.stringMatching(/content\/docs\/v9\/api\/torch\.mdx$/),
      line: 1,
    });
    expect([...index.byPage.values()]).toEqual([['torch_neuronx.trace']]);
  });

  it('keeps the entry read last for a name defined twice, as Sphinx, and lists the places', () => {
    const { index, problems } = indexOf(
      {},
      {
        'content/docs/v9/b.mdx': '\n:::api{kind="function" name="m.f"}\n:::\n',
        'content/docs/v9/a.mdx': ':::api{kind="function" name="m.f"}\n:::\n:::api{kind="function" name="m.f"}\n:::\n',
      },
    );
    expect(problems).toEqual([]);
    expect(resolveApi(index, 'm.f', 'func')).toEqual({ kind: 'internal', url: '/v9/b/#m.f' });
    expect(index.duplicates).toMatchObject([
      {
        name: 'm.f',
        version: 'v9',
        kept: expect.stringMatching(/content\/docs\/v9\/b\.mdx:2:1$/),
        others: [expect.stringMatching(/a\.mdx:1:1$/), expect.stringMatching(/a\.mdx:3:1$/)],
      },
    ]);
    // each page keeps its own anchor of the name, once
    expect([...index.byPage.values()]).toEqual([['m.f'], ['m.f']]);
  });

  it('reads external-apis.yaml and reports a bad one at its line', () => {
    const good = indexOf(
      {
        'content/data/v9/external-apis.yaml': [
          'projects:',
          '  - name: python',
          '    title: Python',
          '    rules:',
          '      - names: [int, float]',
          '        url: https://docs.python.org/3/library/functions.html#{name}',
        ].join('\n'),
      },
      {},
    );
    expect(resolveApi(good.index, 'int', 'class')).toEqual({
      kind: 'external',
      url: 'https://docs.python.org/3/library/functions.html#int',
      project: 'Python',
    });
    const bad = indexOf(
      {
        'content/data/v9/external-apis.yaml': [
          'projects:',
          '  - name: torch',
          '    title: PyTorch',
          '    rules:',
          '      - prefix: torch.',
          '        names: [torch]',
          '        url: pytorch.org/{module}',
        ].join('\n'),
      },
      {},
    );
    expect(bad.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [
        7,
        'projects[0].rules[0].url: "pytorch.org/{module}" must be an absolute URL; `{name}` and `{parent}` are the only placeholders',
      ],
      [5, 'projects[0].rules[0]: give either `names` or `prefix`'],
    ]);
  });
});

describe('resolveApi', () => {
  const index = {
    entries: new Map([
      [
        'torch.neuron.DataParallel',
        {
          name: 'torch.neuron.DataParallel',
          kind: 'class',
          url: '/v9/dp/#torch.neuron.DataParallel',
          file: 'f',
          line: 1,
          column: 1,
        },
      ],
    ]),
    duplicates: [],
    byPage: new Map(),
    external: [
      {
        name: 'torch',
        title: 'PyTorch',
        rules: [
          {
            names: ['torch.float32'],
            exclude: [],
            url: 'https://pytorch.org/docs/stable/tensor_attributes.html#torch.dtype',
          },
          {
            prefix: 'torch.',
            exclude: ['torch.neuron.'],
            kinds: ['meth'],
            url: 'https://pytorch.org/docs/stable/generated/{parent}.html#{name}',
          },
          {
            prefix: 'torch.',
            exclude: ['torch.neuron.'],
            url: 'https://pytorch.org/docs/stable/generated/{name}.html',
          },
        ],
      },
    ],
  };

  it('prefers the version’s own entry over an external project', () => {
    expect(resolveApi(index, 'torch.neuron.DataParallel', 'class')).toEqual({
      kind: 'internal',
      url: '/v9/dp/#torch.neuron.DataParallel',
    });
  });

  it('takes the first rule that covers the name and the role', () => {
    expect(resolveApi(index, 'torch.float32', 'attr')).toMatchObject({
      url: 'https://pytorch.org/docs/stable/tensor_attributes.html#torch.dtype',
    });
    expect(resolveApi(index, 'torch.Tensor.to', 'meth')).toMatchObject({
      url: 'https://pytorch.org/docs/stable/generated/torch.Tensor.html#torch.Tensor.to',
    });
    expect(resolveApi(index, 'torch.Tensor.to', 'py:meth')).toMatchObject({
      url: 'https://pytorch.org/docs/stable/generated/torch.Tensor.html#torch.Tensor.to',
    });
    expect(resolveApi(index, 'torch.jit.trace', 'func')).toMatchObject({
      url: 'https://pytorch.org/docs/stable/generated/torch.jit.trace.html',
    });
  });

  it('leaves excluded and uncovered names unresolved', () => {
    expect(resolveApi(index, 'torch.neuron.trace', 'func')).toEqual({ kind: 'unresolved' });
    expect(resolveApi(index, 'numpy.ndarray', 'class')).toEqual({ kind: 'unresolved' });
  });
});

describe('unresolvedApiReport', () => {
  it('sums up the unresolved names, most used first, and details each', () => {
    expect(
      unresolvedApiReport([
        { file: 'a.mdx', unresolvedApis: ['x.f', 'y.g'] },
        { file: 'b.mdx', unresolvedApis: ['y.g'] },
        { file: 'c.mdx', unresolvedApis: [] },
      ]),
    ).toEqual({
      summary:
        'api: 2 names on 2 pages resolve to no entry or external project and show as code: y.g (2), x.f (1) (run with --verbose for every page)',
      details: ['api: y.g unresolved on a.mdx, b.mdx', 'api: x.f unresolved on a.mdx'],
    });
    expect(unresolvedApiReport([{ file: 'a.mdx', unresolvedApis: [] }])).toEqual({ summary: undefined, details: [] });
  });
});
