import { describe, expect, it } from 'vitest';
import { codeSpan, escapeLineStart, escapeText } from '../../../src/lib/rst-import/escape.ts';
import { convertInline } from '../../../src/lib/rst-import/inline.ts';
import { testContext } from './helpers.ts';

const convert = (text: string, context = testContext()) => convertInline(text, { ...context, line: 7 });

describe('inline markup', () => {
  it('converts literals, emphasis and strong', () => {
    expect(convert('use ``pip install x==2.*`` with *care* and **force**')).toBe(
      'use `pip install x==2.*` with *care* and **force**',
    );
  });

  it('converts references with and without text', () => {
    expect(convert('see :ref:`neuron-new-packages`.')).toBe('see :ref{to="neuron-new-packages"}.');
    expect(convert(':ref:`Neuron release 2.3 <neuron2x-trn1ga>`, then')).toBe(
      ':ref[Neuron release 2.3]{to="neuron2x-trn1ga"}, then',
    );
  });

  it('repairs a reference directly followed by a word, with a warning', () => {
    const context = testContext();
    expect(convert('releases :ref:`regular <neuron-regular-updates>`updates for', context)).toBe(
      'releases :ref[regular]{to="neuron-regular-updates"} updates for',
    );
    expect(context.warnings).toHaveLength(1);
    expect(context.warnings[0]).toMatch(/^7: inline markup end-string directly followed by "u"/);
  });

  it('converts external links with one or two underscores', () => {
    expect(convert('`PyTorch XLA <https://pytorch.org/xla>`_ and `Trainium <https://aws.amazon.com/t/>`__')).toBe(
      '[PyTorch XLA](https://pytorch.org/xla) and [Trainium](https://aws.amazon.com/t/)',
    );
  });

  it('keeps bare URLs and escapes MDX and Markdown syntax in text', () => {
    expect(convert('see https://a.example/x_y_z for {a} <b> [c] a_b _c NRT:nrt_init')).toBe(
      'see https://a.example/x_y_z for \\{a\\} \\<b> \\[c\\] a_b \\_c NRT\\:nrt_init',
    );
  });

  it('turns RST backslash escapes into escaped Markdown characters', () => {
    expect(convert('\\* A minimum viable product')).toBe('\\* A minimum viable product');
    expect(convert('2 \\* 3')).toBe('2 \\* 3');
  });

  it('leaves an asterisk that cannot start emphasis as a literal star', () => {
    expect(convert('version 2.* and a * b')).toBe('version 2.\\* and a \\* b');
  });

  it('uses longer fences for literals holding backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });

  it('escapes block syntax at the start of a line only', () => {
    expect(escapeLineStart('# not a heading')).toBe('\\# not a heading');
    expect(escapeLineStart('2022. A year')).toBe('2022\\. A year');
    expect(escapeLineStart('a # b')).toBe('a # b');
    expect(escapeText('x ~ y')).toBe('x \\~ y');
    // Pages read `$…$` as math: a price stays a price.
    expect(escapeText('costs $5 or $10')).toBe('costs \\$5 or \\$10');
  });
});
