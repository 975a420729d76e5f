/**
 * Cuts a documentation version from the current one:
 *
 *   npm run version:cut -- v2.40.0
 *
 * copies content/docs/latest, content/partials/latest and content/data/latest to `<id>`, points the copies'
 * absolute `/latest/` links at `/<id>/`, and lists the version in content/versions.yaml right after the current one
 * (status maintenance, released today). Refuses a malformed id, an existing one, or one older than a listed release.
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../src/lib/content/paths.ts';
import { currentVersion, loadVersions } from '../src/lib/content/versions.ts';
import { checkNewVersionId, cutVersionEntry, insertVersion, retargetLinks } from '../src/lib/versions/version-cut.ts';

function fail(message: string): never {
  console.error(`version:cut: ${message}`);
  process.exit(1);
}

const paths = contentPaths(join(import.meta.dirname, '..'));
const { displayPath, versionsFile } = paths;
const id = process.argv[2];
const versions = loadVersions(paths);
const problem = checkNewVersionId(
  id,
  versions.map((version) => version.id),
);
if (problem || !id) fail(problem ?? 'no id');
const from = currentVersion(versions).id;
const docsDir = paths.docsDirOf;
const folders = [docsDir, paths.partialsDir, paths.dataDir];
for (const folder of folders)
  if (existsSync(folder(id))) fail(`${displayPath(folder(id))} already exists: remove it or pick another id`);
if (!existsSync(docsDir(from))) fail(`${displayPath(docsDir(from))} does not exist: nothing to copy`);

for (const folder of folders) {
  if (!existsSync(folder(from))) continue;
  cpSync(folder(from), folder(id), { recursive: true });
  for (const name of readdirSync(folder(id), { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = join(folder(id), name);
    const text = readFileSync(file, 'utf8');
    const retargeted = retargetLinks(text, from, id);
    if (retargeted !== text) writeFileSync(file, retargeted);
  }
  console.log(`copied ${displayPath(folder(from))} → ${displayPath(folder(id))}`);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(versionsFile, insertVersion(readFileSync(versionsFile, 'utf8'), cutVersionEntry(id, today)));
console.log(`added ${id} (maintenance, released ${today}) to ${displayPath(versionsFile)} after ${from}`);
