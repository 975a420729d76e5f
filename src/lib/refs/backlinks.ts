/** A page that links to another: where it is and what it is called. */
export interface Referrer {
  url: string;
  title: string;
}

/** The pages that link to one place of a page: the page itself (no anchor) or one of its sections. */
export interface BacklinkGroup {
  /** The section's anchor; undefined for links to the page as a whole. */
  anchor?: string | undefined;
  /** The section's title (the label's title); the page's own title for links to the page. */
  title: string;
  from: Referrer[];
}

/** What backlinks are made from: each page of a version with what it links to. */
export interface ReferencingPage extends Referrer {
  labels: readonly string[];
  docs: readonly string[];
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en');

/**
 * The backlinks of a version's pages, by page URL: for each place that other pages link to (by a label or by
 * `:doc`), the pages linking there, A to Z, each once. A page's links to itself are not backlinks; labels that lead
 * outside the version (external references) or nowhere are left out. Links to the page as a whole come first,
 * then its sections in the order of their titles.
 */
export function collectBacklinks(
  pages: readonly ReferencingPage[],
  label: (name: string) => { url: string; title: string } | undefined,
  doc: (slug: string) => string | undefined,
): Map<string, BacklinkGroup[]> {
  const titles = new Map(pages.map((page) => [page.url, page.title]));
  // page URL → anchor ('' for the page) → referrers by URL
  const found = new Map<string, Map<string, { title: string; from: Map<string, Referrer> }>>();
  const add = (target: string, sectionTitle: string | undefined, from: ReferencingPage) => {
    const [url = '', anchor = ''] = target.split('#');
    const pageTitle = titles.get(url);
    if (pageTitle === undefined || url === from.url) return;
    const places = found.get(url) ?? new Map<string, { title: string; from: Map<string, Referrer> }>();
    found.set(url, places);
    const place = places.get(anchor) ?? { title: anchor ? sectionTitle || `#${anchor}` : pageTitle, from: new Map() };
    places.set(anchor, place);
    place.from.set(from.url, { url: from.url, title: from.title });
  };
  for (const page of pages) {
    for (const name of page.labels) {
      const target = label(name);
      if (target) add(target.url, target.title, page);
    }
    for (const slug of page.docs) {
      const url = doc(slug);
      if (url) add(url, undefined, page);
    }
  }
  return new Map(
    [...found].map(([url, places]) => [
      url,
      [...places]
        .map(([anchor, place]) => ({
          anchor: anchor || undefined,
          title: place.title,
          from: [...place.from.values()].sort(byTitle),
        }))
        .sort((a, b) => Number(a.anchor !== undefined) - Number(b.anchor !== undefined) || byTitle(a, b)),
    ]),
  );
}
