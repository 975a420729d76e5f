import { describe, expect, it } from 'vitest';
import { pageAnchors, sharedAnchors } from '../../../src/lib/versions/page-anchors.ts';

const older = pageAnchors({
  labels: ['neuron-maintenance-policy'],
  body: [
    'Intro.',
    '',
    '::label{name="neuron_new_packages"}',
    '',
    '## New Neuron packages',
    '',
    '```text',
    '::label{name="inside-code"}',
    '## not a heading',
    '```',
    '',
    '## Only in the old page',
  ].join('\n'),
  headingIds: ['new-neuron-packages', 'only-in-the-old-page'],
});
const newer = pageAnchors({
  labels: ['sdk-maintenance-policy', 'neuron-maintenance-policy'],
  body: '::label{name="neuron-new-packages"}\n\n## New Neuron packages\n\n## Only in the new page\n',
  headingIds: ['new-neuron-packages', 'only-in-the-new-page'],
});

describe('pageAnchors', () => {
  it('holds heading ids and the Sphinx ids of title and section labels, not labels inside code', () => {
    expect([...older].sort()).toEqual([
      'neuron-maintenance-policy',
      'neuron-new-packages',
      'new-neuron-packages',
      'only-in-the-old-page',
    ]);
  });
});

describe('sharedAnchors', () => {
  it('lists only the anchors both pages have, sorted (labels match in Sphinx form: _ and - alike)', () => {
    expect(sharedAnchors(older, newer)).toEqual([
      'neuron-maintenance-policy',
      'neuron-new-packages',
      'new-neuron-packages',
    ]);
  });

  it('is empty when nothing is shared', () => {
    expect(sharedAnchors(new Set(['a']), new Set(['b']))).toEqual([]);
  });
});
