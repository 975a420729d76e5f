import { ContentError } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { VERSIONS_FILE } from './paths.ts';
import { versionsSchema, type Version } from './versions-schema.ts';

let cached: Version[] | undefined;

/** The documentation versions from `content/versions.yaml`, newest first; throws every problem at once. */
export function loadVersions(): Version[] {
  if (cached) return cached;
  const result = loadYamlData(VERSIONS_FILE, versionsSchema);
  if (!result.ok) throw new ContentError(result.problems);
  cached = result.data.versions;
  return cached;
}

/** The current version (there is exactly one: the schema checks it). */
export function currentVersion(versions: readonly Version[] = loadVersions()): Version {
  const current = versions.find((version) => version.status === 'current');
  if (!current) throw new Error('content/versions.yaml has no current version');
  return current;
}

/** Forgets the versions (after an edit in `astro dev`). */
export function clearVersions(): void {
  cached = undefined;
}
