import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { renderDir, throwProblems } from 'virtual:neuron-docs/context';
import { pageUrl, routeSlug } from '../content/paths.ts';
import type { Version } from '../content/versions-schema.ts';
import { ContentError } from '../diagnostics/problem.ts';
import { collectBacklinks, type BacklinkGroup } from '../refs/backlinks.ts';
import { docSlug } from '../refs/registry.ts';
import { prepareNavigation, sectionListing, type NavNode, type VersionNavigation } from '../navigation/nav-tree.ts';
import { diffKey, readDiff, readRenderedHtml, readRenderedMeta, type RenderedMeta } from '../render/render-store.ts';
import type { PageDiff } from '../versions/page-diff.ts';
import { toSphinxId } from '../refs/sphinx-id.ts';
import { sharedAnchors } from '../versions/page-anchors.ts';
import { changesPageUrl, createPageMap, type PageMap } from '../versions/page-map.ts';
import { buildVersionMenu, type VersionMenu } from '../versions/version-menu.ts';
import { perBuild } from './per-build.ts';

/*
 * The routes' view of the site: the content collections (which the neuron-docs integration fills) and the
 * rendered pages. Only this module touches `astro:content`; the rules themselves are pure modules, unit-tested.
 * What every page of a version shares (sidebar, page map) is computed once per build.
 */

/** A page of the site: its collection entry with its version, slug and URL worked out once. */
export interface DocPage {
  entry: CollectionEntry<'docs'>;
  version: string;
  slug: string;
  url: string;
}

/** The route parameters of a page (`announcements/index` is served at `announcements/`). */
export const routeParams = (page: DocPage): { version: string; slug: string | undefined } => ({
  version: page.version,
  slug: routeSlug(page.slug) || undefined,
});

/** Every page of every version (entry ids are `<version>/<slug>`). */
export const getDocPages: () => Promise<DocPage[]> = perBuild(() =>
  getCollection('docs').then((entries) =>
    entries.map((entry) => {
      const [version = '', ...rest] = entry.id.split('/');
      const slug = rest.join('/');
      return { entry, version, slug, url: pageUrl(version, slug) };
    }),
  ),
);

/** The versions, newest first. */
export const getVersions: () => Promise<Version[]> = perBuild(() =>
  getCollection('versions').then((entries) =>
    entries.toSorted((a, b) => a.data.order - b.data.order).map(({ data: { order: _order, ...version } }) => version),
  ),
);

/** One route per version (`/<version>/feed.xml`, `/<version>/llms.txt`), the version as its props. */
export const perVersionPaths = async (): Promise<{ params: { version: string }; props: { version: Version } }[]> =>
  (await getVersions()).map((version) => ({ params: { version: version.id }, props: { version } }));

/** The version being read, and the current one. */
export async function versionsOf(id: string): Promise<{ version: Version; current: Version; all: Version[] }> {
  const all = await getVersions();
  const version = all.find((v) => v.id === id);
  const current = all.find((v) => v.status === 'current');
  if (!version || !current) throw new Error(`content/docs/${id}/ is not a version listed in content/versions.yaml`);
  return { version, current, all };
}

/** The page map of every page of every version. */
export const getPageMap: () => Promise<PageMap> = perBuild(() =>
  getDocPages().then((pages) =>
    createPageMap(
      pages.map((page) => ({
        version: page.version,
        slug: page.slug,
        pageId: page.entry.data.pageId,
        title: page.entry.data.title,
      })),
    ),
  ),
);

const byLocation = perBuild(() =>
  getDocPages().then((pages) => new Map(pages.map((page) => [`${page.version}/${page.slug}`, page]))),
);

/** The page at `slug` of `version`. */
export async function docPage(version: string, slug: string): Promise<DocPage | undefined> {
  return (await byLocation()).get(`${version}/${slug}`);
}

/** The rendered HTML of a page's body. */
export function pageHtml(page: DocPage): string {
  return readRenderedHtml(renderDir, renderKey(page));
}

const metas = new Map<string, RenderedMeta>();

/**
 * The headings, anchors and problems of a rendered page (kept for the build: the version menus of all its
 * counterparts read its anchors).
 */
export function pageMeta(page: DocPage): RenderedMeta {
  const key = renderKey(page);
  let meta = metas.get(key);
  if (!meta) {
    meta = readRenderedMeta(renderDir, key);
    if (throwProblems && meta.problems.length > 0) throw new ContentError(meta.problems);
    metas.set(key, meta);
  }
  return meta;
}

function renderKey(page: DocPage): string {
  // The docs loader sets each entry's digest to its render key (see src/integrations/docs-loaders.ts).
  const { digest } = page.entry;
  if (typeof digest !== 'string') throw new Error(`${page.entry.id} has no render (its entry has no digest)`);
  return digest;
}

/** The "what changed" diff from `older` to `newer` (its counterpart in the current version), made by the build. */
export function pagesDiff(older: DocPage, newer: DocPage): PageDiff {
  return readDiff(renderDir, diffKey(renderKey(older), renderKey(newer)));
}

/** Every anchor of a page: its rendered headings and labels, and the labels on its title. */
function anchorsOf(page: DocPage): Set<string> {
  return new Set([...pageMeta(page).anchors, ...page.entry.data.labels.map(toSphinxId)]);
}

/**
 * The version menu of a page. Each link to another version that has the page carries the anchors both pages
 * share, so the menu script keeps the reader's `#section` only when it exists on the target (see
 * `src/scripts/version-menu.ts`). Generated pages about a page (its "what changed") pass `keepAnchors = false`:
 * they do not have the page's sections.
 */
export async function versionMenuOf(pageId: string, version: string, keepAnchors = true): Promise<VersionMenu> {
  const map = await getPageMap();
  const here = map.find(pageId, version);
  const own = keepAnchors && here ? await docPage(here.version, here.slug) : undefined;
  const shared = new Map<string, string[]>();
  if (own) {
    const mine = anchorsOf(own);
    for (const other of map.versionsOf(pageId)) {
      if (other.version === version) continue;
      const page = await docPage(other.version, other.slug);
      if (page) shared.set(other.version, sharedAnchors(mine, anchorsOf(page)));
    }
  }
  return buildVersionMenu({ pageId, version }, await getVersions(), map, (id) => shared.get(id) ?? []);
}

/** A version's navigation tree (from its toctrees; `nav.yaml`). */
export const versionTree = async (version: string): Promise<NavNode[]> =>
  (await getEntry('navigation', version))?.data.tree ?? [];

/**
 * `compute` for each version once per build; in the dev server again on each request, so edits show.
 */
function perVersion<T>(compute: (version: string) => Promise<T>): (version: string) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (version) => {
    let value = import.meta.env.DEV ? undefined : made.get(version);
    if (!value) {
      value = compute(version);
      made.set(version, value);
    }
    return value;
  };
}

/** The navigation of a version, prepared once per build (again on each request in the dev server). */
export const versionNavigation: (version: string) => Promise<VersionNavigation> = perVersion(async (version) =>
  prepareNavigation(await versionTree(version)),
);

/** Everything the layout of a doc page needs, computed in one place. */
export interface DocRouteData {
  page: DocPage;
  version: Version;
  current: Version;
  /** The sidebar's HTML, around this page. */
  sidebar: string;
  prev: NavNode | undefined;
  next: NavNode | undefined;
  /** The pages above this one in the version's tree. */
  ancestors: NavNode[];
  /** "In this section": the pages below this one that its text does not link to (`sectionListing`). */
  section: NavNode[];
  menu: VersionMenu;
  /** This page in the current version, when it has it. */
  currentUrl: string | undefined;
  /** The "what changed" page, on an old version's page that the current version still has. */
  changesUrl: string | undefined;
  html: string;
  meta: RenderedMeta;
}

/** The route data of a doc page. */
export async function docRouteData(page: DocPage): Promise<DocRouteData> {
  const { version, current } = await versionsOf(page.version);
  const navigation = await versionNavigation(page.version);
  const { prev, next } = navigation.neighbours(page.url);
  const currentUrl = (await getPageMap()).urlOf(page.entry.data.pageId, current.id);
  const isOld = version.id !== current.id;
  const html = pageHtml(page);
  return {
    page,
    version,
    current,
    sidebar: navigation.sidebar(page.url),
    prev,
    next,
    ancestors: navigation.ancestors(page.url),
    section: sectionListing(navigation.children(page.url), html),
    menu: await versionMenuOf(page.entry.data.pageId, page.version),
    currentUrl,
    changesUrl: isOld && currentUrl ? changesPageUrl(page.version, page.slug) : undefined,
    html,
    meta: pageMeta(page),
  };
}

/** Each version's backlinks by page URL (see `collectBacklinks`), from what each page's render recorded. */
const versionBacklinks = perVersion(async (version) => {
  const pages = (await getDocPages()).filter((other) => other.version === version);
  const targets = (await getEntry('labels', version))?.data.targets ?? {};
  const bySlug = new Map(pages.map((other) => [other.slug, other.url]));
  return collectBacklinks(
    pages.map((other) => ({ url: other.url, title: other.entry.data.title, ...pageMeta(other).references })),
    (name) => {
      const target = targets[name];
      return target?.kind !== 'unresolved' && target?.url && target.title !== undefined
        ? { url: target.url, title: target.title }
        : undefined;
    },
    (slug) => bySlug.get(docSlug(slug)),
  );
});

/** The pages of its version that link to `page`, by the place they link to: made once per version and build. */
export async function backlinksOf(page: DocPage): Promise<BacklinkGroup[]> {
  return (await versionBacklinks(page.version)).get(page.url) ?? [];
}

/** A dated page of a version: an announcement (ABlog's posts in the sources). */
export interface Post {
  title: string;
  url: string;
  date: Date;
  description: string;
  tags: readonly string[];
}

/** The announcements of a version, newest first (then by title); moved pages left out. */
export async function versionPosts(version: string): Promise<Post[]> {
  return (await getDocPages())
    .flatMap(({ version: of, url, entry: { data } }) =>
      of === version && data.date && !data.redirect
        ? [{ title: data.title, url, date: data.date, description: data.description, tags: data.tags ?? [] }]
        : [],
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
}

/** The legacy redirects (resolved and checked by the integration). */
export const getLegacyRedirects = perBuild(async () => (await getEntry('redirects', 'all'))?.data.items ?? []);

/** The label `label` of `version`, for `<Ref>`. */
export async function labelTarget(version: string, label: string) {
  return (await getEntry('labels', version))?.data.targets[label];
}
