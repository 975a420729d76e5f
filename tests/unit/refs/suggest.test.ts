import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../../src/lib/refs/suggest.ts';

describe('editDistance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same', 'same', 0],
    ['note', 'notte', 1],
    ['flaw', 'lawn', 2],
  ])('%j ↔ %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggest', () => {
  const labels = [
    'neuron-new-packages',
    'neuron-renamed-packages',
    'maintenance_rtd',
    'important-neuronx-dkms',
    'note',
  ];

  it('finds near misses, best first', () => {
    // `neuron-renamed-packages` is 6 edits away: within a third of the 18 characters.
    expect(suggest('neuron-new-package', labels)).toEqual(['neuron-new-packages', 'neuron-renamed-packages']);
    expect(suggest('maintenance-rtd', labels)).toEqual(['maintenance_rtd']);
  });

  it('is case-insensitive and returns names as written', () => {
    expect(suggest('MAINTENANCE_RTD', labels)).toEqual(['maintenance_rtd']);
  });

  it('puts substring matches before edit-distance matches', () => {
    expect(suggest('abcd', ['abce', 'xabcdx'])).toEqual(['xabcdx', 'abce']);
  });

  it('matches names holding all the words in order', () => {
    expect(suggest('important-dkms', labels)).toEqual(['important-neuronx-dkms']);
  });

  it('drops names too far away and returns nothing when none are close', () => {
    expect(suggest('zzzzzz', labels)).toEqual([]);
  });

  it('orders equal scores by name and respects the limit', () => {
    expect(suggest('abc', ['abd', 'abe', 'abf', 'abg'])).toEqual(['abd', 'abe', 'abf']);
    expect(suggest('abc', ['abd', 'abe', 'abf', 'abg'], 2)).toEqual(['abd', 'abe']);
  });

  it('treats regular-expression characters in the wanted name literally', () => {
    expect(suggest('a.b', ['axb-long-name', 'a.b.c'])).toEqual(['a.b.c']);
  });
});
