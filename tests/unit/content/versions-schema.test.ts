import { describe, expect, it } from 'vitest';
import { formatDataPath } from '../../../src/lib/diagnostics/yaml-data.ts';
import { versionsSchema } from '../../../src/lib/content/versions-schema.ts';

const issues = (versions: unknown[]) => {
  const result = versionsSchema.safeParse({ versions });
  return result.success ? [] : result.error.issues.map((i) => `${formatDataPath(i.path)}: ${i.message}`);
};
const latest = { id: 'latest', label: '2.x', release: 'v2.21.0', released: '2024-12-20', status: 'current' };
const v230 = { id: 'v2.3.0', label: '2.3.0', status: 'maintenance' };
const v1 = { id: 'v1.19.2', label: '1.19.2', status: 'end-of-support' };

describe('versionsSchema', () => {
  it('accepts versions newest first with one current version first', () => {
    expect(issues([latest, v230, v1])).toEqual([]);
  });

  it('requires exactly one current version', () => {
    expect(issues([v230, v1])).toEqual(['versions: exactly one version must have status "current"; found 0 (none)']);
    expect(issues([latest, { ...v230, status: 'current' }])).toEqual([
      'versions: exactly one version must have status "current"; found 2 ("latest", "v2.3.0")',
    ]);
  });

  it('requires the current version first', () => {
    expect(issues([v230, latest])).toEqual([
      'versions[0]: the current version ("latest") must come first: the list is newest first',
    ]);
  });

  it('rejects an id listed twice', () => {
    expect(issues([latest, v230, v1, { ...v230, label: 'again' }])).toEqual(['versions[3].id: "v2.3.0" is listed twice']);
  });

  it('rejects ids that are neither latest nor a release tag', () => {
    expect(issues([latest, { ...v230, id: '2.3.0' }])).toEqual([
      'versions[1].id: must be "latest" or a release tag like "v2.3.0"',
    ]);
    expect(issues([latest, { ...v230, id: 'v2.3' }])).toHaveLength(1);
  });

  it('rejects an unknown status, a bad date and an empty list', () => {
    expect(issues([latest, { ...v230, status: 'retired' }])).toHaveLength(1);
    expect(issues([{ ...latest, released: '20/12/2024' }])).toHaveLength(1);
    expect(issues([])[0]).toMatch(/^versions: Too small/);
  });
});
