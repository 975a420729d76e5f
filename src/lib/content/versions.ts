import { ContentError } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import type { ContentPaths } from './paths.ts';
import { versionsSchema, type Version } from './versions-schema.ts';

/** The documentation versions from `content/versions.yaml`, newest first; throws every problem at once. */
export function loadVersions(paths: ContentPaths): Version[] {
  const result = loadYamlData(paths.versionsFile, versionsSchema, paths.displayPath(paths.versionsFile));
  if (!result.ok) throw new ContentError(result.problems);
  return result.data.versions;
}

/** The current version (there is exactly one: the schema checks it). */
export function currentVersion(versions: readonly Version[]): Version {
  const current = versions.find((version) => version.status === 'current');
  if (!current) throw new Error('content/versions.yaml has no current version');
  return current;
}
