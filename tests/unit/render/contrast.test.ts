import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn } from '../../../src/lib/render/contrast.ts';

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself, as WCAG computes it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#ffffff')).toBe(1);
    // github-light's orange on white
    expect(contrastRatio('#E36209', '#ffffff')).toBeCloseTo(3.49, 2);
  });
});

describe('readableOn', () => {
  it('keeps a colour that is already readable on every background', () => {
    expect(readableOn('#24292E', ['#ffffff', '#fff5b1'])).toBe('#24292E');
  });

  it('darkens a colour on light backgrounds just enough, and lightens one on dark backgrounds', () => {
    const orange = readableOn('#E36209', ['#ffffff', '#fff5b1']);
    expect(contrastRatio(orange, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(orange, '#fff5b1')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(orange, '#ffffff')).toBeLessThan(5.5);
    const grey = readableOn('#6A737D', ['#24292e', '#3b3212']);
    expect(contrastRatio(grey, '#3b3212')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(grey, '#24292e')).toBeGreaterThanOrEqual(4.5);
  });
});
