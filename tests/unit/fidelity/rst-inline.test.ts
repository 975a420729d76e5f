import { describe, expect, it } from 'vitest';
import { makeRefResolver } from '../../fidelity/refs.ts';
import { stripInline } from '../../fidelity/rst-inline.ts';

const refs = makeRefResolver({
  plain: 'Plain Title',
  marked: '10/27/2021 - neuron-rtd and Apache MXNet 1.5',
  untitled: null,
});
const text = (s: string): string => stripInline(s, refs).text;

describe('stripInline', () => {
  it('strips literals, emphasis and strong emphasis', () => {
    expect(text('use ``neuron-rtd`` with *Neuron 1.16.0* and **Maintenance**.')).toBe(
      'use neuron-rtd with Neuron 1.16.0 and Maintenance.',
    );
  });

  it('keeps markup characters inside literals', () => {
    expect(text('call ``pip install torch-neuronx==1.11.0.1.*``.')).toBe('call pip install torch-neuronx==1.11.0.1.*.');
  });

  it('reads adjacent literals separately', () => {
    expect(text('major (``X``), minor (``Y``)')).toBe('major (X), minor (Y)');
  });

  it('turns backslash escapes into the character', () => {
    expect(text('Product (MVP) \\* and (MVP)\\* and \\*A note')).toBe('Product (MVP) * and (MVP)* and *A note');
  });

  it('renders external links as their text and records the href', () => {
    const r = stripInline(
      'using `PyTorch XLA <https://pytorch.org/xla>`_ and `Trainium <https://t.example/>`__ here',
      refs,
    );
    expect(r.text).toBe('using PyTorch XLA and Trainium here');
    expect(r.links.map((l) => [l.text, l.href, l.type])).toEqual([
      ['PyTorch XLA', 'https://pytorch.org/xla', 'external'],
      ['Trainium', 'https://t.example/', 'external'],
    ]);
  });

  it('uses the explicit text of a :ref:, even across a line break', () => {
    const r = stripInline(':ref:`Neuron Deep Learning AMIs\n(DLAMIs) <plain>` are', refs);
    expect(r.text).toBe('Neuron Deep Learning AMIs\n(DLAMIs) are');
    expect(r.links).toEqual([{ text: 'Neuron Deep Learning AMIs\n(DLAMIs)', type: 'ref', offset: 0 }]);
  });

  it('uses the target title for a :ref: without text', () => {
    expect(text('see :ref:`plain`.')).toBe('see Plain Title.');
    expect(text('see :ref:`Marked`.')).toBe('see 10/27/2021 - neuron-rtd and Apache MXNet 1.5.');
  });

  it('shows a label the release does not define as plain text without a link, as Sphinx did', () => {
    const r = stripInline('see :ref:`gone` for details', refs);
    expect(r.text).toBe('see gone for details');
    expect(r.links).toEqual([]);
  });

  it('links a label without a title only when the reference has its own text', () => {
    expect(stripInline('see :ref:`untitled` here', refs)).toEqual({ text: 'see untitled here', links: [] });
    expect(stripInline('see :ref:`this <untitled>` here', refs).links).toEqual([
      { text: 'this', type: 'ref', offset: 4 },
    ]);
  });

  it('reads the seed 001 slip as intended (the import patches it): "regular updates"', () => {
    const r = stripInline('AWS releases :ref:`regular <plain>`updates for the Neuron Software', refs);
    expect(r.text).toBe('AWS releases regular updates for the Neuron Software');
    expect(r.links.map((l) => l.text)).toEqual(['regular']);
  });

  it('keeps quotes as written (no smart quotes)', () => {
    expect(text('As explained in ":ref:`plain`", it\'s')).toBe('As explained in "Plain Title", it\'s');
  });
});
