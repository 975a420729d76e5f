import type { Version, VersionStatus } from '../content/versions-schema.ts';

/**
 * Short status names for the version menu and the old-version banner. The schema's names carry abbreviations
 * ("End of Support (EOS)") that read badly inside a parenthesis: "2.3.0 (End of Support)".
 */
export const STATUS_SHORT: Readonly<Record<VersionStatus, string>> = {
  'developer-preview': 'Developer Preview',
  'release-candidate': 'Release Candidate',
  current: 'Current',
  maintenance: 'Maintenance',
  'end-of-support': 'End of Support',
};

/** A version as people read it: `2.3.0 (End of Support)`, `Latest (Current)`. */
export function versionTitle(version: Pick<Version, 'label' | 'status'>): string {
  return `${version.label} (${STATUS_SHORT[version.status]})`;
}
