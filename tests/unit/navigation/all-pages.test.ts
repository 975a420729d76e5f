import { describe, expect, it } from 'vitest';
import { pageUrl } from '../../../src/lib/content/paths.ts';
import { groupPages } from '../../../src/lib/navigation/all-pages.ts';

const page = (slug: string, title: string) => ({ slug, title, url: pageUrl('v9', slug) });

describe('groupPages', () => {
  const groups = groupPages(
    [
      page('setup/linux', 'Linux'),
      page('index', 'Neuron documentation'),
      page('setup/index', 'Setup'),
      page('compiler/flags', 'Compiler flags'),
      page('setup/deep/nested', 'Amazon Linux 2023'),
      page('faq', 'FAQ'),
      page('setup/step-10', 'Step 10'),
      page('setup/step-9', 'step 9'),
    ],
    'Home',
  );

  it('puts the top pages first, then one group per top folder, titled by its index page, A to Z', () => {
    expect(groups.map((group) => [group.title, group.url])).toEqual([
      ['Home', '/v9/'],
      ['compiler', undefined],
      ['Setup', '/v9/setup/'],
    ]);
  });

  it('orders the pages of a group by title, nested folders with them, numbers as numbers', () => {
    expect(groups[2]?.pages.map((p) => p.title)).toEqual(['Amazon Linux 2023', 'Linux', 'step 9', 'Step 10']);
    expect(groups[0]?.pages.map((p) => p.title)).toEqual(['FAQ']);
  });

  it('keeps every page once', () => {
    const listed = groups.flatMap((group) => [...(group.url ? [group.url] : []), ...group.pages.map((p) => p.url)]);
    expect(listed).toHaveLength(8);
    expect(new Set(listed).size).toBe(8);
  });
});
