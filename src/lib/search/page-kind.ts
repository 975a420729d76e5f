/**
 * The kinds of page search can be narrowed to. A page's kind comes from what it is (a dated post) or where the
 * documentation files it (its slug), so authors set nothing: the Neuron sources keep release notes under
 * `release-notes/` folders and API references in files and folders named after `api`.
 */
export const PAGE_KINDS = ['Guide', 'API reference', 'Release notes', 'Announcement'] as const;

/** One kind of page, as the search filter shows it. */
export type PageKind = (typeof PAGE_KINDS)[number];

/** The filter names the site gives Pagefind (`data-pagefind-filter`), read back by the search dialog. */
export const SEARCH_FILTERS = { kind: 'kind', instance: 'instance' } as const;

const RELEASE_NOTES = /^(?:release-?notes|rn)$/;
// `api`, `apis`, `api-reference-guide`, `nrt-async-api-overview`, `neuronperf_api`; not `rapid` or `capital`.
const API = /(?:^|[-_])apis?(?:$|[-_])/;

/**
 * The kind of the page at `slug` (its path in the version, without `.mdx`). A page with a `date`, or filed under
 * an `announcements` folder, is an announcement; then release notes and API references by folder or file name.
 */
export function pageKind(slug: string, dated: boolean): PageKind {
  const parts = slug.split('/');
  if (dated || parts.includes('announcements')) return 'Announcement';
  if (parts.some((part) => RELEASE_NOTES.test(part))) return 'Release notes';
  if (parts.some((part) => API.test(part))) return 'API reference';
  return 'Guide';
}

/** One `<meta>` of a page's head that gives Pagefind a filter value. */
export interface FilterMeta {
  name: string;
  content: string;
  'data-pagefind-filter': string;
}

/**
 * The meta tags that give Pagefind a page's filters (its kind and instance families): one owner for the built pages'
 * heads and the dev server's index.
 */
export function searchFilterMetas(kind: PageKind, instances: readonly string[]): FilterMeta[] {
  const meta = (filter: string, content: string): FilterMeta => ({
    name: `docs:${filter}`,
    content,
    'data-pagefind-filter': `${filter}[content]`,
  });
  return [meta(SEARCH_FILTERS.kind, kind), ...instances.map((family) => meta(SEARCH_FILTERS.instance, family))];
}
