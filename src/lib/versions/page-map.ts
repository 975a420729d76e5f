import { pageUrl } from '../content/paths.ts';

/** What the page map needs to know of a page: where it is and which logical page it is. */
export interface MappedPage {
  version: string;
  slug: string;
  /** Identity across versions (frontmatter `pageId`). */
  pageId: string;
  title: string;
}

/** Where a version link of a page leads: the same page in that version, or the notice that it is missing. */
export type SwitchTarget = { kind: 'page'; url: string; page: MappedPage } | { kind: 'missing'; url: string };

/** URL of a version's index of all its pages, A to Z by section (what the tree leaves out included). */
export const allPagesUrl = (version: string): string => `/${version}/all-pages/`;

/**
 * The first segments of a version's URLs that the site's generated pages use: a page file there would collide with
 * them (the search bundle's folder is `_search`, which a slug cannot start with).
 */
export const GENERATED_SEGMENTS: readonly string[] = ['missing', 'changes', 'all-pages'];

/** URL of the notice page saying that `pageId` does not exist in `version` (never a 404). */
export const missingPageUrl = (version: string, pageId: string): string => `/${version}/missing/${pageId}/`;

/** URL of the "what changed" page of an old version's page against the current version. */
export function changesPageUrl(version: string, slug: string): string {
  const path = pageUrl(version, slug).slice(`/${version}/`.length);
  return `/${version}/changes/${path}`;
}

/** Answers "where is this logical page in that version?" for every page of every version. */
export interface PageMap {
  /** The page with `pageId` in `version`, if that version has it. */
  find(pageId: string, version: string): MappedPage | undefined;
  /** The URL of the page with `pageId` in `version`, or `undefined` when that version does not have it. */
  urlOf(pageId: string, version: string): string | undefined;
  /** Where a link to `version` from a page with `pageId` leads: the page, else the missing-page notice. */
  switchTarget(pageId: string, version: string): SwitchTarget;
  /** Every page with `pageId`, in the order the pages were given. */
  versionsOf(pageId: string): MappedPage[];
  /** Every page id of any version, each once. */
  pageIds(): string[];
  /** The pages of one version. */
  pagesOf(version: string): MappedPage[];
}

/**
 * Builds the page map. Pure: it is given the pages (from the content collection at build time, from fixtures in
 * tests) and never reads files. A page id twice in one version is a content error reported by
 * `checkPageIds`; here the first one wins so a dev-server build keeps going.
 */
export function createPageMap(pages: readonly MappedPage[]): PageMap {
  const byId = new Map<string, Map<string, MappedPage>>();
  for (const page of pages) {
    const versions = byId.get(page.pageId) ?? new Map<string, MappedPage>();
    if (!versions.has(page.version)) versions.set(page.version, page);
    byId.set(page.pageId, versions);
  }
  const find = (pageId: string, version: string) => byId.get(pageId)?.get(version);
  const urlOf = (pageId: string, version: string) => {
    const page = find(pageId, version);
    return page && pageUrl(page.version, page.slug);
  };
  return {
    find,
    urlOf,
    switchTarget(pageId, version) {
      const page = find(pageId, version);
      return page
        ? { kind: 'page', url: pageUrl(page.version, page.slug), page }
        : { kind: 'missing', url: missingPageUrl(version, pageId) };
    },
    versionsOf: (pageId) => [...(byId.get(pageId)?.values() ?? [])],
    pageIds: () => [...byId.keys()],
    pagesOf: (version) => pages.filter((page) => page.version === version),
  };
}

/** A notice page to generate: `pageId` exists in some version but not in `version`. */
export interface MissingPage {
  version: string;
  pageId: string;
  /** The title of the page in the newest version that has it (versions are given newest first). */
  title: string;
}

/**
 * Every (version, page id) pair that needs a missing-page notice, so every link of every version menu leads to
 * a real page. `versions` are ids, newest first.
 */
export function missingPages(map: PageMap, versions: readonly string[]): MissingPage[] {
  const missing: MissingPage[] = [];
  for (const pageId of map.pageIds()) {
    const newest = versions.map((version) => map.find(pageId, version)).find((page) => page !== undefined);
    if (!newest) continue;
    for (const version of versions)
      if (!map.find(pageId, version)) missing.push({ version, pageId, title: newest.title });
  }
  return missing;
}
