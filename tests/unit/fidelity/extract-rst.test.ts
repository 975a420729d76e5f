import { describe, expect, it } from 'vitest';
import { extractRst } from '../../fidelity/extract-rst.ts';
import type { IncludeReader } from '../../fidelity/extract-rst.ts';
import { makeRefResolver } from '../../fidelity/refs.ts';
import type { Fragment } from '../../fidelity/types.ts';

const resolveRef = makeRefResolver({ lbl: 'Target Title' });
const rst = (src: string, readInclude?: IncludeReader): Fragment[] =>
  extractRst(src, 'page.rst', { resolveRef, ...(readInclude === undefined ? {} : { readInclude }) });
const texts = (src: string): string[] =>
  rst(src)
    .filter((f) => f.kind !== 'link')
    .map((f) => f.text);
const kinds = (src: string): string[] => rst(src).map((f) => `${f.kind}:${f.text}`);

describe('extractRst', () => {
  it('reads headings and paragraphs with their source lines', () => {
    const f = rst('.. _top:\n\nTitle\n=====\n\nFirst line\nsecond line.\n\nSub\n---\n\nNo.\n');
    expect(f.map((x) => [x.kind, x.text, x.line])).toEqual([
      ['heading', 'Title', 3],
      ['paragraph', 'First line second line.', 6],
      ['heading', 'Sub', 9],
      ['paragraph', 'No.', 12],
    ]);
    expect(f[0]?.source).toBe('page.rst');
  });

  it('drops what Sphinx does not render: comments, labels, contents, post, options', () => {
    const src = [
      '.. post:: Oct 10, 2022 03:00',
      '    :language: en',
      '',
      '.. _label:',
      '',
      '.. contents:: Table of contents',
      '   :local:',
      '   :depth: 2',
      '',
      'Kept.',
      '',
      '.. :important:',
      '',
      '   Hidden comment body, see :ref:`lbl`',
      '',
      '.. a plain comment',
      '   still comment',
      '',
      'Also kept.',
    ].join('\n');
    expect(kinds(src)).toEqual(['paragraph:Kept.', 'paragraph:Also kept.']);
  });

  it('expands includes, recording the included file and where it was included', () => {
    const reads: string[] = [];
    const reader: IncludeReader = (from, target) => {
      reads.push(`${from} -> ${target}`);
      return { source: 'inc.txt', text: '.. important ::\n\n   Included :ref:`lbl`' };
    };
    const f = rst('Before.\n\n.. include:: ./inc.txt\n\nAfter.\n\n.. include:: ./inc.txt\n', reader);
    expect(reads).toEqual(['page.rst -> ./inc.txt', 'page.rst -> ./inc.txt']);
    const inc = f.filter((x) => x.source === 'inc.txt');
    expect(inc.map((x) => [x.kind, x.text, x.line, x.via, x.admonition])).toEqual([
      ['admonition', 'Included Target Title', 3, 'page.rst:3', 'Important'],
      ['link', 'Target Title', 3, 'page.rst:3', 'Important'],
      ['admonition', 'Included Target Title', 3, 'page.rst:7', 'Important'],
      ['link', 'Target Title', 3, 'page.rst:7', 'Important'],
    ]);
  });

  it('reads grid table cells: lines joined, paragraphs split, escapes resolved', () => {
    const src = [
      '+-----------+----------------+',
      '|           | Testing        |',
      '+===========+================+',
      '| Developer | Minimal Viable |',
      '| Preview   | Product \\*     |',
      '|           |                |',
      '|           | Second para    |',
      '+-----------+----------------+',
      '',
      'After.',
    ].join('\n');
    expect(rst(src).map((f) => [f.kind, f.text, f.line])).toEqual([
      ['cell', 'Testing', 2],
      ['cell', 'Developer Preview', 4],
      ['cell', 'Minimal Viable Product *', 4],
      ['cell', 'Second para', 7],
      ['paragraph', 'After.', 10],
    ]);
  });

  it('refuses grid tables with spanning cells instead of guessing', () => {
    const src = ['+-----+-----+', '| a   | b   |', '+-----+-----+', '| spans     |', '+-----------+'].join('\n');
    expect(() => rst(src)).toThrow(/spanning/u);
  });

  it('reads list-table cells and the caption, skipping options', () => {
    const src = [
      '.. list-table:: New packages',
      '   :widths: auto',
      '   :header-rows: 1',
      '',
      '   * - Name',
      '     - Supported Instances',
      '',
      '       (At the time of :ref:`Neuron 2.3 <lbl>`)',
      '',
      '   * - ``torch-neuronx``',
      '     - uses `PyTorch XLA <https://pytorch.org/xla>`_',
    ].join('\n');
    expect(kinds(src)).toEqual([
      'caption:New packages',
      'cell:Name',
      'cell:Supported Instances',
      'cell:(At the time of Neuron 2.3)',
      'link:Neuron 2.3',
      'cell:torch-neuronx',
      'cell:uses PyTorch XLA',
      'link:PyTorch XLA',
    ]);
    expect(rst(src).find((f) => f.text === 'PyTorch XLA')?.href).toBe('https://pytorch.org/xla');
  });

  it('keeps every code line, from code directives and :: literal blocks', () => {
    const src = [
      '* Running',
      '',
      '   .. code:: bash',
      '',
      '      NEURON_RT_VISIBLE_CORES=0-3 myapp1.py',
      '        indented   more',
      '',
      'Example::',
      '',
      '   literal line',
    ].join('\n');
    expect(kinds(src)).toEqual([
      'list-item:Running',
      'code:NEURON_RT_VISIBLE_CORES=0-3 myapp1.py',
      'code:indented more',
      'paragraph:Example:',
      'code:literal line',
    ]);
  });

  it('reads nested lists, enumerated lists and deeper-indented item bodies', () => {
    const src = [
      '#. Make sure you are not using *Runtime 1.x*',
      '    * Remove any code.',
      '    * Stop ``neuron-rtd``',
      '',
      '#. Containers',
      '    If your application runs',
      '    in a container.',
      '',
      '    * outer',
      '',
      '      * inner one',
      '      * inner two',
    ].join('\n');
    expect(kinds(src)).toEqual([
      'list-item:Make sure you are not using Runtime 1.x',
      'list-item:Remove any code.',
      'list-item:Stop neuron-rtd',
      'list-item:Containers',
      'list-item:If your application runs in a container.',
      'list-item:outer',
      'list-item:inner one',
      'list-item:inner two',
    ]);
  });

  it('reads admonitions with their titles, including text on the directive line and nested lists', () => {
    const src = [
      '.. note:: The change will not include',
      '   ``torch-neuron``.',
      '',
      '.. important ::',
      '',
      '   For successful installation:',
      '      * Stop the daemon',
      '',
      '.. warning ::',
      '',
      '   Careful.',
    ].join('\n');
    expect(rst(src).map((f) => `${f.kind}/${f.admonition}:${f.text}`)).toEqual([
      'admonition/Note:The change will not include torch-neuron.',
      'admonition/Important:For successful installation:',
      'list-item/Important:Stop the daemon',
      'admonition/Warning:Careful.',
    ]);
  });

  it('records links with the line they start on', () => {
    const f = rst('Intro text\nsee :ref:`lbl` and\n`Docs <https://d.example/>`__.').filter((x) => x.kind === 'link');
    expect(f.map((x) => [x.text, x.line, x.linkType, x.href])).toEqual([
      ['Target Title', 2, 'ref', undefined],
      ['Docs', 3, 'external', 'https://d.example/'],
    ]);
  });

  it('throws on a directive it cannot read', () => {
    expect(() => texts('.. image:: x.png\n')).toThrow(/page\.rst:1.*"image"/u);
  });
});
