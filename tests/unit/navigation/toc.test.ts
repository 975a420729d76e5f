import { describe, expect, it } from 'vitest';
import { buildToc, type HeadingInfo, type TocItem } from '../../../src/lib/navigation/toc.ts';

const h = (depth: number, text: string): HeadingInfo => ({ depth, slug: text.toLowerCase(), text });
/** The tree as nested [text, children] pairs. */
const shape = (items: TocItem[]): unknown[] =>
  items.map((item) => (item.children.length ? [item.text, shape(item.children)] : item.text));

describe('buildToc', () => {
  const headings = [h(1, 'Title'), h(2, 'A'), h(3, 'A1'), h(4, 'A1x'), h(3, 'A2'), h(2, 'B'), h(3, 'B1')];

  it('nests headings by level down to depth levels below the title', () => {
    expect(shape(buildToc(headings, 2))).toEqual([
      ['A', ['A1', 'A2']],
      ['B', ['B1']],
    ]);
    expect(shape(buildToc(headings, 3))).toEqual([
      ['A', [['A1', ['A1x']], 'A2']],
      ['B', ['B1']],
    ]);
  });

  it('lists only ## headings with depth 1, and never the page title', () => {
    expect(shape(buildToc(headings, 1))).toEqual(['A', 'B']);
  });

  it('keeps the heading fields on each item', () => {
    expect(buildToc([h(2, 'Overview')], 2)).toEqual([{ depth: 2, slug: 'overview', text: 'Overview', children: [] }]);
  });

  it('nests a heading that skips a level under the nearest shallower one', () => {
    expect(shape(buildToc([h(2, 'A'), h(4, 'Deep'), h(3, 'Mid'), h(2, 'B')], 3))).toEqual([
      ['A', ['Deep', 'Mid']],
      'B',
    ]);
  });

  it('puts deeper headings before the first ## at the top level', () => {
    expect(shape(buildToc([h(3, 'Early'), h(2, 'A'), h(3, 'A1')], 2))).toEqual(['Early', ['A', ['A1']]]);
  });

  it('is empty without headings', () => {
    expect(buildToc([], 2)).toEqual([]);
  });
});
