import type { Root } from 'hast';
import { htmlToHast } from 'satteri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textSections } from '../../../src/lib/render/text-sections.ts';
import { diffBlocks, diffPages } from '../../../src/lib/versions/page-diff.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

const registry = registryOf([
  {
    kind: 'internal',
    label: 'maintenance_rtd',
    title: 'Runtime 1.x maintenance',
    url: '/v9/maintenance/',
    file: 'content/docs/v9/maintenance.mdx',
    line: 1,
    column: 1,
  },
]);
const PACKAGES = [
  'kind: packages',
  'caption: New packages',
  'headers: { name: Name, formats: Formats, description: Description, instances: Instances }',
  'rows:',
  '  - { name: aws-neuronx-tools, formats: [deb, rpm], description: Tools, instances: [Trn1] }',
].join('\n');

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({
    'content/partials/v9/dkms.md': ':::important\nInstall `aws-neuronx-dkms` first.\n:::\n',
    'content/data/v9/tables/packages.yaml': PACKAGES,
  });
});
afterAll(() => renderer.cleanUp());

/** The text sections of a page as the "what changed" pages read them: from the rendered HTML. */
async function pageSections(source: string) {
  const { html, problems } = await renderer.render(source, registry);
  expect(problems).toEqual([]);
  return textSections(htmlToHast(html, { fragment: true }) as Root);
}

const OLD = `---
title: Old
pageId: x
---

{/* Imported by scripts/import-rst.ts. */}

Starting with *Neuron 1.16.0* release, Runtime 1.x is replaced. See :ref{to="maintenance_rtd"}.

::label{name="why"}

## Why are we making this change?

- Fewer packages
- One library

::include{src="dkms"}

## Removed later

Old text.
`;

const NEW = `---
title: New
pageId: x
---

Starting with the *Neuron 1.16.0* release, Runtime 1.x is being replaced. See :ref[the policy]{to="maintenance_rtd"}.

## Why are we making this change?

- Fewer packages
- One library

::include{src="dkms"}

::table{src="packages"}

## Added later

New text at 10:30.
`;

describe('text sections of a rendered page', () => {
  let sections: Awaited<ReturnType<typeof pageSections>>;
  beforeAll(async () => {
    sections = await pageSections(OLD);
  });

  it('splits the text at headings, keyed by Sphinx id, without frontmatter, comments or labels', () => {
    expect(sections.map((s) => [s.key, s.title])).toEqual([
      ['', ''],
      ['why-are-we-making-this-change', 'Why are we making this change?'],
      ['removed-later', 'Removed later'],
    ]);
    expect(JSON.stringify(sections)).not.toMatch(/Imported|::label|title: Old/);
  });

  it('gives references their link text, expands partials (admonitions titled) and lists', () => {
    expect(sections[0]?.blocks).toEqual([
      'Starting with Neuron 1.16.0 release, Runtime 1.x is replaced. See Runtime 1.x maintenance.',
    ]);
    expect(sections[1]?.blocks).toEqual([
      '• Fewer packages',
      '• One library',
      'Important: Install aws-neuronx-dkms first.',
    ]);
  });

  it('expands tables to rows and keeps prose that only looks like a directive', async () => {
    const [, why, added] = await pageSections(NEW);
    expect(added?.blocks).toEqual(['New text at 10:30.']);
    expect(why?.blocks).toContain('aws-neuronx-tools | .deb (apt), .rpm (yum) | Tools | Trn1');
  });

  it('keeps a code block’s lines, without the spaces at their ends', async () => {
    const [intro] = await pageSections('```python\nx = 1   \n\n    y = 2\t\n```\n');
    expect(intro?.blocks).toEqual(['x = 1\n\n    y = 2']);
  });

  it('keys sections by the ids the build gave their headings', async () => {
    const keys = (await pageSections('## Description\n\na\n\n## Description\n\nb\n')).map((s) => s.key);
    expect(keys).toEqual(['description', 'description-1']);
  });
});

describe('diffPages', () => {
  let diff: ReturnType<typeof diffPages>;
  let byKey: Map<string, ReturnType<typeof diffPages>['sections'][number]>;
  beforeAll(async () => {
    diff = diffPages(await pageSections(OLD), await pageSections(NEW));
    byKey = new Map(diff.sections.map((s) => [s.key, s]));
  });

  it('marks sections changed, added or removed, matched by heading', () => {
    expect(diff.changed).toBe(true);
    expect(diff.sections.map((s) => [s.key, s.status])).toEqual([
      ['', 'changed'],
      ['why-are-we-making-this-change', 'changed'],
      ['removed-later', 'removed'],
      ['added-later', 'added'],
    ]);
    expect(byKey.get('removed-later')?.blocks).toEqual([{ kind: 'removed', text: 'Old text.' }]);
    expect(byKey.get('added-later')?.blocks).toEqual([{ kind: 'added', text: 'New text at 10:30.' }]);
  });

  it('shows an edited paragraph as its added and removed words', () => {
    const [intro] = diff.sections;
    const block = intro?.blocks[0];
    expect(block?.kind).toBe('changed');
    if (block?.kind !== 'changed') return;
    const added = block.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim());
    const removed = block.parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim());
    expect(added).toEqual(['the', 'being', 'the policy']);
    expect(removed.join(' ')).toMatch(/Runtime 1.*x maintenance/);
    expect(block.parts.map((p) => p.text).join('')).toContain('Starting with');
  });

  it('keeps unchanged blocks and adds new ones (table rows) in a changed section', () => {
    const why = byKey.get('why-are-we-making-this-change');
    expect(why?.blocks.filter((b) => b.kind === 'same')).toHaveLength(3);
    expect(why?.blocks.filter((b) => b.kind === 'added').map((b) => b.kind === 'added' && b.text)).toEqual([
      'New packages',
      'Name | Formats | Description | Instances',
      'aws-neuronx-tools | .deb (apt), .rpm (yum) | Tools | Trn1',
    ]);
  });

  it('reports no change for identical text', async () => {
    const same = diffPages(await pageSections(OLD), await pageSections(OLD));
    expect(same.changed).toBe(false);
    expect(same.sections.every((s) => s.status === 'same')).toBe(true);
  });
});

describe('diffBlocks', () => {
  it('shows a rewritten paragraph as removed + added rather than a word soup', () => {
    expect(diffBlocks(['alpha beta gamma delta'], ['one two three four five'])).toEqual([
      { kind: 'removed', text: 'alpha beta gamma delta' },
      { kind: 'added', text: 'one two three four five' },
    ]);
  });
});
