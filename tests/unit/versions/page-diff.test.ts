import { describe, expect, it } from 'vitest';
import { diffBlocks, diffPages } from '../../../src/lib/versions/page-diff.ts';
import { pageSections, type TextResolvers } from '../../../src/lib/versions/page-text.ts';

const resolvers: TextResolvers = {
  refTitle: (label) =>
    ({ 'neuron2x-trn1ga': 'Neuron 2.3.0 (Trn1 GA)', maintenance_rtd: 'Runtime 1.x maintenance' })[label],
  partial: (name) => (name === 'dkms' ? ':::important\nInstall `aws-neuronx-dkms` first.\n:::\n' : undefined),
  table: (name) =>
    name === 'packages' ? ['New packages', 'Name | Formats', 'aws-neuronx-tools | deb, rpm'] : undefined,
};

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

describe('pageSections', () => {
  const sections = pageSections(OLD, resolvers);

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

  it('expands tables to rows and keeps prose that only looks like a directive', () => {
    const [, , added] = pageSections(NEW, resolvers);
    expect(added?.blocks).toEqual(['New text at 10:30.']);
    expect(pageSections(NEW, resolvers)[1]?.blocks).toContain('aws-neuronx-tools | deb, rpm');
  });

  it('numbers repeated headings like the build does', () => {
    const keys = pageSections('## Description\n\na\n\n## Description\n\nb\n', resolvers).map((s) => s.key);
    expect(keys).toEqual(['description', 'description-1']);
  });
});

describe('diffPages', () => {
  const diff = diffPages(pageSections(OLD, resolvers), pageSections(NEW, resolvers));
  const byKey = new Map(diff.sections.map((s) => [s.key, s]));

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
      'Name | Formats',
      'aws-neuronx-tools | deb, rpm',
    ]);
  });

  it('reports no change for identical text', () => {
    const same = diffPages(pageSections(OLD, resolvers), pageSections(OLD, resolvers));
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
