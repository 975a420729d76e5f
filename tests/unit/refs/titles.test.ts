import { describe, expect, it } from 'vitest';
import { plainTitle } from '../../../src/lib/refs/plain-title.ts';
import { rstInlineToMarkdown } from '../../../src/lib/refs/rst-title.ts';

describe('plainTitle', () => {
  it.each([
    ['Use ``neuron-rtd``', 'Use neuron-rtd'],
    ['Use `neuron-rtd` now', 'Use neuron-rtd now'],
    ['See [the guide](https://example.com/x) first', 'See the guide first'],
    ['A [`code` link](/x/)', 'A code link'],
    ['**Strong** and __strong__', 'Strong and strong'],
    ['An *emphasised* word', 'An emphasised word'],
    ['*Apache MXNet 1.5*', 'Apache MXNet 1.5'],
    ['\\[not a link\\] \\#1 \\_x', '[not a link] #1 _x'],
    ['  many   spaces\nand a newline ', 'many spaces and a newline'],
    ['maintenance_rtd stays', 'maintenance_rtd stays'],
    ['2 * 3 * 4', '2 * 3 * 4'],
    [
      '10/27/2021 - Neuron Runtime 1.x (`neuron-rtd`) enters maintenance mode',
      '10/27/2021 - Neuron Runtime 1.x (neuron-rtd) enters maintenance mode',
    ],
  ])('%j → %j', (markup, plain) => {
    expect(plainTitle(markup)).toBe(plain);
  });

  it('treats backslash-escaped asterisks as literal characters, not emphasis', () => {
    expect(plainTitle('Escaped \\*star\\* here')).toBe('Escaped *star* here');
  });

  it('strips underscore emphasis (_x_) like asterisk emphasis', () => {
    expect(plainTitle('Use _this_ one')).toBe('Use this one');
  });

  it('keeps the content of a code span literal (no emphasis or escapes inside it)', () => {
    expect(plainTitle('The `__init__` method')).toBe('The __init__ method');
    expect(plainTitle('Pass `a\\*b`')).toBe('Pass a\\*b');
  });
});

describe('rstInlineToMarkdown', () => {
  it('turns RST inline literals into Markdown code', () => {
    expect(rstInlineToMarkdown('Use ``neuron-rtd`` and ``neuron-cc``')).toBe('Use `neuron-rtd` and `neuron-cc`');
  });

  it('leaves emphasis and plain text alone', () => {
    expect(rstInlineToMarkdown('*Apache MXNet 1.5* support')).toBe('*Apache MXNet 1.5* support');
    expect(rstInlineToMarkdown('no markup')).toBe('no markup');
  });
});
