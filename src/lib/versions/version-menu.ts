import type { Version } from '../content/versions-schema.ts';
import type { PageMap } from './page-map.ts';
import { STATUS_SHORT, versionTitle } from './version-labels.ts';

/** One link of the version menu. */
export interface VersionMenuLink {
  versionId: string;
  label: string;
  /** Short status: `End of Support`. */
  status: string;
  href: string;
  /** The version being read: the link gets `aria-current="page"`. */
  current: boolean;
  /** Whether the version has this page (otherwise `href` is its missing-page notice). */
  exists: boolean;
  /** Anchors the target page shares with this one (the menu script keeps `#hash` only for these). */
  sharedAnchors: string[];
}

/** The version menu of one page. */
export interface VersionMenu {
  /** The disclosure's text: `Version: 2.3.0 (End of Support)`. */
  summary: string;
  links: VersionMenuLink[];
}

/** What the menu needs to know of the page being read. */
export interface MenuPage {
  pageId: string;
  version: string;
}

/**
 * The version menu of a page: one link per version (newest first), each to the same logical page in that version
 * or, when that version lacks it, to the version's missing-page notice. `anchorsShared(version)` gives the anchors
 * this page shares with its counterpart in `version` (called only for versions that have the page).
 */
export function buildVersionMenu(
  page: MenuPage,
  versions: readonly Version[],
  map: PageMap,
  anchorsShared: (version: string) => string[],
): VersionMenu {
  return menuOf(page.version, versions, (version, current) => {
    const target = map.switchTarget(page.pageId, version);
    return {
      href: target.url,
      exists: target.kind === 'page',
      sharedAnchors: target.kind === 'page' && !current ? anchorsShared(version) : [],
    };
  });
}

/** The version menu of a page every version generates (its index of all pages): each link to that version's. */
export function buildGeneratedPageMenu(
  reading: string,
  versions: readonly Version[],
  urlOf: (version: string) => string,
): VersionMenu {
  return menuOf(reading, versions, (version) => ({ href: urlOf(version), exists: true, sharedAnchors: [] }));
}

function menuOf(
  reading: string,
  versions: readonly Version[],
  target: (version: string, current: boolean) => Pick<VersionMenuLink, 'href' | 'exists' | 'sharedAnchors'>,
): VersionMenu {
  const read = versions.find((version) => version.id === reading);
  if (!read) throw new Error(`"${reading}" is not a version listed in content/versions.yaml`);
  const links = versions.map((version): VersionMenuLink => {
    const current = version.id === reading;
    return {
      versionId: version.id,
      label: version.label,
      status: STATUS_SHORT[version.status],
      current,
      ...target(version.id, current),
    };
  });
  return { summary: `Version: ${versionTitle(read)}`, links };
}
