/**
 * The benchmark corpus: the real pages of every version, copied until there are N page files. Pure: it takes
 * the pages' text and returns the corpus pages' text, so the bench (and its unit test) decide where they go.
 *
 * - Each version gets a share of N in the proportion of its real pages, and its copies are made from its own
 *   pages, so old versions (version menu, banners, "what changed" pages, per-version search) are measured too.
 * - Copy k of a page has the same pageId (`<pageId>-copy-<k>`) in every version that has copy k of it, so the
 *   version menu maps the copies across versions like the originals.
 * - Labels defined by copy k become `<label>-<k>`; a reference is renamed to the copy's label only when the
 *   version has copy k of the page defining it, otherwise it keeps pointing at the original: every reference
 *   resolves.
 * - Copy k sits in nested folders: `copies/b<bucket>/c<k>/<original path>`.
 */

/** A page file of a version: its path inside the version's folder and its text. */
export interface CorpusPage {
  version: string;
  /** Path inside `content/docs/<version>/`, e.g. `about-neuron/sdk-policy.mdx`. */
  path: string;
  text: string;
}

/** Copies per bucket folder. */
const BUCKET = 10;
/** The version's home page is not copied (one home per version). */
const isHome = (path: string) => path === 'index.mdx' || path === 'index.md';

const FRONTMATTER_LABELS = /^labels: \[([^\]]*)\]$/m;
const LABEL_LINE = /^(\s*::label\{name=")([^"]+)(")/gm;
const REF = /(:ref(?:\[[^\]]*\])?\{to=")([^"]+)(")/g;

/** The labels a page defines: frontmatter `labels: [...]` and `::label{name="..."}` lines. */
export function definedLabels(text: string): string[] {
  const list = FRONTMATTER_LABELS.exec(text)?.[1] ?? '';
  const page = list
    .split(',')
    .map((label) => label.trim())
    .filter(Boolean);
  return [...page, ...[...text.matchAll(LABEL_LINE)].map((match) => match[2] ?? '')];
}

/** Folder of copy k inside a version: nested, ten copies per bucket. */
export const copyFolder = (copy: number): string => `copies/b${Math.floor((copy - 1) / BUCKET)}/c${copy}`;

/**
 * How many page files each version gets out of `total`, in proportion to its real pages (largest remainder):
 * never fewer than it has when the total holds every real page (a corpus of copies), at least its home page
 * when it does not (a sample).
 */
export function versionShares(real: ReadonlyMap<string, number>, total: number): Map<string, number> {
  if (total < real.size)
    throw new Error(`a corpus of ${total} pages cannot hold a page of each of ${real.size} versions`);
  const sum = [...real.values()].reduce((a, b) => a + b, 0);
  const exact = [...real].map(([version, count]) => ({ version, count, exact: (total * count) / sum }));
  const shares = new Map(exact.map(({ version, exact: e }) => [version, Math.floor(e)]));
  let left = total - [...shares.values()].reduce((a, b) => a + b, 0);
  for (const { version } of [...exact].sort((a, b) => (b.exact % 1) - (a.exact % 1))) {
    if (left === 0) break;
    shares.set(version, (shares.get(version) ?? 0) + 1);
    left -= 1;
  }
  // Only a sample can leave a version at 0: its page comes from the largest share.
  for (const [version, share] of shares) {
    if (share > 0) continue;
    const [largest] = [...shares].sort((a, b) => b[1] - a[1]);
    if (largest) shares.set(largest[0], largest[1] - 1);
    shares.set(version, 1);
  }
  return shares;
}

/** Copy k of one page: pageId and its own labels suffixed, references renamed where the target copy exists. */
export function copyPage(text: string, copy: number, renamed: (label: string) => boolean): string {
  return text
    .replace(/^pageId: (.+)$/m, `pageId: $1-copy-${copy}`)
    .replace(
      FRONTMATTER_LABELS,
      (_, list: string) =>
        `labels: [${list
          .split(',')
          .map((label) => `${label.trim()}-${copy}`)
          .join(', ')}]`,
    )
    .replace(LABEL_LINE, (_, head: string, label: string, tail: string) => `${head}${label}-${copy}${tail}`)
    .replace(REF, (whole, head: string, label: string, tail: string) =>
      renamed(label) ? `${head}${label}-${copy}${tail}` : whole,
    );
}

/** Copies of one version's pages, round by round, until the version has `count` pages. */
function copiesOf(pages: readonly CorpusPage[], count: number): CorpusPage[] {
  const sources = pages.filter((page) => !isHome(page.path));
  if (sources.length === 0 && count > pages.length) throw new Error('a version with only a home page');
  const definer = new Map<string, number>();
  sources.forEach((page, index) => definedLabels(page.text).forEach((label) => definer.set(label, index)));
  const wanted = count - pages.length;
  const copies: CorpusPage[] = [];
  for (let n = 0; n < wanted; n += 1) {
    const copy = Math.floor(n / sources.length) + 1;
    const index = n % sources.length;
    const source = sources[index] as CorpusPage;
    // Copy k of page i exists when its position n' = (k-1)·len + i is below `wanted`.
    const exists = (label: string) => {
      const at = definer.get(label);
      return at !== undefined && (copy - 1) * sources.length + at < wanted;
    };
    copies.push({
      version: source.version,
      path: `${copyFolder(copy)}/${source.path}`,
      text: copyPage(source.text, copy, exists),
    });
  }
  return copies;
}

/**
 * The corpus of `total` page files, at least the real site's: every real page of every version, then the
 * copies (a smaller corpus is a sample: `sample.ts`).
 */
export function makeCorpus(pages: readonly CorpusPage[], total: number): CorpusPage[] {
  if (total < pages.length) throw new Error(`a corpus of ${total} pages cannot hold the ${pages.length} real pages`);
  const byVersion = Map.groupBy(pages, (page) => page.version);
  const shares = versionShares(new Map([...byVersion].map(([version, list]) => [version, list.length])), total);
  return [...byVersion].flatMap(([version, list]) => [...list, ...copiesOf(list, shares.get(version) ?? 0)]);
}

/** The sentence the warm-rebuild run appends. */
export const WARM_EDIT = ' This sentence was added to time a rebuild after one change.';

/** One page changed: a sentence appended to its first paragraph of prose (after the frontmatter). */
export function editOnePage(text: string): string {
  const lines = text.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  const prose = lines.findIndex((line, index) => index >= end && /^[A-Za-z*`]/.test(line));
  if (prose < 0) throw new Error('no paragraph to edit');
  lines[prose] = `${lines[prose]}${WARM_EDIT}`;
  return lines.join('\n');
}

/** The copy number of a corpus page (`copies/b0/c7/…` → 7), or undefined for a real page. */
const copyOf = (path: string) => {
  const match = /^copies\/b\d+\/c(\d+)\//.exec(path);
  return match ? Number(match[1]) : undefined;
};

/**
 * The navigation entries of a version's copies, to add to its real `nav.yaml`: a caption over one entry per
 * bucket of ten copies, each copy an entry holding its other pages. The tree is shaped like real documentation's
 * (tens of entries per level), so a page's sidebar stays the size it would be on a real site of that size.
 */
export function copiesNav(pages: readonly CorpusPage[], version: string): { caption: string; items: unknown[] }[] {
  const slug = (path: string) => path.replace(/\.mdx?$/, '');
  const byCopy = Map.groupBy(
    pages.filter((page) => page.version === version && copyOf(page.path) !== undefined),
    (page) => copyOf(page.path) as number,
  );
  const copyEntry = (list: readonly CorpusPage[]) => {
    const [first, ...rest] = list.map((page) => slug(page.path));
    return { page: first, items: rest.map((page) => ({ page })) };
  };
  const buckets = Map.groupBy(
    [...byCopy.keys()].sort((a, b) => a - b),
    (copy) => Math.floor((copy - 1) / BUCKET),
  );
  const items = [...buckets.values()].map((copies) => {
    const [head, ...others] = copies.map((copy) => copyEntry(byCopy.get(copy) ?? []));
    return { page: head?.page, items: [...(head?.items ?? []), ...others] };
  });
  return items.length > 0 ? [{ caption: 'Copies', items }] : [];
}
