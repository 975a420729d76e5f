import { describe, expect, it } from 'vitest';
import { formatTable, reportRows, stat, withinBudgets, type BenchResults } from '../../../scripts/bench/report.ts';

const MiB = 1024 * 1024;
const RESULTS: BenchResults = {
  date: '2026-12-01T00:00:00.000Z',
  runs: 3,
  sizes: [
    {
      pages: 1000,
      ours: {
        buildMs: [10_000, 12_000, 11_000],
        peakRss: [600 * MiB, 650 * MiB, 640 * MiB],
        warmMs: [2000, 1500, 1800],
      },
      starlight: { buildMs: [25_000, 24_000, 26_000], peakRss: [1100 * MiB, 1000 * MiB, 1050 * MiB] },
    },
    {
      pages: 5000,
      ours: { buildMs: [70_000, 68_000, 72_000], peakRss: [690 * MiB, 720 * MiB, 710 * MiB] },
      starlight: { buildMs: [150_000, 160_000, 155_000], peakRss: [2000 * MiB, 2100 * MiB, 2050 * MiB] },
    },
  ],
  corpusPage: {
    pages: 1000,
    url: '/latest/a/',
    ours: { total: 20 * 1024, js: 2.5 * 1024, css: 8 * 1024 },
    starlight: { total: 68 * 1024, js: 31 * 1024, css: 16 * 1024 },
  },
  search: {
    pages: 1000,
    query: 'runtime',
    ours: { firstResultMs: [80, 95, 120], fetchedBytes: [70 * 1024, 70 * 1024, 70 * 1024] },
    starlight: { firstResultMs: [300, 320, 310], fetchedBytes: [128 * 1024, 128 * 1024, 128 * 1024] },
  },
  smallSite: { url: '/latest/a/', ours: { total: 17 * 1024, js: 2.5 * 1024, css: 8 * 1024 } },
};

describe('stat', () => {
  it('gives the median, min and max, whatever the order', () => {
    expect(stat([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3 });
    expect(stat([4, 1, 2, 3])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(() => stat([])).toThrow();
  });
});

describe('reportRows', () => {
  it('prints each figure beside Starlight with the ratio and budget', () => {
    expect(formatTable(reportRows(RESULTS))).toMatchInlineSnapshot(`
      "| figure | ours (median [min–max]) | Starlight | ratio | budget | ✓/✗ |
      | --- | --- | --- | --- | --- | --- |
      | build, s (1,000 pages) | 11.0 [10.0–12.0] | 25.0 [24.0–26.0] | 0.44× |  |  |
      | build, ms per page (1,000 pages) | 11.0 [10.0–12.0] | 25.0 [24.0–26.0] | 0.44× | ≤ 0.5 × Starlight | ✓ |
      | peak memory, MiB (1,000 pages) | 640 [600–650] | 1050 [1000–1100] | 0.61× |  |  |
      | warm rebuild, one page changed, s (1,000 pages) | 1.8 [1.5–2.0] = 16% of cold | — | — | ≤ 20% of cold | ✓ |
      | build, s (5,000 pages) | 70.0 [68.0–72.0] | 155.0 [150.0–160.0] | 0.45× |  |  |
      | build, ms per page (5,000 pages) | 14.0 [13.6–14.4] | 31.0 [30.0–32.0] | 0.45× | ≤ 1.2 × 1,000-page (13.2) | ✗ |
      | peak memory, MiB (5,000 pages) | 710 [690–720] | 2050 [2000–2100] | 0.35× | ≤ 700 | ✗ |
      | doc page total, gzip KiB (1,000-page corpus) | 20.0 | 68.0 | 0.29× | ≤ 25 | ✓ |
      | JS on page load, gzip KiB (1,000-page corpus) | 2.5 | 31.0 | 0.08× | ≤ 3 | ✓ |
      | CSS, gzip KiB (1,000-page corpus) | 8.0 | 16.0 | 0.50× | ≤ 12 | ✓ |
      | first search result after the keystroke, ms (1,000-page corpus, “runtime”) | 95 [80–120] | 310 [300–320] | 0.31× | ≤ 100 | ✓ |
      | fetched for the first search, gzip KiB (1,000-page corpus) | 70.0 [70.0–70.0] | 128.0 [128.0–128.0] | 0.55× | ≤ 85 | ✓ |
      | doc page total, gzip KiB (small site) | 17.0 | — | — |  |  |
      | JS on page load, gzip KiB (small site) | 2.5 | — | — |  |  |"
    `);
  });

  it('marks the budgets met and missed', () => {
    const rows = reportRows(RESULTS);
    const ok = Object.fromEntries(rows.filter((row) => row.ok !== undefined).map((row) => [row.figure, row.ok]));
    expect(ok).toEqual({
      'build, ms per page (1,000 pages)': true, // 11 ms against 25 ms: 0.44×
      'warm rebuild, one page changed, s (1,000 pages)': true, // 1.8 s of 11 s
      'build, ms per page (5,000 pages)': false, // 14 ms > 1.2 × 11 ms
      'peak memory, MiB (5,000 pages)': false, // 710 MiB
      'doc page total, gzip KiB (1,000-page corpus)': true,
      'JS on page load, gzip KiB (1,000-page corpus)': true,
      'CSS, gzip KiB (1,000-page corpus)': true,
      'first search result after the keystroke, ms (1,000-page corpus, “runtime”)': true, // median 95 ms
      'fetched for the first search, gzip KiB (1,000-page corpus)': true,
    });
    expect(withinBudgets(rows)).toBe(false);
    expect(withinBudgets(rows.filter((row) => row.ok !== false))).toBe(true);
  });
});

describe('a size built without Starlight', () => {
  it('shows dashes for Starlight and leaves its budget unchecked', () => {
    const [first] = RESULTS.sizes;
    if (!first) throw new Error('no size');
    const rows = reportRows({ ...RESULTS, sizes: [{ ...first, starlight: { buildMs: [], peakRss: [] } }] });
    const perPage = rows.find((row) => row.figure === 'build, ms per page (1,000 pages)');
    expect(perPage).toEqual({
      figure: 'build, ms per page (1,000 pages)',
      ours: '11.0 [10.0–12.0]',
      starlight: '—',
      ratio: '—',
      budget: '≤ 0.5 × Starlight (not built)',
    });
  });
});

describe('a size whose build failed', () => {
  it('says when and why, and misses its budgets', () => {
    const [first, second] = RESULTS.sizes;
    if (!first || !second) throw new Error('no size');
    const failed = { ...second, ours: { buildMs: [1_224_000], peakRss: [6700 * MiB], failed: 'FATAL ERROR: heap' } };
    const rows = reportRows({ ...RESULTS, sizes: [first, failed] }).filter((row) => row.figure.includes('5,000'));
    expect(rows.map(({ figure, ours, ok }) => ({ figure, ours, ok }))).toEqual([
      { figure: 'build, s (5,000 pages)', ours: 'failed after 1224.0 s: FATAL ERROR: heap', ok: false },
      { figure: 'peak memory, MiB (5,000 pages)', ours: '≥ 6700 (until it failed)', ok: false },
    ]);
  });
});

describe('the first search', () => {
  it('misses its budgets when its median is slower or heavier, and reads as such without Starlight', () => {
    const slow = {
      ...RESULTS,
      search: {
        pages: 1000,
        query: 'runtime',
        ours: { firstResultMs: [150, 90, 160], fetchedBytes: [90 * 1024, 80 * 1024, 100 * 1024] },
      },
    };
    const rows = reportRows(slow).filter((row) => row.figure.includes('search'));
    expect(rows.map(({ ours, starlight, ok }) => ({ ours, starlight, ok }))).toEqual([
      { ours: '150 [90–160]', starlight: '—', ok: false },
      { ours: '90.0 [80.0–100.0]', starlight: '—', ok: false },
    ]);
  });
});
