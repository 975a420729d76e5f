import { describe, expect, it } from 'vitest';
import { createIdAllocator, toSphinxId } from '../../../src/lib/refs/sphinx-id.ts';

// Expected values checked against docutils 0.19 `docutils.nodes.make_id`.
describe('toSphinxId', () => {
  it.each([
    ['maintenance_rtd', 'maintenance-rtd'],
    ['neuron_cc', 'neuron-cc'],
    [
      '10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode',
      'neuron-runtime-1-x-neuron-rtd-enters-maintenance-mode',
    ],
    ['How will this change affect the Neuron SDK?', 'how-will-this-change-affect-the-neuron-sdk'],
    ['Café Déjà vu', 'cafe-deja-vu'],
    ['--Leading', 'leading'],
    ['2.x release', 'x-release'],
    ['__init__', 'init'],
    ['C++ & CUDA!!', 'c-cuda'],
    ['  spaced   out  ', 'spaced-out'],
    ['123', ''],
  ])('%j → %j', (text, id) => {
    expect(toSphinxId(text)).toBe(id);
  });

  it('folds non-ASCII letters like docutils make_id (digraphs ß → sz, æ → ae)', () => {
    expect(toSphinxId('Straße')).toBe('strasze');
    expect(toSphinxId('Æon')).toBe('aeon');
  });
});

describe('createIdAllocator', () => {
  it('gives repeated texts -1, -2 suffixes', () => {
    const allocate = createIdAllocator();
    expect(['Description', 'Description', 'Description', 'Other'].map(allocate)).toEqual([
      'description',
      'description-1',
      'description-2',
      'other',
    ]);
  });

  it('skips ids already taken', () => {
    const allocate = createIdAllocator(['overview', 'overview-1']);
    expect(allocate('Overview')).toBe('overview-2');
    expect(allocate('Overview')).toBe('overview-3');
  });

  it('falls back to "section" for texts without an id of their own', () => {
    const allocate = createIdAllocator();
    expect(allocate('123')).toBe('section');
    expect(allocate('!!')).toBe('section-1');
  });

  it('keeps separate allocators independent', () => {
    expect(createIdAllocator()('A')).toBe('a');
    expect(createIdAllocator()('A')).toBe('a');
  });
});
