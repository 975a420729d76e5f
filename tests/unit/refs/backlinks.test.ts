import { describe, expect, it } from 'vitest';
import { collectBacklinks } from '../../../src/lib/refs/backlinks.ts';

const labels: Record<string, { url: string; title: string }> = {
  'setup-page': { url: '/v9/setup/', title: 'Setup' },
  'setup-linux': { url: '/v9/setup/#linux', title: 'On Linux' },
  'setup-docker': { url: '/v9/setup/#docker', title: 'In Docker' },
  'torch-docs': { url: 'https://pytorch.org/docs/', title: 'PyTorch' },
  // a label on a paragraph has no title of its own
  'faq-note': { url: '/v9/faq/#faq-note', title: '' },
};
const docs: Record<string, string> = { setup: '/v9/setup/', faq: '/v9/faq/' };

const backlinks = collectBacklinks(
  [
    { url: '/v9/setup/', title: 'Setup', labels: ['setup-linux'], docs: [] },
    { url: '/v9/zeta/', title: 'Zeta guide', labels: ['setup-linux', 'setup-page', 'torch-docs'], docs: ['setup'] },
    { url: '/v9/alpha/', title: 'Alpha guide', labels: ['setup-linux', 'nowhere'], docs: ['faq'] },
    { url: '/v9/faq/', title: 'FAQ', labels: ['setup-docker'], docs: [] },
    { url: '/v9/notes/', title: 'Notes', labels: ['faq-note'], docs: [] },
  ],
  (name) => labels[name],
  (slug) => docs[slug],
);

describe('collectBacklinks', () => {
  it('groups the pages linking to a page by the place they link to: the page first, then its sections', () => {
    expect(backlinks.get('/v9/setup/')).toEqual([
      { anchor: undefined, title: 'Setup', from: [{ url: '/v9/zeta/', title: 'Zeta guide' }] },
      { anchor: 'docker', title: 'In Docker', from: [{ url: '/v9/faq/', title: 'FAQ' }] },
      {
        anchor: 'linux',
        title: 'On Linux',
        from: [
          { url: '/v9/alpha/', title: 'Alpha guide' },
          { url: '/v9/zeta/', title: 'Zeta guide' },
        ],
      },
    ]);
  });

  it('counts a page once per place however often it links there (a label and :doc to the same page)', () => {
    expect(backlinks.get('/v9/setup/')?.[0]?.from).toHaveLength(1);
  });

  it('leaves out links to the page itself, to other sites and to nowhere', () => {
    expect(backlinks.get('/v9/setup/')?.flatMap((group) => group.from.map((p) => p.url))).not.toContain('/v9/setup/');
    expect([...backlinks.keys()].sort()).toEqual(['/v9/faq/', '/v9/setup/']);
    expect(backlinks.get('/v9/faq/')?.[0]).toEqual({
      anchor: undefined,
      title: 'FAQ',
      from: [{ url: '/v9/alpha/', title: 'Alpha guide' }],
    });
  });

  it('names a place without a title (a label on a paragraph) by its anchor', () => {
    expect(backlinks.get('/v9/faq/')?.[1]).toEqual({
      anchor: 'faq-note',
      title: '#faq-note',
      from: [{ url: '/v9/notes/', title: 'Notes' }],
    });
  });
});
