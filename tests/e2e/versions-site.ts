/**
 * What the versions specs need to know of the site, read from its content (not from the built pages, which are
 * what is tested): the versions, every page with its URL, and where each version link should lead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { listPageFiles } from '../../src/integrations/engine/content-snapshot.ts';
import { contentPaths, pageUrl } from '../../src/lib/content/paths.ts';
import { legacyUrlsSchema } from '../../src/lib/versions/legacy-urls-schema.ts';
import { createPageMap, missingPages, type MappedPage, type SwitchTarget } from '../../src/lib/versions/page-map.ts';

/** The project root; the built site is in its `dist/`. */
export const ROOT = join(import.meta.dirname, '..', '..');
const paths = contentPaths(ROOT);

export interface SiteVersion {
  id: string;
  label: string;
  status: string;
}

export const versions = (
  parse(readFileSync(join(ROOT, 'content', 'versions.yaml'), 'utf8')) as { versions: SiteVersion[] }
).versions;
export const current = versions[0]!;
export const oldVersions = versions.slice(1);

export const pages: (MappedPage & { url: string; redirect?: string })[] = versions.flatMap(({ id }) =>
  listPageFiles(paths, id).map((file) => {
    const front = parse(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as {
      pageId: string;
      title: string;
      redirect?: string;
    };
    const slug = paths.locatePage(file)?.slug ?? '';
    return {
      version: id,
      slug,
      pageId: front.pageId,
      title: front.title,
      url: pageUrl(id, slug),
      ...(front.redirect === undefined ? {} : { redirect: front.redirect }),
    };
  }),
);
export const map = createPageMap(pages);
/** Where a page that moved sends the reader (`redirect:` in its front matter, the original's meta refresh). */
const redirectOf = (page: MappedPage): string | undefined =>
  pages.find((p) => p.version === page.version && p.slug === page.slug)?.redirect;

/** Where the browser lands after following a version link: the target, or where a target that moved sends it on. */
export function landingOf(target: SwitchTarget): { url: string; moved: boolean } {
  const moved = target.kind === 'page' ? redirectOf(target.page) : undefined;
  return moved === undefined ? { url: target.url, moved: false } : { url: moved, moved: true };
}
/** The missing-page notices, with their URLs. */
export const notices = missingPages(
  map,
  versions.map((v) => v.id),
).map((missing) => ({ ...missing, url: `/${missing.version}/missing/${missing.pageId}/` }));

/** Every page a version menu is on: the pages and the notices. */
export const menuPages = [
  ...pages.map((p) => ({ version: p.version, pageId: p.pageId, url: p.url })),
  ...notices.map((n) => ({ version: n.version, pageId: n.pageId, url: n.url })),
];

/** The legacy addresses and their targets. */
export const legacy = legacyUrlsSchema
  .parse(parse(readFileSync(join(ROOT, 'content', 'data', 'legacy-urls.yaml'), 'utf8')))
  .redirects.map((entry) => ({
    version: entry.version,
    path: entry.path,
    target: map.urlOf(entry.pageId, entry.version)!,
  }));

/** `2.3.0 (End of Support)` as the menu shows it. */
export const STATUS: Record<string, string> = {
  current: 'Current',
  maintenance: 'Maintenance',
  'end-of-support': 'End of Support',
  'developer-preview': 'Developer Preview',
  'release-candidate': 'Release Candidate',
};

/**
 * `count` items spread evenly over `items` (the first, the last and every n-th between): the browser specs visit
 * such a sample of each version's thousand pages, while `site-wide.spec.ts` checks every page in the built files.
 */
export function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.round((index * (items.length - 1)) / (count - 1))]!);
}

const perVersion = <T extends { version: string }>(items: readonly T[], count: number) =>
  versions.flatMap(({ id }) =>
    spread(
      items.filter((item) => item.version === id),
      count,
    ),
  );

/**
 * A few pages of each version, notices and legacy addresses, for the specs that drive a browser through them. A page
 * that moved (`redirect:`, the original's meta refresh) sends the browser on, so it is left out of the sample.
 */
export const samplePages = perVersion(
  pages.filter((page) => page.redirect === undefined),
  4,
);
export const sampleNotices = perVersion(notices, 2);
export const sampleMenuPages = [...samplePages, ...sampleNotices].map(({ version, pageId, url }) => ({
  version,
  pageId,
  url,
}));
/**
 * For the specs that make many visits in one test (every version link of every sampled page): a dozen of the
 * samples, spread over the versions, so that one test stays within its time on a busy machine.
 */
export const tourPages = spread(samplePages, 12);
export const tourMenuPages = spread(sampleMenuPages, 12);
// A legacy address of a page that moved lands after two redirects, the second of which (a meta refresh) drops the
// #anchor, as the original's did: the browser specs take the others; site-wide.spec.ts checks every redirect file.
export const sampleLegacy = perVersion(
  legacy.filter((entry) => pages.find((p) => p.url === entry.target)?.redirect === undefined),
  2,
);
