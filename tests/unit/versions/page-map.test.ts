import { describe, expect, it } from 'vitest';
import {
  changesPageUrl,
  createPageMap,
  missingPages,
  missingPageUrl,
  type MappedPage,
} from '../../../src/lib/versions/page-map.ts';

const pages: MappedPage[] = [
  { version: 'latest', slug: 'index', pageId: 'home', title: 'Home' },
  {
    version: 'latest',
    slug: 'about-neuron/sdk-policy',
    pageId: 'sdk-maintenance-policy',
    title: 'Neuron Software Maintenance policy',
  },
  {
    version: 'latest',
    slug: 'about-neuron/sdk-classification',
    pageId: 'sdk-classification',
    title: 'Neuron Software Classification',
  },
  { version: 'v2.3.0', slug: 'index', pageId: 'home', title: 'Home 2.3.0' },
  { version: 'v2.3.0', slug: 'general/sdk-policy', pageId: 'sdk-maintenance-policy', title: 'SDK Maintenance Policy' },
  { version: 'v1.19.2', slug: 'index', pageId: 'home', title: 'Home 1.19.2' },
  {
    version: 'v1.19.2',
    slug: 'neuron-intro/maintenance-policy',
    pageId: 'sdk-maintenance-policy',
    title: 'SDK Maintenance Policy',
  },
  { version: 'v1.19.2', slug: 'neuron-intro/old-only', pageId: 'old-only', title: 'Only in 1.19.2' },
];
const map = createPageMap(pages);
const VERSIONS = ['latest', 'v2.3.0', 'v1.19.2'];

describe('createPageMap', () => {
  it('finds the same logical page in another version even when its slug changed', () => {
    expect(map.urlOf('sdk-maintenance-policy', 'latest')).toBe('/latest/about-neuron/sdk-policy/');
    expect(map.urlOf('sdk-maintenance-policy', 'v2.3.0')).toBe('/v2.3.0/general/sdk-policy/');
    expect(map.urlOf('sdk-maintenance-policy', 'v1.19.2')).toBe('/v1.19.2/neuron-intro/maintenance-policy/');
  });

  it('maps a version home to the version root', () => {
    expect(map.urlOf('home', 'v2.3.0')).toBe('/v2.3.0/');
  });

  it('answers undefined for a page a version does not have, or an unknown page or version', () => {
    expect(map.urlOf('sdk-classification', 'v2.3.0')).toBeUndefined();
    expect(map.urlOf('old-only', 'latest')).toBeUndefined();
    expect(map.urlOf('nope', 'latest')).toBeUndefined();
    expect(map.urlOf('home', 'v9.9.9')).toBeUndefined();
  });

  it('sends a version link to the page, else to the missing-page notice', () => {
    expect(map.switchTarget('sdk-classification', 'latest')).toMatchObject({
      kind: 'page',
      url: '/latest/about-neuron/sdk-classification/',
    });
    expect(map.switchTarget('sdk-classification', 'v1.19.2')).toEqual({
      kind: 'missing',
      url: '/v1.19.2/missing/sdk-classification/',
    });
  });

  it('keeps the first page when a version lists a page id twice', () => {
    const twice = createPageMap([
      { version: 'latest', slug: 'a', pageId: 'x', title: 'A' },
      { version: 'latest', slug: 'b', pageId: 'x', title: 'B' },
    ]);
    expect(twice.urlOf('x', 'latest')).toBe('/latest/a/');
  });

  it('lists the versions of a page and the pages of a version', () => {
    expect(map.versionsOf('sdk-maintenance-policy').map((p) => p.version)).toEqual(VERSIONS);
    expect(map.pagesOf('v2.3.0').map((p) => p.slug)).toEqual(['index', 'general/sdk-policy']);
  });
});

describe('missingPages', () => {
  it('lists every (version, page id) pair without a page, titled after the newest version that has it', () => {
    expect(missingPages(map, VERSIONS)).toEqual([
      { version: 'v2.3.0', pageId: 'sdk-classification', title: 'Neuron Software Classification' },
      { version: 'v1.19.2', pageId: 'sdk-classification', title: 'Neuron Software Classification' },
      { version: 'latest', pageId: 'old-only', title: 'Only in 1.19.2' },
      { version: 'v2.3.0', pageId: 'old-only', title: 'Only in 1.19.2' },
    ]);
  });

  it('gives every switch target a page: a real page or a notice that exists', () => {
    const notices = new Set(missingPages(map, VERSIONS).map((m) => missingPageUrl(m.version, m.pageId)));
    for (const pageId of map.pageIds())
      for (const version of VERSIONS) {
        const target = map.switchTarget(pageId, version);
        if (target.kind === 'missing') expect(notices).toContain(target.url);
      }
  });
});

describe('changesPageUrl', () => {
  it('puts the page path under /<version>/changes/', () => {
    expect(changesPageUrl('v2.3.0', 'general/sdk-policy')).toBe('/v2.3.0/changes/general/sdk-policy/');
    expect(changesPageUrl('v2.3.0', 'index')).toBe('/v2.3.0/changes/');
  });
});
