/**
 * `npm run import -- <sources dir> --version <id> [--check]`: converts one release (a folder made by
 * `npm run import:extract`) into the site's content. Without `--check` it writes what changed and removes what
 * it no longer makes; with `--check` it writes nothing and fails when the committed content differs from a
 * fresh import. A construct it cannot convert stops it with `file:line`, the construct and the fix.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentPaths } from '../../src/lib/content/paths.ts';
import { importVersion } from './import-version.ts';
import { versionOutputs, type Outputs } from './outputs.ts';
import { loadPatches } from './patches.ts';
import { ImportError } from './problems.ts';

const ROOT = join(import.meta.dirname, '..', '..');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files of this version the importer made earlier (hand-made pages have no `source:` and are kept, with their tables). */
function ownedFiles(version: string): string[] {
  const paths = contentPaths(ROOT);
  const pages = listFiles(paths.docsDirOf(version)).filter((file) => {
    const head = readFileSync(file, 'utf8').slice(0, 4000);
    return /^source:\s*\{?\s*repo: /m.test(head.split(/\n---\n/)[0] ?? '');
  });
  return [
    ...pages,
    ...listFiles(paths.partialsDir(version)),
    // a hand-made page's tables are kept: the importer's begin with its comment
    ...listFiles(paths.tablesDir(version)).filter((file) => readFileSync(file, 'utf8').startsWith('# Imported from ')),
    ...listFiles(join(paths.dataDir(version), 'html')),
  ].map((file) => relative(ROOT, file));
}

/** Published assets no version's report lists any more. */
function staleAssets(outputs: Outputs): string[] {
  const used = new Set<string>();
  const reports = join(ROOT, 'content', 'import-report');
  for (const file of listFiles(reports).filter((name) => name.endsWith('.json'))) {
    const path = relative(ROOT, file);
    const text = outputs.get(path)?.toString() ?? readFileSync(file, 'utf8');
    for (const asset of (JSON.parse(text) as { assetFiles?: string[] }).assetFiles ?? []) used.add(`public/${asset}`);
  }
  for (const path of outputs.keys()) if (path.startsWith('public/')) used.add(path);
  return ['images', 'downloads']
    .flatMap((dir) => listFiles(join(ROOT, 'public', dir)))
    .map((file) => relative(ROOT, file))
    .filter((path) => !used.has(path));
}

async function main(args: string[]): Promise<number> {
  const check = args.includes('--check');
  const versionAt = args.indexOf('--version');
  const version = versionAt >= 0 ? args[versionAt + 1] : undefined;
  const sourcesDir = args.find((arg, index) => !arg.startsWith('--') && index !== versionAt + 1);
  if (!sourcesDir || !version) {
    console.error('usage: npm run import -- <sources dir> --version <id> [--check]');
    return 2;
  }
  const log = (message: string) => console.error(message);
  const patches = loadPatches();
  const result = await importVersion({ sourcesDir, version, patches, log });
  const { files, report } = versionOutputs(ROOT, result, patches);
  const stale = [...ownedFiles(version).filter((path) => !files.has(path)), ...staleAssets(files)];
  let differences = 0;
  for (const [path, content] of files) {
    const file = join(ROOT, path);
    const current = existsSync(file) ? readFileSync(file) : undefined;
    const wanted = typeof content === 'string' ? Buffer.from(content) : content;
    if (current?.equals(wanted)) continue;
    differences++;
    if (check) console.error(`${path}: ${current ? 'differs from a fresh import' : 'missing'}`);
    else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, wanted);
    }
  }
  for (const path of stale) {
    differences++;
    if (check) console.error(`${path}: no longer made by the import`);
    else rmSync(join(ROOT, path));
  }
  console.error(
    `${version}: ${report.pages.imported}/${report.pages.inSources} pages, ${report.loss.length} loss entries, ` +
      `${report.sourceDefects.length} source defects, ` +
      `${report.unresolved} unresolved references, ${files.size} files, ${differences} ${check ? 'out of date' : 'changed'}`,
  );
  if (check && differences > 0) {
    console.error(`Run \`npm run import -- ${sourcesDir} --version ${version}\` and commit the result.`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
