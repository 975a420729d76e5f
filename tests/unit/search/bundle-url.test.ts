import { describe, expect, it } from 'vitest';
import { decodeVersions, encodeVersions, searchBundleUrl, versionOfUrl } from '../../../src/lib/search/bundle-url.ts';

describe('search bundle URLs and versions', () => {
  it('puts a version’s bundle under its own prefix', () => {
    expect(searchBundleUrl('v2.3.0')).toBe('/v2.3.0/_search/');
  });

  it('carries the versions through the attribute unchanged, labels with spaces and dots included', () => {
    const versions = [
      { id: 'latest', label: 'Latest' },
      { id: 'v2.28.1', label: '2.28.1' },
      { id: 'v1.19.2', label: '1.19.2 (legacy)' },
    ];
    expect(encodeVersions(versions)).toBe('latest=Latest|v2.28.1=2.28.1|v1.19.2=1.19.2 (legacy)');
    expect(decodeVersions(encodeVersions(versions))).toEqual(versions);
    expect(decodeVersions('')).toEqual([]);
  });

  it('reads a result’s version from its URL', () => {
    expect(versionOfUrl('/v2.28.1/setup/install/?highlight=x')).toBe('v2.28.1');
    expect(versionOfUrl('/latest/')).toBe('latest');
  });
});
