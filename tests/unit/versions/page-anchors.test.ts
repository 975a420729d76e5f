import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedAnchors } from '../../../src/lib/versions/page-anchors.ts';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());

describe('the anchors of a rendered page', () => {
  it('are its heading ids and the Sphinx ids of its section labels, not labels inside code', async () => {
    const body = [
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
    ].join('\n');
    const page = await renderer.renderPage(body, registryOf([]));
    expect(page.anchors.sort()).toEqual(['neuron-new-packages', 'new-neuron-packages', 'only-in-the-old-page']);
  });
});

describe('sharedAnchors', () => {
  const older = new Set(['neuron-maintenance-policy', 'neuron-new-packages', 'new-neuron-packages', 'only-old']);
  const newer = new Set([
    'sdk-maintenance-policy',
    'neuron-maintenance-policy',
    'neuron-new-packages',
    'new-neuron-packages',
    'only-new',
  ]);

  it('lists only the anchors both pages have, sorted', () => {
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
