import { describe, expect, it } from 'vitest';
import type { Version } from '../../../src/lib/content/versions-schema.ts';
import { allPagesUrl, createPageMap } from '../../../src/lib/versions/page-map.ts';
import { versionTitle } from '../../../src/lib/versions/version-labels.ts';
import { buildGeneratedPageMenu, buildVersionMenu } from '../../../src/lib/versions/version-menu.ts';

const versions: Version[] = [
  { id: 'latest', label: 'Latest', status: 'current' },
  { id: 'v2.3.0', label: '2.3.0', released: '2022-10-10', status: 'end-of-support' },
  { id: 'v1.19.2', label: '1.19.2', released: '2022-08-02', status: 'end-of-support' },
];
const map = createPageMap([
  { version: 'latest', slug: 'a/libnrt', pageId: 'introducing-libnrt', title: 'libnrt' },
  { version: 'v2.3.0', slug: 'b/libnrt', pageId: 'introducing-libnrt', title: 'libnrt' },
  { version: 'latest', slug: 'a/packages', pageId: 'packages-changes', title: 'Packages' },
  { version: 'v2.3.0', slug: 'b/packages', pageId: 'packages-changes', title: 'Packages' },
]);

describe('versionTitle', () => {
  it('reads "label (status)" without abbreviations', () => {
    expect(versionTitle(versions[1]!)).toBe('2.3.0 (End of Support)');
    expect(versionTitle(versions[0]!)).toBe('Latest (Current)');
  });
});

describe('buildVersionMenu', () => {
  const asked: string[] = [];
  const menu = buildVersionMenu({ pageId: 'introducing-libnrt', version: 'v2.3.0' }, versions, map, (version) => {
    asked.push(version);
    return ['why', 'what'];
  });

  it('names the version being read in the summary', () => {
    expect(menu.summary).toBe('Version: 2.3.0 (End of Support)');
  });

  it('has one link per version, newest first, to the same page or to the missing-page notice', () => {
    expect(menu.links.map((link) => [link.label, link.status, link.href, link.current, link.exists])).toEqual([
      ['Latest', 'Current', '/latest/a/libnrt/', false, true],
      ['2.3.0', 'End of Support', '/v2.3.0/b/libnrt/', true, true],
      ['1.19.2', 'End of Support', '/v1.19.2/missing/introducing-libnrt/', false, false],
    ]);
  });

  it('asks for shared anchors only for other versions that have the page', () => {
    expect(asked).toEqual(['latest']);
    expect(menu.links.map((link) => link.sharedAnchors)).toEqual([['why', 'what'], [], []]);
  });

  it('refuses a version that is not listed', () => {
    expect(() => buildVersionMenu({ pageId: 'x', version: 'v0.0.1' }, versions, map, () => [])).toThrow(/v0\.0\.1/);
  });
});

describe('buildGeneratedPageMenu', () => {
  it('links each version to its own generated page, which every version has', () => {
    const menu = buildGeneratedPageMenu('latest', versions, allPagesUrl);
    expect(menu.summary).toBe('Version: Latest (Current)');
    expect(menu.links.map((link) => [link.href, link.current, link.exists, link.sharedAnchors])).toEqual([
      ['/latest/all-pages/', true, true, []],
      ['/v2.3.0/all-pages/', false, true, []],
      ['/v1.19.2/all-pages/', false, true, []],
    ]);
    expect(() => buildGeneratedPageMenu('v0.0.1', versions, allPagesUrl)).toThrow(/v0\.0\.1/);
  });
});
