import { describe, expect, it } from 'vitest';
import { llmsFull, twinUrl } from '../../../src/lib/site/twins.ts';

describe('twinUrl', () => {
  it('puts a page’s Markdown beside its folder, and a version home’s inside it', () => {
    expect(twinUrl('/latest/a/b/')).toBe('/latest/a/b.md');
    expect(twinUrl('/v2.3.0/general/sdk-policy/')).toBe('/v2.3.0/general/sdk-policy.md');
    expect(twinUrl('/latest/')).toBe('/latest/index.md');
  });
});

describe('llmsFull', () => {
  it('heads the pages with the title and summary, each page once, in order', () => {
    expect(llmsFull('Docs', 'All of it.', ['# A\n\ntext a\n', '# B\n\ntext b'])).toBe(
      '# Docs\n\n> All of it.\n\n# A\n\ntext a\n\n# B\n\ntext b\n',
    );
  });
});
