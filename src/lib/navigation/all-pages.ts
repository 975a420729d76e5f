/** What the index of all pages needs of a page. */
export interface IndexedPage {
  /** Its path in the version, without `.mdx` (`setup/index`, `general/faq`). */
  slug: string;
  title: string;
  url: string;
}

/** One section of the index: the pages of a top-level folder, and that folder's own page when it has one. */
export interface PageGroup {
  title: string;
  /** The folder's `index` page. */
  url?: string | undefined;
  pages: IndexedPage[];
}

const byTitle = (a: { title: string }, b: { title: string }) =>
  a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true });

/**
 * A version's pages for its "All pages" index: grouped by top-level folder (titled by the folder's `index` page,
 * else its name), groups and pages in alphabetical order of title; the pages at the top of the version come first,
 * under `homeTitle`. Every page is there, those the navigation tree leaves out included.
 */
export function groupPages(pages: readonly IndexedPage[], homeTitle: string): PageGroup[] {
  const folders = new Map<string, IndexedPage[]>();
  const top: IndexedPage[] = [];
  for (const page of pages) {
    const [folder, ...rest] = page.slug.split('/');
    if (rest.length === 0 || folder === undefined) top.push(page);
    else folders.set(folder, [...(folders.get(folder) ?? []), page]);
  }
  const groups = [...folders].map(([folder, members]): PageGroup => {
    const home = members.find((page) => page.slug === `${folder}/index`);
    return {
      title: home?.title ?? folder,
      url: home?.url,
      pages: members.filter((page) => page !== home).sort(byTitle),
    };
  });
  const home = top.find((page) => page.slug === 'index');
  const first: PageGroup[] =
    top.length > 0
      ? [{ title: homeTitle, url: home?.url, pages: top.filter((page) => page !== home).sort(byTitle) }]
      : [];
  return [...first, ...groups.sort(byTitle)];
}
