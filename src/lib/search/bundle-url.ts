/** Folder of a version's search bundle, under the version's own URL prefix: `/<version>/_search/`. */
export const SEARCH_DIR = '_search';

/** The URL of a version's search bundle, which the search box loads when it first opens. */
export const searchBundleUrl = (version: string): string => `/${version}/${SEARCH_DIR}/`;

/** A version the "all versions" search reads: its id (the URL prefix) and the label its results show. */
export interface SearchedVersion {
  id: string;
  label: string;
}

/**
 * The versions as the search box's `data-versions` attribute carries them: `id=label` pairs separated by `|`
 * (ids are URL segments; labels are short names, never with `|`).
 */
export const encodeVersions = (versions: readonly SearchedVersion[]): string =>
  versions.map(({ id, label }) => `${id}=${label}`).join('|');

/** The versions of a `data-versions` attribute (see `encodeVersions`). */
export const decodeVersions = (attribute: string): SearchedVersion[] =>
  attribute
    .split('|')
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf('=');
      return { id: pair.slice(0, at), label: pair.slice(at + 1) };
    });

/** The version a result's URL belongs to (its first path segment). */
export const versionOfUrl = (url: string): string => url.replace(/^\//, '').split('/')[0] ?? '';
