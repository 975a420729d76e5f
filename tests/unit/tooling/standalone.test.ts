/**
 * The repository stands on its own: a clone holds everything its tests and scripts read. So no file of it may name
 * a folder beside the checkout (where the originals used to be read from) or an absolute path of one machine.
 * `.ci/run` proves the rest by running every test in a fresh clone that has nothing beside it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** This file, which shows the forms it looks for. */
const SELF = 'tests/unit/tooling/standalone.test.ts';

const FORBIDDEN: readonly { pattern: RegExp; fix: string }[] = [
  {
    pattern: /\.\.[/\\]shared\b|['"]\.\.['"],\s*['"]shared['"]/,
    fix: 'a folder beside the repository: commit what is needed into originals/ and find it with scripts/originals.ts',
  },
  {
    pattern: /(?<![\w.~-])\/(?:work|tmp|home)\//,
    fix: 'an absolute path of one machine: build paths from import.meta.dirname, or os.tmpdir() for scratch files',
  },
];

/**
 * The imported documentation (`content/`, and the files it publishes from `public/`) shows paths of its readers'
 * machines in its examples (`/home/ubuntu/model.py`, `cd /tmp/`): there, only a path of the machines that import
 * and build the site would be a leak (the importer's sources folder, a checkout under /work/).
 */
const DOCUMENTATION = /^(?:content|public)\//;
const IMPORT_LEAK = {
  pattern: /(?<![\w.~-])\/work\/|\bimp-src\b|\.\.[/\\]shared\b/,
  fix: 'a path of the machine that imported the page: the importer must write paths relative to the sources',
};

/** `file:line: text — fix` for each line of `text` that depends on something outside the repository. */
function outsideReferences(file: string, text: string): string[] {
  const rules = DOCUMENTATION.test(file) ? [IMPORT_LEAK] : FORBIDDEN;
  return text
    .split('\n')
    .flatMap((line, index) =>
      rules
        .filter(({ pattern }) => pattern.test(line))
        .map(({ fix }) => `${file}:${index + 1}: ${line.trim().slice(0, 120)} — ${fix}`),
    );
}

/** Files that are or would be committed: tracked, plus untracked ones .gitignore does not exclude. */
function repositoryFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\0').filter((file) => file !== '' && file !== SELF);
}

describe('the repository stands on its own', () => {
  it('finds a sibling folder or a machine path, and leaves relative and system paths alone', () => {
    const text = [
      'sources: ../shared/seeds/000.txt',
      "const dir = join(process.cwd(), '..', 'shared');",
      // Assembled, so that this file names no machine path itself.
      `const file = '${['', 'work', 'shared', 'neuron', 'refs.json'].join('/')}';`,
      `cache in ${['', 'tmp', 'build'].join('/')}`,
      'installed in /opt/aws/neuron/lib and /usr/bin/chromium',
      'see originals/neuron/refs.json and ./tmp/x',
    ].join('\n');
    expect(outsideReferences('a.ts', text).map((line) => line.split(': ')[0])).toEqual([
      'a.ts:1',
      'a.ts:2',
      'a.ts:3',
      'a.ts:4',
    ]);
  });

  it('lets the documentation show its readers’ paths, but not the importing machine’s', () => {
    const text = [
      `cd ${['', 'tmp', ''].join('/')} && ls ${['', 'home', 'ubuntu', 'model.py'].join('/')}`,
      `Usage: ${['', 'tmp', 'imp-src', 'v2.3.0', 'tool.py'].join('/')} [options]`,
      `see ${['', 'work', 'wt', 'page.md'].join('/')}`,
    ].join('\n');
    expect(outsideReferences('content/docs/latest/a.mdx', text).map((line) => line.split(': ')[0])).toEqual([
      'content/docs/latest/a.mdx:2',
      'content/docs/latest/a.mdx:3',
    ]);
  });

  it('no file names a folder beside the checkout or an absolute path of one machine', () => {
    const files = repositoryFiles();
    expect(files).toContain('originals/README.md');
    expect(files).not.toContain(SELF);
    const found = files.flatMap((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(ROOT, file));
      } catch {
        return []; // listed by git but deleted in the working tree
      }
      return bytes.includes(0) ? [] : outsideReferences(file, bytes.toString('utf8'));
    });
    expect(found, found.join('\n')).toEqual([]);
  });
});
