import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { listPageFiles } from '../../../src/integrations/engine/content-snapshot.ts';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import { buildRegistry } from '../../../src/lib/refs/registry.ts';
import { makeProject } from './temp-project.ts';

let remove: (() => void) | undefined;
afterEach(() => {
  remove?.();
  remove = undefined;
});

async function registryOf(files: Record<string, string>, version = 'v9') {
  const project = makeProject(files);
  remove = project.remove;
  const paths = contentPaths(project.root);
  const pages = listPageFiles(paths, version).map((file) => ({ file, source: readFileSync(file, 'utf8') }));
  return buildRegistry(paths, version, pages);
}

const PAGE_A = [
  '---',
  'title: Page `A`',
  'description: d',
  'pageId: page-a',
  'labels: [label-a]',
  '---',
  '',
  '::label{name="section_one"}',
  '',
  '## Section *one*',
  '',
].join('\n');

describe('buildRegistry', () => {
  it('collects the labels of the partials a page shows, through nested partials, on that page', async () => {
    const registry = await registryOf({
      'content/docs/v9/setup.mdx': '---\ntitle: Setup\n---\n\n::include{src="k8s/intro"}\n',
      'content/partials/v9/k8s/intro.md': '::label{name="k8s-intro"}\n\n## EKS setup\n\n::include{src="k8s/steps"}\n',
      'content/partials/v9/k8s/steps.md':
        '```md\n::include{src="in-code"}\n```\n\n::label{name="k8s-steps"}\n\n### Steps\n',
    });
    expect(registry.problems).toEqual([]);
    expect(registry.targets.get('k8s-intro')).toMatchObject({
      url: '/v9/setup/#k8s-intro',
      title: 'EKS setup',
      file: 'content/partials/v9/k8s/intro.md',
      line: 1,
    });
    expect(registry.targets.get('k8s-steps')).toMatchObject({ url: '/v9/setup/#k8s-steps', title: 'Steps', line: 5 });
  });

  it('takes a partial shown on two pages as Sphinx did: the label leads to the last page read, no clash', async () => {
    const registry = await registryOf({
      'content/docs/v9/b.mdx': '---\ntitle: B\n---\n\n::include{src="shared"}\n',
      'content/docs/v9/a.mdx': '---\ntitle: A\n---\n\n::include{src="shared"}\n',
      'content/partials/v9/shared.md': '::label{name="shared-part"}\n\n## Shared\n',
    });
    expect(registry.problems).toEqual([]);
    expect(registry.targets.get('shared-part')).toMatchObject({ url: '/v9/b/#shared-part' });
  });

  it('still reports a label a page and a partial both define', async () => {
    const registry = await registryOf({
      'content/docs/v9/a.mdx': '---\ntitle: A\n---\n\n::label{name="twice"}\n\n## Own\n\n::include{src="p"}\n',
      'content/partials/v9/p.md': '::label{name="twice"}\n\n## Partial\n',
    });
    expect(registry.problems).toMatchObject([{ code: 'duplicate-label', file: 'content/partials/v9/p.md', line: 1 }]);
  });

  it('collects page and section labels with their URLs', async () => {
    const registry = await registryOf({
      'content/docs/v9/guide/page-a.mdx': PAGE_A,
      'content/docs/v9/index.mdx': '---\ntitle: Home\nlabels: [home]\n---\n',
      'content/docs/v9/topic/index.md': '---\ntitle: Topic\nlabels: [topic]\n---\n',
      'content/docs/v1/other.mdx': '---\ntitle: Other version\nlabels: [elsewhere]\n---\n',
    });
    expect(registry.problems).toEqual([]);
    expect(registry.version).toBe('v9');
    expect([...registry.targets.keys()].sort()).toEqual(['home', 'label-a', 'section_one', 'topic']);
    expect(registry.targets.get('label-a')).toEqual({
      kind: 'internal',
      label: 'label-a',
      // The frontmatter title is plain text: the page shows it as written.
      title: 'Page `A`',
      url: '/v9/guide/page-a/',
      file: 'content/docs/v9/guide/page-a.mdx',
      line: 5,
      column: 10,
    });
    expect(registry.targets.get('section_one')).toEqual({
      kind: 'internal',
      label: 'section_one',
      title: 'Section one',
      url: '/v9/guide/page-a/#section-one',
      file: 'content/docs/v9/guide/page-a.mdx',
      line: 8,
      column: 1,
    });
    expect(registry.targets.get('home')).toMatchObject({ url: '/v9/' });
    expect(registry.targets.get('topic')).toMatchObject({ url: '/v9/topic/' });
  });

  it('adds external and unresolved labels from the version’s data files', async () => {
    const registry = await registryOf({
      'content/data/v9/external-refs.yaml': [
        'refs:',
        '  - label: neuron2-intro',
        '    title: Introducing `Neuron 2.x`',
        '    url: https://example.com/neuron2-intro.html#neuron2-intro',
        '    note: gone',
      ].join('\n'),
      'content/data/v9/unresolved-refs.yaml': 'labels:\n  - label: neuron-install-guide\n',
    });
    expect(registry.problems).toEqual([]);
    expect(registry.targets.get('neuron2-intro')).toEqual({
      kind: 'external',
      label: 'neuron2-intro',
      // The original's inline Markdown becomes the plain text a link shows.
      title: 'Introducing Neuron 2.x',
      url: 'https://example.com/neuron2-intro.html#neuron2-intro',
      file: 'content/data/v9/external-refs.yaml',
      line: 2,
    });
    expect(registry.targets.get('neuron-install-guide')).toEqual({
      kind: 'unresolved',
      label: 'neuron-install-guide',
      file: 'content/data/v9/unresolved-refs.yaml',
    });
  });

  it('is empty for a version without content', async () => {
    const registry = await registryOf({ 'content/docs/v1/a.mdx': '---\ntitle: A\nlabels: [a]\n---\n' });
    expect(registry.targets.size).toBe(0);
    expect(registry.problems).toEqual([]);
  });

  it('reports a label defined on two pages, naming both places', async () => {
    const registry = await registryOf({
      'content/docs/v9/a.mdx': '# A\n\n::label{name="shared"}\n## First\n',
      'content/docs/v9/b.mdx': 'Intro.\n\n::label{name="shared"}\n\n## Second\n',
    });
    expect(registry.problems).toEqual([
      {
        code: 'duplicate-label',
        file: 'content/docs/v9/b.mdx',
        line: 3,
        column: 1,
        message: 'label "shared" is already defined at content/docs/v9/a.mdx:3:1',
        hint: 'labels must be unique within a version: rename one of them (and the references to it)',
      },
    ]);
    expect(registry.targets.get('shared')).toMatchObject({ url: '/v9/a/#shared', title: 'First' });
  });

  it('reports a label defined both by a page and in external-refs.yaml', async () => {
    const registry = await registryOf({
      'content/docs/v9/a.mdx': '::label{name="dup"}\n## Dup\n',
      'content/data/v9/external-refs.yaml': [
        'refs:',
        '  - label: fine',
        '    title: Fine',
        '    url: https://example.com/fine',
        '  - label: dup',
        '    title: Dup',
        '    url: https://example.com/dup',
      ].join('\n'),
    });
    expect(registry.problems).toMatchObject([
      {
        code: 'duplicate-label',
        file: 'content/data/v9/external-refs.yaml',
        line: 5,
        message: 'label "dup" is already defined at content/docs/v9/a.mdx:1:1',
      },
    ]);
    expect(registry.problems[0]?.column).toBeUndefined();
    expect(registry.targets.get('dup')?.kind).toBe('internal');
    expect(registry.targets.get('fine')?.kind).toBe('external');
  });

  it('reports an unresolved label that is also defined by a page', async () => {
    const registry = await registryOf({
      'content/docs/v9/a.mdx': '::label{name="dup"}\n## Dup\n',
      'content/data/v9/unresolved-refs.yaml': 'labels:\n  - label: dup\n',
    });
    expect(registry.problems).toMatchObject([
      {
        code: 'duplicate-label',
        file: 'content/data/v9/unresolved-refs.yaml',
        message: 'label "dup" is already defined at content/docs/v9/a.mdx:1:1',
      },
    ]);
  });

  it('reports an invalid external-refs.yaml with the line of the bad value', async () => {
    const registry = await registryOf({
      'content/data/v9/external-refs.yaml': [
        'refs:',
        '  - label: ok',
        '    title: Ok',
        '    url: https://example.com/ok',
        '  - label: bad',
        '    title: Bad',
        '    url: not a url',
      ].join('\n'),
    });
    expect(registry.targets.size).toBe(0);
    expect(registry.problems).toMatchObject([
      { code: 'invalid-data', file: 'content/data/v9/external-refs.yaml', line: 7 },
    ]);
    expect(registry.problems[0]?.message).toMatch(/^refs\[1\]\.url: "not a url" /);
  });

  it('reports YAML syntax errors in unresolved-refs.yaml', async () => {
    const registry = await registryOf({ 'content/data/v9/unresolved-refs.yaml': 'labels:\n  - label: [oops\n' });
    expect(registry.problems).toMatchObject([{ code: 'invalid-data', file: 'content/data/v9/unresolved-refs.yaml' }]);
    expect(registry.problems[0]?.message).toMatch(/^is not valid YAML: /);
    expect(registry.problems[0]?.line).toEqual(expect.any(Number));
  });
});
