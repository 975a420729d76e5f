/** The oracle on the real originals: totals per page, and the cases the brief singles out. */
import { describe, expect, it } from 'vitest';
import { ORIGINALS, extractOriginal } from '../../fidelity/originals.ts';
import type { Fragment } from '../../fidelity/types.ts';

const bySource = (needle: string): Fragment[] => {
  const o = ORIGINALS.find((x) => x.source.includes(needle));
  if (o === undefined) throw new Error(`no original ${needle}`);
  return extractOriginal(o);
};

describe('fidelity oracle on the originals', () => {
  it('extracts every original, with the expected number of fragments', () => {
    expect(Object.fromEntries(ORIGINALS.map((o) => [o.source, extractOriginal(o).length]))).toEqual({
      'seeds/000_a71ed7f843050de5.txt': 76,
      'seeds/001_23dbcfc02801500c.txt': 188,
      'seeds/002_f61334f1418c0811.txt': 203,
      'seeds/003_afd2b474ea4567e9.txt': 67,
      'seeds/004_f649b1115fe68e94.txt': 36,
      'neuron/versions/v2.3.0/neuron230-packages-changes.rst': 81,
      'neuron/versions/v2.3.0/sdk-policy.rst': 51,
      'neuron/versions/v2.3.0/introducing-libnrt.rst': 204,
      'neuron/versions/v1.19.2/maintenance-policy.rst': 51,
      'neuron/versions/v1.19.2/introducing-libnrt.rst': 200,
    });
  });

  it('seed 001: the markup slip reads "regular updates"', () => {
    const cell = bySource('seeds/001').find(
      (f) => f.kind === 'cell' && f.text.startsWith('During this phase, AWS releases'),
    );
    expect(cell?.text).toContain('AWS releases regular updates for the Neuron Software based on');
  });

  it('seed 000: a label its release (v2.25.0) no longer defines is text without a link, as Sphinx showed it', () => {
    const f = bySource('seeds/000');
    expect(f.some((x) => x.text.startsWith('Starting with Neuron release 2.3, Neuron introduces changes'))).toBe(true);
    expect(f.some((x) => x.kind === 'link' && x.text === 'Neuron release 2.3')).toBe(false);
  });

  it('seed 002: the include is expanded six times, the RST comment is not expected', () => {
    const f = bySource('seeds/002');
    const included = f.filter((x) => x.source === 'neuron/important-neuronx-dkms.txt' && x.kind === 'admonition');
    expect(included.map((x) => x.via)).toHaveLength(6);
    expect(included[0]?.admonition).toBe('Important');
    expect(f.some((x) => x.text.includes('the aws-neuron-dkms package name is changed'))).toBe(false);
    expect(f.filter((x) => x.text === 'No.')).toHaveLength(2);
  });

  it('v2.3.0: labels unresolved at the tag are plain text, titles lose their markup', () => {
    const f = bySource('v2.3.0/introducing-libnrt');
    expect(f.some((x) => x.text === 'For installation and upgrade instructions see neuron-install-guide.')).toBe(true);
    expect(f.some((x) => x.kind === 'link' && x.text === 'neuron-install-guide')).toBe(false);
    expect(
      f.some(
        (x) => x.kind === 'link' && x.text === '10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode',
      ),
    ).toBe(true);
  });

  it('seed 004: links carry their href', () => {
    const links = bySource('seeds/004').filter((x) => x.kind === 'link');
    expect(links).toHaveLength(6);
    expect(links.every((l) => l.href?.startsWith('https://'))).toBe(true);
  });
});
