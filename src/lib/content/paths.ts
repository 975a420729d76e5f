import { join, relative, sep } from 'node:path';

/**
 * The one module that knows where content lives. Nothing else builds `content/` paths by hand, so moving a
 * folder is a change here only. Paths hang off a project root that the caller passes in (the integration gets
 * it from Astro's config): nothing here depends on the working directory.
 */
export interface ContentPaths {
  /** The project root: the folder holding `content/`. */
  readonly root: string;
  /** Folder of all authored content. */
  readonly contentDir: string;
  /** Folder of the pages of every version: `content/docs/<version>/<slug>.mdx`. */
  readonly docsDir: string;
  /** The versions data file. */
  readonly versionsFile: string;
  /** Where the original site's addresses map to pages of this one (legacy redirects). */
  readonly legacyUrlsFile: string;
  /** Folder of one version's pages. */
  docsDirOf(version: string): string;
  /** Folder of one version's partials. */
  partialsDir(version: string): string;
  /** A partial (`::include{src="name"}`) of a version. */
  partialFile(version: string, name: string): string;
  /** Folder of one version's data files (tables, external references). */
  dataDir(version: string): string;
  /** Folder of a version's table data files. */
  tablesDir(version: string): string;
  /** A table data file (`::table{src="name"}`) of a version. */
  tableFile(version: string, name: string): string;
  /** The external references (intersphinx-like) of a version. */
  externalRefsFile(version: string): string;
  /** The navigation tree of a version (`nav.yaml`). */
  navFile(version: string): string;
  /** Labels the original site itself could not resolve at a version; they render as plain text. */
  unresolvedRefsFile(version: string): string;
  /** The external API projects (intersphinx inventories, as URL patterns) that `:api` resolves against. */
  externalApisFile(version: string): string;
  /** Folder of a version's HTML fragments (`::html{src="name"}`). */
  htmlDir(version: string): string;
  /** An HTML fragment of a version (RST `raw:: html`), inserted sanitised by `::html{src="name"}`. */
  htmlFile(version: string, name: string): string;
  /** Folder of the files published as they are (images, downloads): `/images/a.png` is `public/images/a.png`. */
  readonly publicDir: string;
  /** The file a site path (`/images/a.png`) is published from, or `undefined` for a path that leaves `public/`. */
  publicFile(sitePath: string): string | undefined;
  /** A path relative to the root with `/` separators, for messages (`content/docs/latest/a.mdx`). */
  displayPath(file: string): string;
  /** The version and slug of a page file, or `undefined` when the file is not a page (a partial, a data file). */
  locatePage(file: string): PageLocation | undefined;
  /** The version a content file (page, partial or data file) belongs to, from its folder. */
  versionOfContentFile(file: string): string | undefined;
}

/** Extensions of page files. */
export const PAGE_EXTENSIONS = ['.mdx', '.md'] as const;

/** Where a page file sits: its version and its slug (`index` for the version's home). */
export interface PageLocation {
  version: string;
  slug: string;
}

const posix = (path: string) => path.split(sep).join('/');

/** The content paths of the project at `root`. */
export function contentPaths(root: string): ContentPaths {
  const contentDir = join(root, 'content');
  const docsDir = join(contentDir, 'docs');
  const dataDir = (version: string) => join(contentDir, 'data', version);
  const tablesDir = (version: string) => join(dataDir(version), 'tables');
  const publicDir = join(root, 'public');
  return {
    root,
    contentDir,
    docsDir,
    versionsFile: join(contentDir, 'versions.yaml'),
    legacyUrlsFile: join(contentDir, 'data', 'legacy-urls.yaml'),
    docsDirOf: (version) => join(docsDir, version),
    partialsDir: (version) => join(contentDir, 'partials', version),
    partialFile: (version, name) => join(contentDir, 'partials', version, `${name}.md`),
    dataDir,
    tablesDir,
    tableFile: (version, name) => join(tablesDir(version), `${name}.yaml`),
    externalRefsFile: (version) => join(dataDir(version), 'external-refs.yaml'),
    navFile: (version) => join(dataDir(version), 'nav.yaml'),
    unresolvedRefsFile: (version) => join(dataDir(version), 'unresolved-refs.yaml'),
    externalApisFile: (version) => join(dataDir(version), 'external-apis.yaml'),
    htmlDir: (version) => join(dataDir(version), 'html'),
    htmlFile: (version, name) => join(dataDir(version), 'html', `${name}.html`),
    publicDir,
    publicFile(sitePath) {
      const file = join(publicDir, ...sitePath.split('/').filter(Boolean));
      const rel = relative(publicDir, file);
      return sitePath.startsWith('/') && rel !== '' && !rel.startsWith('..') ? file : undefined;
    },
    displayPath: (file) => posix(relative(root, file)),
    locatePage(file) {
      // `content/docs/latest/about-neuron/sdk-policy.mdx` → `{ version: 'latest', slug: 'about-neuron/sdk-policy' }`
      const rel = posix(relative(docsDir, file));
      const match = /^([^/.][^/]*)\/(.+)\.mdx?$/.exec(rel);
      if (!match) return undefined;
      const [, version = '', slug = ''] = match;
      return { version, slug };
    },
    versionOfContentFile(file) {
      const match = /^(?:docs|partials|data)\/([^/]+)\//.exec(posix(relative(contentDir, file)));
      return match?.[1];
    },
  };
}

/**
 * The URL path of a page: `/<version>/<slug>/`. An `index` page is its folder's URL: `index` is the version's
 * home `/<version>/`, and `announcements/index` is `/<version>/announcements/` (Sphinx's `index.rst` of a
 * section), which is where links to the section lead.
 */
export function pageUrl(version: string, slug: string): string {
  const path = routeSlug(slug);
  return path ? `/${version}/${path}/` : `/${version}/`;
}

/** The slug as it appears in the URL: `a/index` → `a`, `index` → `''`. */
export function routeSlug(slug: string): string {
  return slug === 'index' ? '' : slug.replace(/\/index$/, '');
}
