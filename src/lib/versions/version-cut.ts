import { isSeq, parseDocument, YAMLMap } from 'yaml';

/*
 * The pure parts of `npm run version:cut -- <id>` (scripts/version-cut.ts): checking the new id, the new entry of
 * content/versions.yaml, and the links to rewrite in the copied pages. The script does the copying.
 */

const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)$/;

/** `v2.40.0` → `2.40.0`: what the version menu shows. */
export const labelFromId = (id: string): string => id.replace(/^v/, '');

function parts(id: string): [number, number, number] | undefined {
  const match = RELEASE_TAG.exec(id);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

/**
 * Why `id` cannot be cut, or `undefined` when it can. `existing` are the ids in content/versions.yaml. A new
 * version goes right after the current one, so it must be newer than every release already listed (the list is
 * newest first).
 */
export function checkNewVersionId(id: string | undefined, existing: readonly string[]): string | undefined {
  if (!id) return 'usage: npm run version:cut -- <id>   (a release tag like v2.40.0)';
  const version = parts(id);
  if (!version) return `"${id}" is not a release tag: write it like "v2.40.0" ("latest" is the current version's id)`;
  if (existing.includes(id)) return `version "${id}" already exists in content/versions.yaml: pick another release tag`;
  const newer = existing.filter((other) => {
    const o = parts(other);
    if (!o) return false;
    for (let i = 0; i < 3; i += 1) if ((o[i] ?? 0) !== (version[i] ?? 0)) return (o[i] ?? 0) > (version[i] ?? 0);
    return false;
  });
  if (newer.length > 0)
    return `"${id}" is older than ${newer.map((n) => `"${n}"`).join(', ')}: a cut version goes right after the current one, so it must be the newest release`;
  return undefined;
}

/** The entry of a newly cut version. */
export interface CutVersion {
  id: string;
  label: string;
  released: string;
  status: 'maintenance';
}

/** The entry for `id`, released on `today` (YYYY-MM-DD). */
export const cutVersionEntry = (id: string, today: string): CutVersion => ({
  id,
  label: labelFromId(id),
  released: today,
  status: 'maintenance',
});

/**
 * content/versions.yaml with `entry` inserted right after the current version, keeping comments and layout of
 * everything else. Throws when the file has no `versions` list or no current version.
 */
export function insertVersion(yamlText: string, entry: CutVersion): string {
  const doc = parseDocument(yamlText);
  const versions = doc.get('versions', true);
  if (!isSeq(versions)) throw new Error('content/versions.yaml has no `versions` list');
  const index = versions.items.findIndex((item) => item instanceof YAMLMap && item.get('status') === 'current');
  if (index < 0) throw new Error('content/versions.yaml has no version with status "current"');
  versions.items.splice(index + 1, 0, doc.createNode({ ...entry }));
  return doc.toString();
}

/**
 * A copied page or partial with its absolute links into the current version (`](/latest/…`, `href="/latest/…"`)
 * pointed at the new version instead, so the cut version's pages link to each other rather than to whatever the
 * current version becomes. References (`:ref`) need nothing: they resolve in the page's own version.
 */
export function retargetLinks(text: string, from: string, to: string): string {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(\\]\\(|href=["'])/${escaped}/`, 'g'), `$1/${to}/`);
}
