/**
 * The Markdown twin of a page: made by the real renderer from the page's own tree, links absolute, admonitions
 * readable, tables as GFM tables, code with its language, math as TeX; published under the site's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishTwin, TWIN_ORIGIN } from '../../../src/lib/render/markdown-twin.ts';
import { registryOf, setUpRenderer } from './render.ts';

const registry = registryOf([
  {
    kind: 'internal',
    label: 'setup-linux',
    title: 'Set up on Linux',
    url: '/v9/setup/#linux',
    file: 'content/docs/v9/setup.mdx',
    line: 3,
    column: 1,
  },
]);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
let twin = '';
beforeAll(async () => {
  renderer = await setUpRenderer({
    'content/data/v9/tables/sizes.yaml':
      'kind: generic\ncaption: Sizes\nheaderRows: 1\nrows:\n  - [Instance, Cores]\n  - [trn1.2xlarge, "2"]\n',
  });
  const page = await renderer.renderPage(
    [
      '## Install',
      '',
      'See :ref{to="setup-linux"} and [the next part](#use).',
      '',
      ':::note',
      'Mind the **driver**.',
      ':::',
      '',
      '::table{src="sizes"}',
      '',
      '```python',
      'import torch_neuronx',
      '```',
      '',
      'Energy: $E = mc^2$.',
      '',
      '## Use',
      '',
      'Text.',
    ].join('\n'),
    registry,
    { page: 'content/docs/v9/guide/start.mdx', title: 'Getting started', description: 'How to start.' },
  );
  expect(page.problems).toEqual([]);
  twin = publishTwin(page.markdown, 'https://docs.example');
});
afterAll(() => renderer.cleanUp());

describe('the Markdown twin of a page', () => {
  it('starts with the title and description', () => {
    expect(twin.startsWith('# Getting started\n\n> How to start.\n\n## Install\n')).toBe(true);
  });

  it('makes references and section links absolute, under the site’s origin', () => {
    expect(twin).toContain('See [Set up on Linux](https://docs.example/v9/setup/#linux)');
    expect(twin).toContain('[the next part](https://docs.example/v9/guide/start/#use)');
    expect(twin).not.toContain(TWIN_ORIGIN);
  });

  it('leaves out heading permalinks', () => {
    expect(twin).not.toMatch(/Section titled|\[#\]/);
    expect(twin).toContain('\n## Use\n');
  });

  it('writes an admonition as a quote under its title', () => {
    expect(twin).toContain('> **Note**\n>\n> Mind the **driver**.');
  });

  it('writes a data table as a GFM table, and code with its language', () => {
    expect(twin).toMatch(/\| Instance +\| Cores \|\n\| -+ \| -+ \|\n\| trn1\.2xlarge \| 2 +\|/);
    expect(twin).toContain('```python\nimport torch_neuronx\n```');
  });

  it('writes math as TeX', () => {
    expect(twin).toContain('Energy: $E = mc^2$.');
  });
});
