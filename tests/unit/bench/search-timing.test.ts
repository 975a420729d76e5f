import { describe, expect, it } from 'vitest';
import { gzipSize } from '../../../scripts/bench/page-weight.ts';
import { wireSize } from '../../../scripts/bench/search-timing.ts';

describe('wireSize', () => {
  it('counts text files gzipped, and Pagefind’s compressed files as they are', () => {
    const text = Buffer.from('const pagefind = 1;\n'.repeat(200));
    expect(wireSize('/latest/_search/pagefind.js', text)).toBe(gzipSize(text));
    expect(wireSize('/latest/_search/pagefind-entry.json', text)).toBe(gzipSize(text));
    expect(wireSize('/latest/_search/index/en_1a2b.pf_index', text)).toBe(text.length);
    expect(wireSize('/latest/_search/wasm.en.pagefind', text)).toBe(text.length);
  });
});
