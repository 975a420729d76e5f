import { describe, expect, it } from 'vitest';
import { checkPage, closestHint, countOccurrences } from '../../fidelity/check.ts';
import type { PageSnapshot } from '../../fidelity/check.ts';
import type { Fragment } from '../../fidelity/types.ts';

const frag = (kind: Fragment['kind'], text: string, extra: Partial<Fragment> = {}): Fragment => ({
  text,
  kind,
  source: 'seeds/x.txt',
  line: 7,
  ...extra,
});
const page = (p: Partial<PageSnapshot>): PageSnapshot => ({
  main: '',
  headings: [],
  pres: [],
  asides: [],
  tables: [],
  links: [],
  ...p,
});

describe('checkPage', () => {
  it('finds paragraphs in main with whitespace normalized, and nothing else folded', () => {
    const p = page({ main: '<p>Alpha  and\n beta.</p>'.replace(/<[^>]+>/gu, '') });
    expect(checkPage([frag('paragraph', 'Alpha and beta.')], p, '/u/').missing).toEqual([]);
    const r = checkPage([frag('paragraph', 'Alpha and Beta.'), frag('paragraph', 'alpha “and” beta.')], p, '/u/');
    expect(r.found).toBe(0);
    expect(r.missing[0]).toMatch(/^seeds\/x\.txt:7 paragraph: "Alpha and Beta\." not found in <main> on \/u\//u);
  });

  it('explains where the page stops agreeing', () => {
    expect(closestHint('one two three four', ['xx one two thrice four'])).toContain('"one two"');
    expect(closestHint('zzz', ['abc'])).toBe('no part of it is on the page');
  });

  it('requires repeated fragments as many times as the original has them', () => {
    const f = [
      frag('admonition', 'Renamed.', { admonition: 'Important' }),
      frag('admonition', 'Renamed.', { admonition: 'Important' }),
    ];
    const one = page({ main: 'ImportantRenamed.', asides: ['ImportantRenamed.'] });
    const r = checkPage(f, one, '/u/');
    expect(r.found).toBe(1);
    expect(r.missing[0]).toMatch(/expected at least 2 occurrence\(s\), found 1/u);
    expect(checkPage(f, page({ asides: ['Important Renamed.', 'Important Renamed.'] }), '/u/').missing).toEqual([]);
  });

  it('requires admonition content in an aside showing the title', () => {
    const f = [frag('admonition', 'Careful.', { admonition: 'Warning' })];
    expect(checkPage(f, page({ main: 'Careful.', asides: ['Note Careful.'] }), '/u/').missing).toHaveLength(1);
    expect(checkPage(f, page({ asides: ['Warning Careful.'] }), '/u/').missing).toEqual([]);
  });

  it('requires code lines in a pre, cells in a table and headings in a heading', () => {
    const f = [frag('code', 'a  =  1'), frag('cell', 'Tested'), frag('heading', 'Overview')];
    expect(checkPage(f, page({ main: 'a = 1 Tested Overview' }), '/u/').missing).toHaveLength(3);
    expect(
      checkPage(f, page({ pres: ['x\na = 1\n'], tables: ['BasicTested'], headings: ['Overview#'] }), '/u/').missing,
    ).toEqual([]);
  });

  it('checks links by exact text, and by href when the original has one', () => {
    const f = [
      frag('link', 'PyTorch XLA', { href: 'https://pytorch.org/xla', linkType: 'external' }),
      frag('link', 'Target Title', { linkType: 'ref' }),
    ];
    const wrong = page({
      links: [
        { text: 'PyTorch XLA', href: 'https://elsewhere/' },
        { text: 'Target Title (opens)', href: '/x/' },
      ],
    });
    const r = checkPage(f, wrong, '/u/');
    expect(r.missing).toHaveLength(2);
    expect(r.missing[0]).toContain('links with that text point to ["https://elsewhere/"]');
    expect(r.missing[1]).toContain('no <a> has that text (a :ref: needs a link; any href)');
    const right = page({
      links: [
        { text: ' PyTorch XLA ', href: 'https://pytorch.org/xla' },
        { text: 'Target Title', href: '#t' },
      ],
    });
    expect(checkPage(f, right, '/u/')).toEqual({ total: 2, found: 2, missing: [] });
  });

  it('counts non-overlapping occurrences', () => {
    expect(countOccurrences('No. No. No', 'No.')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });
});
