import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORIGINAL_FACTS, ORIGINALS_DIR, originalPath } from '../../../scripts/originals.ts';
import { ORIGINALS } from '../../fidelity/originals.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('originalPath', () => {
  it('finds an original by its path inside originals/, at the top of the repository', () => {
    expect(ORIGINALS_DIR).toBe(join(ROOT, 'originals'));
    expect(originalPath('seeds/000_a71ed7f843050de5.txt')).toBe(
      join(ROOT, 'originals', 'seeds', '000_a71ed7f843050de5.txt'),
    );
  });

  it('refuses a name outside the folder, saying where originals belong', () => {
    for (const name of ['../outside/seeds/000.txt', 'seeds/../../x.txt', '..', join(ROOT, 'x.txt')])
      expect(() => originalPath(name), name).toThrow(/is not inside originals\/: .* commit the file there/);
  });
});

describe('the committed originals', () => {
  const named = [...Object.values(ORIGINAL_FACTS), ...ORIGINALS.map(({ source }) => originalPath(source))];

  it('hold every file the facts and the fidelity tests name', () => {
    const missing = named.filter((file) => !statSync(file, { throwIfNoEntry: false })?.isFile());
    expect(missing).toEqual([]);
  });
});
