/** Folder of a version's search bundle, under the version's own URL prefix: `/<version>/_search/`. */
export const SEARCH_DIR = '_search';

/** The URL of a version's search bundle, which the search box loads when it first opens. */
export const searchBundleUrl = (version: string): string => `/${version}/${SEARCH_DIR}/`;
