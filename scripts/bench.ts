/**
 * `npm run bench`: builds the 1,000- and 5,000-page corpora with this site and, in the same run, the same pages
 * with Astro Starlight (bench/peers/starlight, installed on first use), and prints each figure beside
 * Starlight's with the ratio and the budget; exits 1 when a budget is missed. Raw results go to
 * bench/results/latest.json.
 *
 * Every build is cold: a fresh temporary copy of the project with no cache. Ours and Starlight's alternate
 * (ours, Starlight, ours, …) to spread the machine's noise. After each cold build of the first size, one page is
 * changed and the site rebuilt in the same folder: the warm rebuild.
 *
 * Options: `--sizes 1000,5000`, `--runs 3`, `--quick` (one 200-page run: a smoke test of the bench itself),
 * `--peer-sizes 1000` to build Starlight at some sizes only (its sidebar puts every page of a version in every page
 * of it, so its build grows with the square of the size),
 * `--skip-warm` to leave out the warm rebuilds.
 * `BENCH_KEEP=1` keeps the temporary folders.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { copiesNav, editOnePage, makeCorpus, type CorpusPage } from './bench/corpus.ts';
import { builtPageWeight, type PageWeight } from './bench/page-weight.ts';
import { formatTable, reportRows, withinBudgets, type BenchResults, type SizeResult } from './bench/report.ts';
import { BuildFailed, timedBuild, type BuildRun } from './bench/run-build.ts';
import { stageSample, writePages } from './bench/stage-sample.ts';
import { measureSearch, oursSearch, starlightSearch, type SearchSample } from './bench/search-timing.ts';
import { pageFiles, writeStarlightContent } from './bench/starlight-content.ts';
import { ensureInstalled, tempProject } from './bench/workspace.ts';

const ROOT = join(import.meta.dirname, '..');
const PEER = join(ROOT, 'bench', 'peers', 'starlight');
const RESULTS = join(ROOT, 'bench', 'results', 'latest.json');
/** What a temporary copy of each project holds besides node_modules and the content. */
const OURS_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const PEER_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The page whose weight is measured (in every version's corpus, and in the real site). */
const PAGE_SLUG = 'latest/archive/appnotes/neuron1x/introducing-libnrt';
const PAGE_URL = `/${PAGE_SLUG}/`;
/** The first search measured on that page (a word of hundreds of pages). */
const QUERY = 'runtime';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    'peer-sizes': { type: 'string' },
    runs: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'skip-warm': { type: 'boolean', default: false },
  },
});
const SIZES = (values.sizes ?? (values.quick ? '200' : '1000,5000')).split(',').map(Number);
/** The sizes Starlight is built at too: all of them unless told otherwise. */
const PEER_SIZES = values['peer-sizes']?.split(',').map(Number) ?? SIZES;
const RUNS = Number(values.runs ?? (values.quick ? 1 : 3));
if (SIZES.some((n) => !Number.isInteger(n) || n <= 0) || !(RUNS >= 1)) {
  console.error('usage: npm run bench -- [--sizes 1000,5000] [--peer-sizes 1000] [--runs 3] [--skip-warm] [--quick]');
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'neuron-docs-bench-'));
const keep = Boolean(process.env['BENCH_KEEP']);
const log = (message: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const seconds = (run: BuildRun) => `${(run.ms / 1000).toFixed(1)} s, ${(run.peakRss / 2 ** 20).toFixed(0)} MiB`;

/** The real pages of every version. */
function realPages(): CorpusPage[] {
  const docs = join(ROOT, 'content', 'docs');
  return pageFiles(docs).map((file) => {
    const [version = '', ...rest] = file.split('/');
    return { version, path: rest.join('/'), text: readFileSync(join(docs, file), 'utf8') };
  });
}

/**
 * Writes a corpus as a `content/` folder (the project's partials and data, the corpus' pages) and its Starlight
 * twin: a sample of the real pages when the size is smaller than the real site, else all of them and copies.
 */
function stage(size: number): { content: string; starlightDocs: string; warmPage: string } {
  const root = join(scratch, `corpus-${size}`);
  const content = join(root, 'content');
  cpSync(join(ROOT, 'content'), content, { recursive: true, filter: (src) => !src.endsWith(join('content', 'docs')) });
  const real = realPages();
  const corpus = size < real.length ? stageSample(root, real, size, [PAGE_SLUG]) : stageCopies(content, real, size);
  // The page changed for the warm rebuild: the first copy, or the first page past a home (a page like the others).
  const warm = corpus.find((page) => page.path.startsWith('copies/')) ?? corpus.find((page) => page.path.includes('/'));
  const starlightDocs = join(root, 'starlight-docs');
  writeStarlightContent(content, starlightDocs);
  return { content, starlightDocs, warmPage: join('docs', warm?.version ?? '', warm?.path ?? '') };
}

/** Every real page and copies up to `size`, each version's navigation listing its copies after its real entries. */
function stageCopies(content: string, real: readonly CorpusPage[], size: number): CorpusPage[] {
  const corpus = makeCorpus(real, size);
  writePages(join(content, 'docs'), corpus);
  for (const version of new Set(corpus.map((page) => page.version))) {
    const file = join(content, 'data', version, 'nav.yaml');
    const nav = parse(readFileSync(file, 'utf8')) as { items: unknown[] };
    writeFileSync(file, stringify({ items: [...nav.items, ...copiesNav(corpus, version)] }));
  }
  return corpus;
}

async function buildOurs(content: string, warmPage: string | undefined, weigh: boolean) {
  const dir = tempProject(ROOT, OURS_FILES, 'neuron-docs-bench-ours-', 'symlinks');
  try {
    cpSync(content, join(dir, 'content'), { recursive: true });
    const astro = join(dir, 'node_modules', '.bin', 'astro');
    const cold = await timedBuild(astro, ['build'], dir, join(dir, 'build.log'));
    log(`ours cold: ${seconds(cold)}`);
    const weight = weigh ? builtPageWeight(join(dir, 'dist'), PAGE_URL) : undefined;
    const search = weigh ? await measureSearch(oursSearch(join(dir, 'dist'), PAGE_URL), QUERY) : undefined;
    let warmRun: BuildRun | undefined;
    if (warmPage) {
      const page = join(dir, 'content', warmPage);
      writeFileSync(page, editOnePage(readFileSync(page, 'utf8')));
      warmRun = await timedBuild(astro, ['build'], dir, join(dir, 'warm.log'));
      log(`ours warm: ${seconds(warmRun)}`);
    }
    return { cold, warm: warmRun, weight, search };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Starlight builds each version as a site of its own, as Read the Docs builds the originals: one sidebar per
 * version (one site of all versions would put every version's pages in every page's sidebar). The figures are
 * the sum of the builds' times and the largest of their peaks.
 */
async function buildStarlight(docs: string, weigh: boolean) {
  let ms = 0;
  let peakRss = 0;
  let weight: PageWeight | undefined;
  let search: SearchSample[] | undefined;
  for (const version of readdirSync(docs)) {
    const dir = tempProject(PEER, PEER_FILES, 'neuron-docs-bench-starlight-', 'hardlinks');
    try {
      cpSync(join(docs, version), join(dir, 'src', 'content', 'docs', version), { recursive: true });
      const astro = join(dir, 'node_modules', '.bin', 'astro');
      const run = await timedBuild(astro, ['build'], dir, join(dir, 'build.log'));
      log(`Starlight ${version}: ${seconds(run)}`);
      ms += run.ms;
      peakRss = Math.max(peakRss, run.peakRss);
      if (weigh && PAGE_URL.startsWith(`/${version}/`)) {
        weight = builtPageWeight(join(dir, 'dist'), PAGE_URL);
        search = await measureSearch(starlightSearch(join(dir, 'dist'), PAGE_URL), QUERY);
      }
    } finally {
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  }
  return { run: { ms, peakRss }, weight, search };
}

const weightOf = (page: PageWeight | undefined) => page && { total: page.total, js: page.js, css: page.css };
const samplesOf = (samples: readonly SearchSample[]) => ({
  firstResultMs: samples.map((sample) => sample.firstResultMs),
  fetchedBytes: samples.map((sample) => sample.fetchedBytes),
});

async function main(): Promise<boolean> {
  ensureInstalled(PEER);
  const results: BenchResults = { date: new Date().toISOString(), runs: RUNS, sizes: [] };
  for (const [index, size] of SIZES.entries()) {
    const first = index === 0;
    const { content, starlightDocs, warmPage } = stage(size);
    log(`${size} pages staged; ${RUNS} run(s) of each`);
    const result: SizeResult = {
      pages: size,
      ours: { buildMs: [], peakRss: [], ...(first ? { warmMs: [] } : {}) },
      starlight: { buildMs: [], peakRss: [] },
    };
    for (let run = 0; run < RUNS; run += 1) {
      const weigh = first && run === 0;
      // A failed build is reported (with how long it ran and its memory until then), and not tried again.
      if (result.ours.failed === undefined) {
        try {
          const ours = await buildOurs(content, first && !values['skip-warm'] ? warmPage : undefined, weigh);
          result.ours.buildMs = [...result.ours.buildMs, ours.cold.ms];
          result.ours.peakRss = [...result.ours.peakRss, ours.cold.peakRss];
          if (ours.warm) result.ours.warmMs = [...(result.ours.warmMs ?? []), ours.warm.ms];
          const oursWeight = weightOf(ours.weight);
          if (oursWeight) results.corpusPage = { pages: size, url: PAGE_URL, ours: oursWeight };
          if (ours.search) results.search = { pages: size, query: QUERY, ours: samplesOf(ours.search) };
        } catch (error) {
          if (!(error instanceof BuildFailed)) throw error;
          console.error(error.message);
          result.ours = { buildMs: [error.run.ms], peakRss: [error.run.peakRss], failed: error.reason };
        }
      }
      if (!PEER_SIZES.includes(size) || result.starlight.failed !== undefined) continue;
      try {
        const peer = await buildStarlight(starlightDocs, weigh);
        result.starlight.buildMs = [...result.starlight.buildMs, peer.run.ms];
        result.starlight.peakRss = [...result.starlight.peakRss, peer.run.peakRss];
        const peerWeight = weightOf(peer.weight);
        if (peerWeight && results.corpusPage) results.corpusPage.starlight = peerWeight;
        if (peer.search && results.search) results.search.starlight = samplesOf(peer.search);
      } catch (error) {
        if (!(error instanceof BuildFailed)) throw error;
        console.error(error.message);
        result.starlight = { buildMs: [], peakRss: [], failed: error.reason };
      }
    }
    results.sizes.push(result);
  }
  const dist = join(ROOT, 'dist');
  if (!existsSync(join(dist, PAGE_URL, 'index.html'))) {
    log('building the real site for its page weight (dist/ is missing)…');
    await timedBuild(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], ROOT, join(scratch, 'site.log'));
  }
  results.smallSite = {
    url: PAGE_URL,
    ours: weightOf(builtPageWeight(dist, PAGE_URL)) as { total: number; js: number; css: number },
  };

  const rows = reportRows(results);
  mkdirSync(join(RESULTS, '..'), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ ...results, rows }, null, 2)}\n`);
  console.log(formatTable(rows));
  for (const { pages, ours, starlight } of results.sizes) {
    if (ours.failed) console.log(`\nOur build of ${pages} pages failed: ${ours.failed}`);
    if (starlight.failed) console.log(`\nStarlight's build of ${pages} pages failed: ${starlight.failed}`);
  }
  console.log(`\nRaw results: ${RESULTS}`);
  return withinBudgets(rows);
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} finally {
  if (!keep) rmSync(scratch, { recursive: true, force: true });
}
