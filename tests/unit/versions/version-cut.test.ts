import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { versionsSchema } from '../../../src/lib/content/versions-schema.ts';
import {
  checkNewVersionId,
  cutVersionEntry,
  insertVersion,
  labelFromId,
  retargetLinks,
} from '../../../src/lib/versions/version-cut.ts';

const EXISTING = ['latest', 'v2.3.0', 'v1.19.2'];
const YAML = `# Comment kept.
versions:
  - id: latest
    label: Latest
    status: current
  # Old ones.
  - id: v2.3.0
    label: 2.3.0
    released: 2022-10-10
    status: end-of-support
`;

describe('checkNewVersionId', () => {
  it('accepts a new release tag newer than every listed one', () => {
    expect(checkNewVersionId('v2.40.0', EXISTING)).toBeUndefined();
    expect(checkNewVersionId('v2.3.1', EXISTING)).toBeUndefined();
  });

  it.each([
    [undefined, /usage: npm run version:cut -- <id>/],
    ['2.40.0', /not a release tag: write it like "v2.40.0"/],
    ['latest', /not a release tag/],
    ['v2.40', /not a release tag/],
    ['v2.3.0', /version "v2.3.0" already exists/],
    ['v2.2.9', /older than "v2.3.0"/],
    ['v1.20.0', /older than "v2.3.0"/],
  ])('refuses %j with a clear message', (id, message) => {
    expect(checkNewVersionId(id, EXISTING)).toMatch(message);
  });
});

describe('insertVersion', () => {
  it('inserts the version right after the current one, in maintenance, released today, keeping comments', () => {
    const text = insertVersion(YAML, cutVersionEntry('v2.40.0', '2026-01-31'));
    expect(text).toContain('# Comment kept.');
    expect(text).toContain('# Old ones.');
    const data = versionsSchema.parse(parse(text));
    expect(data.versions.map((v) => [v.id, v.label, v.status, v.released])).toEqual([
      ['latest', 'Latest', 'current', undefined],
      ['v2.40.0', '2.40.0', 'maintenance', '2026-01-31'],
      ['v2.3.0', '2.3.0', 'end-of-support', '2022-10-10'],
    ]);
  });

  it('throws on a file without a current version', () => {
    expect(() => insertVersion('versions:\n  - id: v1.0.0\n', cutVersionEntry('v2.0.0', '2026-01-01'))).toThrow(
      /current/,
    );
  });
});

describe('labelFromId and retargetLinks', () => {
  it('labels a version by its number', () => {
    expect(labelFromId('v2.40.0')).toBe('2.40.0');
  });

  it('points absolute links into the current version at the new one, and nothing else', () => {
    const text = 'See [A](/latest/a/), <a href="/latest/b/">B</a>, `/latest/c/` and :ref{to="x"}; [D](/v2.3.0/d/).';
    expect(retargetLinks(text, 'latest', 'v2.40.0')).toBe(
      'See [A](/v2.40.0/a/), <a href="/v2.40.0/b/">B</a>, `/latest/c/` and :ref{to="x"}; [D](/v2.3.0/d/).',
    );
  });
});
