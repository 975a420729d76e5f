/**
 * The bench's results and how they are reported: medians with min and max, each figure beside Starlight's with
 * the ratio, checked against the budgets. Pure, so the table's layout and the budget rules are unit-tested.
 */

/** Repeated measurements of one figure. */
export type Samples = readonly number[];

/** Our and Starlight's builds of one corpus size. */
export interface SizeResult {
  pages: number;
  /** `failed`: why a cold build failed; its time and peak until then are the samples, and no run follows it. */
  ours: { buildMs: Samples; peakRss: Samples; warmMs?: Samples; failed?: string };
  /** Empty when Starlight was not built at this size (`--peer-sizes`). */
  starlight: { buildMs: Samples; peakRss: Samples; failed?: string };
}

/** Page weight in bytes (gzip). */
export interface Weight {
  total: number;
  js: number;
  css: number;
}

/** Cold first searches (see scripts/bench/search-timing.ts). */
export interface SearchSamples {
  firstResultMs: Samples;
  fetchedBytes: Samples;
}

export interface BenchResults {
  date: string;
  runs: number;
  sizes: SizeResult[];
  /** A doc page of the smallest corpus, ours and Starlight's. */
  corpusPage?: { pages: number; url: string; ours: Weight; starlight?: Weight };
  /** The first search on that page, ours and Starlight's. */
  search?: { pages: number; query: string; ours: SearchSamples; starlight?: SearchSamples };
  /** The same page of the real (small) site. */
  smallSite?: { url: string; ours: Weight };
}

/** The budgets of the issue; sizes are those of the full run (the 1,000- and 5,000-page corpora). */
export const BUDGETS = {
  /** Our build time per page at the first size, as a share of Starlight's in the same run. */
  buildVsStarlight: 0.5,
  /** Per-page time at the larger size, as a multiple of the first size's. */
  perPageGrowth: 1.2,
  /** Peak memory at the larger size, MiB. */
  peakMiB: 700,
  /** Warm rebuild after one page changed, as a share of the cold build at the first size. */
  warmShare: 0.2,
  /** A corpus page, gzip, KiB: everything before search opens, and its scripts. */
  pageKiB: 25,
  jsKiB: 3,
  cssKiB: 12,
  /** The first search: milliseconds from the last keystroke to the first result, and KiB fetched (gzip). */
  firstResultMs: 100,
  searchKiB: 85,
} as const;

export interface Stat {
  median: number;
  min: number;
  max: number;
}

export function stat(samples: Samples): Stat {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** One line of the table. */
export interface Row {
  figure: string;
  ours: string;
  starlight: string;
  ratio: string;
  budget: string;
  /** `undefined` when the figure has no budget. */
  ok?: boolean;
}

const MiB = 1024 * 1024;
const fixed = (value: number, digits: number) => value.toFixed(digits);
const ranged = (samples: Samples, scale: number, digits: number): string => {
  const { median, min, max } = stat(samples);
  if (samples.length === 1) return fixed(median / scale, digits);
  return `${fixed(median / scale, digits)} [${fixed(min / scale, digits)}–${fixed(max / scale, digits)}]`;
};
const ratio = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}×`;
const count = (n: number) => n.toLocaleString('en-US');
const perPage = (samples: Samples, pages: number) => samples.map((ms) => ms / pages);

/** Starlight's figure and the ratio to ours, or dashes when Starlight was not built at this size. */
function beside(ours: Samples, peer: Samples, scale: number, digits: number): Pick<Row, 'starlight' | 'ratio'> {
  if (peer.length === 0) return { starlight: '—', ratio: '—' };
  return { starlight: ranged(peer, scale, digits), ratio: ratio(stat(ours).median, stat(peer).median) };
}

/** The rows of a size whose build failed: when and why, every budget of it missed. */
function failedRows(size: SizeResult, reason: string, first: SizeResult | undefined): Row[] {
  const n = count(size.pages);
  const at = stat(size.ours.buildMs).max;
  return [
    {
      figure: `build, s (${n} pages)`,
      ours: `failed after ${fixed(at / 1000, 1)} s: ${reason}`,
      ...beside(size.ours.buildMs, size.starlight.buildMs, 1000, 1),
      budget: first
        ? `≤ ${BUDGETS.perPageGrowth} × ${count(first.pages)}-page per page`
        : `≤ ${BUDGETS.buildVsStarlight} × Starlight`,
      ok: false,
    },
    {
      figure: `peak memory, MiB (${n} pages)`,
      ours: `≥ ${fixed(stat(size.ours.peakRss).max / MiB, 0)} (until it failed)`,
      ...beside(size.ours.peakRss, size.starlight.peakRss, MiB, 0),
      budget: first ? `≤ ${BUDGETS.peakMiB}` : '',
      ...(first ? { ok: false } : {}),
    },
  ];
}

function sizeRows(size: SizeResult, first: SizeResult | undefined): Row[] {
  if (size.ours.failed !== undefined) return failedRows(size, size.ours.failed, first);
  const n = count(size.pages);
  const oursPerPage = perPage(size.ours.buildMs, size.pages);
  const peerPerPage = perPage(size.starlight.buildMs, size.pages);
  const perPageRow: Row = {
    figure: `build, ms per page (${n} pages)`,
    ours: ranged(oursPerPage, 1, 1),
    ...beside(oursPerPage, peerPerPage, 1, 1),
    budget: `≤ ${BUDGETS.buildVsStarlight} × Starlight`,
  };
  if (first) {
    const base = stat(perPage(first.ours.buildMs, first.pages)).median;
    perPageRow.budget = `≤ ${BUDGETS.perPageGrowth} × ${count(first.pages)}-page (${fixed(base * BUDGETS.perPageGrowth, 1)})`;
    perPageRow.ok = stat(oursPerPage).median <= base * BUDGETS.perPageGrowth;
  } else if (peerPerPage.length > 0) {
    perPageRow.ok = stat(oursPerPage).median / stat(peerPerPage).median <= BUDGETS.buildVsStarlight;
  } else {
    perPageRow.budget += ' (not built)';
  }
  const peakOurs = stat(size.ours.peakRss).median;
  const rows: Row[] = [
    {
      figure: `build, s (${n} pages)`,
      ours: ranged(size.ours.buildMs, 1000, 1),
      ...beside(size.ours.buildMs, size.starlight.buildMs, 1000, 1),
      budget: '',
    },
    perPageRow,
    {
      figure: `peak memory, MiB (${n} pages)`,
      ours: ranged(size.ours.peakRss, MiB, 0),
      ...beside(size.ours.peakRss, size.starlight.peakRss, MiB, 0),
      budget: first ? `≤ ${BUDGETS.peakMiB}` : '',
      ...(first ? { ok: peakOurs <= BUDGETS.peakMiB * MiB } : {}),
    },
  ];
  if (size.ours.warmMs && size.ours.warmMs.length > 0) {
    const cold = stat(size.ours.buildMs).median;
    const share = stat(size.ours.warmMs).median / cold;
    rows.push({
      figure: `warm rebuild, one page changed, s (${n} pages)`,
      ours: `${ranged(size.ours.warmMs, 1000, 1)} = ${fixed(share * 100, 0)}% of cold`,
      starlight: '—',
      ratio: '—',
      budget: first ? '' : `≤ ${BUDGETS.warmShare * 100}% of cold`,
      ...(first ? {} : { ok: share <= BUDGETS.warmShare }),
    });
  }
  return rows;
}

function weightRows(results: BenchResults): Row[] {
  const rows: Row[] = [];
  const kib = (bytes: number) => fixed(bytes / 1024, 1);
  if (results.corpusPage) {
    const { pages, ours, starlight } = results.corpusPage;
    const n = count(pages);
    const peer = (bytes: number | undefined, of: number) =>
      bytes === undefined ? { starlight: '—', ratio: '—' } : { starlight: kib(bytes), ratio: ratio(of, bytes) };
    rows.push(
      {
        figure: `doc page total, gzip KiB (${n}-page corpus)`,
        ours: kib(ours.total),
        ...peer(starlight?.total, ours.total),
        budget: `≤ ${BUDGETS.pageKiB}`,
        ok: ours.total <= BUDGETS.pageKiB * 1024,
      },
      {
        figure: `JS on page load, gzip KiB (${n}-page corpus)`,
        ours: kib(ours.js),
        ...peer(starlight?.js, ours.js),
        budget: `≤ ${BUDGETS.jsKiB}`,
        ok: ours.js <= BUDGETS.jsKiB * 1024,
      },
      {
        figure: `CSS, gzip KiB (${n}-page corpus)`,
        ours: kib(ours.css),
        ...peer(starlight?.css, ours.css),
        budget: `≤ ${BUDGETS.cssKiB}`,
        ok: ours.css <= BUDGETS.cssKiB * 1024,
      },
    );
  }
  if (results.search) {
    const { pages, query, ours, starlight } = results.search;
    const n = count(pages);
    rows.push(
      {
        figure: `first search result after the keystroke, ms (${n}-page corpus, “${query}”)`,
        ours: ranged(ours.firstResultMs, 1, 0),
        ...beside(ours.firstResultMs, starlight?.firstResultMs ?? [], 1, 0),
        budget: `≤ ${BUDGETS.firstResultMs}`,
        ok: stat(ours.firstResultMs).median <= BUDGETS.firstResultMs,
      },
      {
        figure: `fetched for the first search, gzip KiB (${n}-page corpus)`,
        ours: ranged(ours.fetchedBytes, 1024, 1),
        ...beside(ours.fetchedBytes, starlight?.fetchedBytes ?? [], 1024, 1),
        budget: `≤ ${BUDGETS.searchKiB}`,
        ok: stat(ours.fetchedBytes).median <= BUDGETS.searchKiB * 1024,
      },
    );
  }
  if (results.smallSite) {
    const { ours } = results.smallSite;
    rows.push(
      {
        figure: 'doc page total, gzip KiB (small site)',
        ours: kib(ours.total),
        starlight: '—',
        ratio: '—',
        budget: '',
      },
      { figure: 'JS on page load, gzip KiB (small site)', ours: kib(ours.js), starlight: '—', ratio: '—', budget: '' },
    );
  }
  return rows;
}

/** Every row of the report: builds per size (the first size is the budgets' 1,000-page figure), then weights. */
export function reportRows(results: BenchResults): Row[] {
  const [first, ...rest] = results.sizes;
  return [
    ...(first ? sizeRows(first, undefined) : []),
    ...rest.flatMap((size) => sizeRows(size, first)),
    ...weightRows(results),
  ];
}

/** The rows as a Markdown table. */
export function formatTable(rows: readonly Row[]): string {
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✓' : '✗');
  return [
    '| figure | ours (median [min–max]) | Starlight | ratio | budget | ✓/✗ |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) => `| ${row.figure} | ${row.ours} | ${row.starlight} | ${row.ratio} | ${row.budget} | ${mark(row.ok)} |`,
    ),
  ].join('\n');
}

/** Whether every budget in the rows is met. */
export const withinBudgets = (rows: readonly Row[]): boolean => rows.every((row) => row.ok !== false);
