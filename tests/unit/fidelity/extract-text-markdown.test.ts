import { describe, expect, it } from 'vitest';
import { extractMarkdown, stripMarkdownInline } from '../../fidelity/extract-markdown.ts';
import { extractText } from '../../fidelity/extract-text.ts';

describe('extractText (rendered text)', () => {
  const src = [
    'This document is relevant for: Inf1',
    '',
    'Classification#',
    '',
    'Note',
    '',
    'Alpha and Beta are “Developer Preview.”',
    '',
    'API Contract',
    '',
    'Alpha',
    '',
    'No',
    '',
    'After the table.',
  ].join('\n');

  it('drops the # permalink mark of headings and reads Note as an admonition title', () => {
    expect(extractText(src, 't.txt').map((f) => [f.kind, f.text, f.line, f.admonition])).toEqual([
      ['paragraph', 'This document is relevant for: Inf1', 1, undefined],
      ['heading', 'Classification', 3, undefined],
      ['admonition', 'Alpha and Beta are “Developer Preview.”', 7, 'Note'],
      ['cell', 'API Contract', 9, undefined],
      ['cell', 'Alpha', 11, undefined],
      ['cell', 'No', 13, undefined],
      ['paragraph', 'After the table.', 15, undefined],
    ]);
  });

  it('needs a run of three short paragraphs before it calls them cells', () => {
    expect(extractText('Intro.\n\nShort\n\nText.', 't.txt').map((f) => f.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('extractMarkdown', () => {
  it('strips inline markup and collects links', () => {
    expect(stripMarkdownInline('the `Neuron runtime` and **bold** [OCI Hook](https://x.example/a#b)')).toEqual({
      text: 'the Neuron runtime and bold OCI Hook',
      links: [{ text: 'OCI Hook', href: 'https://x.example/a#b' }],
    });
  });

  it('reads headings, paragraphs, nested list items and keeps mojibake as is', () => {
    const src = [
      '# Neuron SDK',
      '',
      'Uses the â€“device option with `AWS_NEURON_VISIBLE_DEVICES=ALL`',
      'on two lines.',
      '',
      '**Context:**',
      '- The hooks:',
      '    - `prestart`',
      '',
      'Ref:',
      '- [Container Runtime](https://k.example/#container-runtimes)',
    ].join('\n');
    expect(extractMarkdown(src, 'r.md').map((f) => [f.kind, f.text, f.line, f.href])).toEqual([
      ['heading', 'Neuron SDK', 1, undefined],
      ['paragraph', 'Uses the â€“device option with AWS_NEURON_VISIBLE_DEVICES=ALL on two lines.', 3, undefined],
      ['paragraph', 'Context:', 6, undefined],
      ['list-item', 'The hooks:', 7, undefined],
      ['list-item', 'prestart', 8, undefined],
      ['paragraph', 'Ref:', 10, undefined],
      ['list-item', 'Container Runtime', 11, undefined],
      ['link', 'Container Runtime', 11, 'https://k.example/#container-runtimes'],
    ]);
  });
});
