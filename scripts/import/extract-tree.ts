/**
 * Extracts one revision of a git repository into a sources folder, file by file, for `npm run import`.
 *
 *   npm run import:extract -- <git dir> <revision> <out dir> [--repo owner/name]
 *
 * `git archive` stops at the first blob the mirror lacks (it holds no copy of a few large binaries), so this
 * reads the tree with `git ls-tree` and each blob through one `git cat-file --batch`, writes what exists and
 * lists what does not in `<out dir>/.import-source.json` (the importer puts those in its loss report).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SOURCE_INFO_FILE, type SourceInfo, type TreeEntry } from './source-info.ts';

function git(gitDir: string, args: string[]): string {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** `git ls-tree -r -z` output → entries (mode, type, blob id, path). */
export function parseLsTree(output: string): TreeEntry[] {
  return output
    .split('\0')
    .filter(Boolean)
    .map((record) => {
      const tab = record.indexOf('\t');
      const [mode = '', type = '', object = ''] = record.slice(0, tab).split(' ');
      return { mode, type, object, path: record.slice(tab + 1) };
    });
}

/** Streams every object through `git cat-file --batch`; `onObject` gets the content, or `undefined` if missing. */
async function readBlobs(
  gitDir: string,
  objects: string[],
  onObject: (object: string, content: Buffer | undefined) => void,
): Promise<void> {
  const child = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let pending = Buffer.alloc(0);
  let index = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk]);
    for (;;) {
      const newline = pending.indexOf(10);
      if (newline < 0) return;
      const header = pending.subarray(0, newline).toString('utf8');
      const object = objects[index] ?? '';
      if (header.endsWith(' missing')) {
        onObject(object, undefined);
      } else {
        const size = Number(header.split(' ')[2]);
        if (pending.length < newline + 1 + size + 1) return;
        onObject(object, Buffer.from(pending.subarray(newline + 1, newline + 1 + size)));
        pending = pending.subarray(newline + 1 + size + 1);
        index++;
        continue;
      }
      pending = pending.subarray(newline + 1);
      index++;
    }
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git cat-file exited with ${code}`))));
  });
  child.stdin.end(objects.map((object) => `${object}\n`).join(''));
  await done;
}

/** Files that are pages or page fragments: their renames give pages their identity across releases. */
const DOC_PATTERNS = ['*.rst', '*.md', '*.ipynb', '*.txt'];

/** `git log --name-status --diff-filter=R` → `[old, new]` pairs, newest first. */
export function parseRenames(output: string): [string, string][] {
  return output
    .split('\n')
    .filter((line) => /^R\d*\t/.test(line))
    .map((line) => {
      const [, from = '', to = ''] = line.split('\t');
      return [from, to];
    });
}

export async function extractTree(gitDir: string, revision: string, outDir: string, repository: string) {
  const commit = git(gitDir, ['rev-parse', `${revision}^{commit}`]).trim();
  const date = git(gitDir, ['show', '-s', '--format=%cI', commit]).trim();
  const entries = parseLsTree(git(gitDir, ['ls-tree', '-r', '-z', '--full-tree', commit]));
  // Start from an empty folder, so a file deleted upstream does not linger from an earlier extraction.
  if (existsSync(outDir)) {
    for (const name of readdirSync(outDir)) rmSync(join(outDir, name), { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  const missing: SourceInfo['missing'] = [];
  const skipped: SourceInfo['skipped'] = [];
  const blobs = entries.filter((entry) => entry.type === 'blob');
  for (const entry of entries) if (entry.type !== 'blob') skipped.push({ path: entry.path, mode: entry.mode });
  const contents = new Map<string, Buffer | undefined>();
  await readBlobs(
    gitDir,
    [...new Set(blobs.map((entry) => entry.object))],
    (object, content) => void contents.set(object, content),
  );
  for (const entry of blobs) {
    const content = contents.get(entry.object);
    const file = join(outDir, entry.path);
    if (content === undefined) {
      missing.push({ path: entry.path, blob: entry.object });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    if (entry.mode === '120000') {
      symlinkSync(content.toString('utf8'), file);
    } else {
      writeFileSync(file, content);
      if (entry.mode === '100755') chmodSync(file, 0o755);
    }
  }
  const renames = parseRenames(
    git(gitDir, ['log', '-M', '--name-status', '--diff-filter=R', '--format=commit %H', commit, '--', ...DOC_PATTERNS]),
  );
  const info: SourceInfo = { repository, revision, commit, date, files: blobs.length, missing, skipped, renames };
  writeFileSync(join(outDir, SOURCE_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const repoAt = args.indexOf('--repo');
  const repository = repoAt >= 0 ? (args.splice(repoAt, 2)[1] ?? '') : 'aws-neuron/aws-neuron-sdk';
  const [gitDir, revision, outDir] = args;
  if (!gitDir || !revision || !outDir) {
    console.error('usage: npm run import:extract -- <git dir> <revision> <out dir> [--repo owner/name]');
    process.exit(2);
  }
  const info = await extractTree(gitDir, revision, outDir, repository);
  console.log(`${revision} (${info.commit.slice(0, 8)}, ${info.date}): ${info.files} files`);
  for (const entry of info.missing) console.log(`missing blob ${entry.blob}: ${entry.path}`);
}
