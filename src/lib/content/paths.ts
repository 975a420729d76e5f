import { join, relative, sep } from 'node:path';

/**
 * The one module that knows where content lives. Nothing else builds `content/` paths by hand, so moving a
 * folder is a change here only.
 */

/** The project root: the folder holding `content/` (the working directory of every npm script). */
export const PROJECT_ROOT = process.cwd();
/** Folder of all authored content. */
export const CONTENT_DIR = join(PROJECT_ROOT, 'content');
/** Folder of the pages of every version: `content/docs/<version>/<slug>.mdx`. */
export const DOCS_DIR = join(CONTENT_DIR, 'docs');
/** The versions data file. */
export const VERSIONS_FILE = join(CONTENT_DIR, 'versions.yaml');
/** Where the original site's addresses map to pages of this one (legacy redirects). */
export const LEGACY_URLS_FILE = join(CONTENT_DIR, 'data', 'legacy-urls.yaml');
/** Extensions of page files. */
export const PAGE_EXTENSIONS = ['.mdx', '.md'] as const;

/** Folder of one version's pages. */
export const docsDir = (version: string): string => join(DOCS_DIR, version);
/** Folder of one version's partials. */
export const partialsDir = (version: string): string => join(CONTENT_DIR, 'partials', version);
/** Folder of one version's data files (tables, external references). */
export const dataDir = (version: string): string => join(CONTENT_DIR, 'data', version);
/** A partial (`::include{src="name"}`) of a version. */
export const partialFile = (version: string, name: string): string =>
  join(CONTENT_DIR, 'partials', version, `${name}.md`);
/** A table data file (`::table{src="name"}`) of a version. */
export const tableFile = (version: string, name: string): string =>
  join(CONTENT_DIR, 'data', version, 'tables', `${name}.yaml`);
/** Folder of a version's table data files. */
export const tablesDir = (version: string): string => join(CONTENT_DIR, 'data', version, 'tables');
/** The external references (intersphinx-like) of a version. */
export const externalRefsFile = (version: string): string =>
  join(CONTENT_DIR, 'data', version, 'external-refs.yaml');
/** Labels the original site itself could not resolve at a version; they render as plain text. */
export const unresolvedRefsFile = (version: string): string =>
  join(CONTENT_DIR, 'data', version, 'unresolved-refs.yaml');

/** A path relative to the project root with `/` separators, for messages (`content/docs/latest/a.mdx`). */
export const displayPath = (file: string): string => relative(PROJECT_ROOT, file).split(sep).join('/');

/** Where a page file sits: its version and its slug (`index` for the version's home). */
export interface PageLocation {
  version: string;
  slug: string;
}

/**
 * The version and slug of a page file, or `undefined` when the file is not a page (a partial, a data file).
 * `content/docs/latest/about-neuron/sdk-policy.mdx` → `{ version: 'latest', slug: 'about-neuron/sdk-policy' }`.
 */
export function locatePage(file: string): PageLocation | undefined {
  const rel = relative(DOCS_DIR, file).split(sep).join('/');
  if (rel.startsWith('..')) return undefined;
  const match = /^([^/]+)\/(.+)\.mdx?$/.exec(rel);
  if (!match) return undefined;
  const [, version = '', slug = ''] = match;
  return { version, slug };
}

/** The version a content file (page, partial or data file) belongs to, from its folder. */
export function versionOfContentFile(file: string): string | undefined {
  const rel = relative(CONTENT_DIR, file).split(sep).join('/');
  const match = /^(?:docs|partials|data)\/([^/]+)\//.exec(rel);
  return match?.[1];
}

/** The URL path of a page: `/<version>/<slug>/`, with `index` being the version's home `/<version>/`. */
export function pageUrl(version: string, slug: string): string {
  const path = slug === 'index' ? '' : slug.replace(/\/index$/, '');
  return path ? `/${version}/${path}/` : `/${version}/`;
}
