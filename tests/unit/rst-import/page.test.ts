import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../src/lib/rst-import/convert-page.ts';
import { postDate } from '../../../src/lib/rst-import/frontmatter.ts';
import { lines, testContext } from './helpers.ts';

const options = {
  file: 'seeds/x.txt',
  pageId: 'packages-changes',
  description: 'What changed: packages.',
};

describe('convertPage', () => {
  it('writes frontmatter from post, labels, title and contents, then the header comment', () => {
    const rst = lines(
      '.. post:: Oct 10, 2022 03:00',
      '    :language: en',
      '    :tags: neuron2.x',
      '',
      '.. _neuron-packages-changes:',
      '',
      'Introducing ``changes``  ',
      '----------------------',
      '',
      'Intro.',
      '',
      '.. contents::  Table of contents',
      '   :local:',
      '   :depth: 2',
    );
    expect(convertPage(rst, options, testContext().warn).mdx).toBe(
      lines(
        '---',
        'title: Introducing changes',
        'description: "What changed: packages."',
        'pageId: packages-changes',
        'labels: [neuron-packages-changes]',
        'date: 2022-10-10T03:00:00Z',
        'tags: [neuron2.x]',
        'toc: { title: Table of contents, depth: 2 }',
        '---',
        '',
        '{/* Imported from seeds/x.txt by scripts/import-rst.ts. Edit this file, not the source. */}',
        '',
        'Intro.',
        '',
      ),
    );
  });

  it('requires a table hint for every table, naming the line', () => {
    const rst = lines('Title', '=====', '', '+---+---+', '| a | b |', '+===+===+', '| c | d |', '+---+---+');
    expect(() => convertPage(rst, options, testContext().warn)).toThrow(/^seeds\/x\.txt:4: table without a table hint/);
  });

  it('reads ABlog post dates as UTC', () => {
    expect(postDate('Oct 10, 2022 03:00', 'f', 1)).toBe('2022-10-10T03:00:00Z');
    expect(postDate('Aug 2, 2022', 'f', 1)).toBe('2022-08-02T00:00:00Z');
    expect(() => postDate('10/10/2022', 'f', 3)).toThrow(/^f:3: cannot read the post date/);
  });
});
