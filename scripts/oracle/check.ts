/**
 * Fidelity over the built site: every text fragment the oracle extracted from the original sources
 * (tests/fidelity/oracle/<version>.json.gz, written by scripts/oracle/extract.py) must be on the built page of its
 * document, except what the importer's report (content/import-report/<version>.json) lists: losses, source defects, patches.
 *
 *   node scripts/oracle/check.ts [--version <id>]… [--dist dist] [--report-dir .build/oracle] [--show 40]
 *
 * Each version that has oracle data and imported pages (content/docs/<version>/) is checked; `dist/` must hold
 * its build. Prints found/total per version and the first misses; writes every miss to
 * `<report-dir>/<version>-missing.txt` (and a JSON summary). Exits 1 when a fragment is missing or the build is
 * absent.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { checkDocument, excuser, pageTexts } from './fidelity.ts';
import type { LossEntry, Miss, OracleVersion } from './fidelity.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ORACLE_DIR = join(ROOT, 'tests', 'fidelity', 'oracle');

export function loadOracle(file: string): OracleVersion {
  return JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as OracleVersion;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.name.endsWith('.mdx') || e.name.endsWith('.md')) out.push(p);
  }
  return out;
}

interface Page {
  readonly file: string;
  readonly url: string;
}

/**
 * Document path → page: each page's frontmatter `source.path`; documents no page names are looked up in the legacy
 * URL map (`content/data/legacy-urls.yaml`: `source: repo@rev:path` → `pageId`).
 */
export function pagesOf(root: string, version: string): Map<string, Page> {
  const dir = join(root, 'content', 'docs', version);
  const byPath = new Map<string, Page>();
  const byId = new Map<string, Page>();
  for (const file of walk(dir).sort()) {
    const text = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text);
    if (m === null) continue;
    const front = parseYaml(m[1] ?? '') as { source?: { path?: string }; pageId?: string } | null;
    const slug = relative(dir, file)
      .replace(/\\/gu, '/')
      .replace(/\.mdx?$/u, '')
      .replace(/(^|\/)index$/u, '');
    const page = { file, url: `/${version}/${slug === '' ? '' : `${slug}/`}` };
    if (front?.source?.path !== undefined && !byPath.has(front.source.path)) byPath.set(front.source.path, page);
    if (front?.pageId !== undefined) byId.set(front.pageId, page);
  }
  const legacy = join(root, 'content', 'data', 'legacy-urls.yaml');
  if (existsSync(legacy)) {
    const data = parseYaml(readFileSync(legacy, 'utf8')) as {
      redirects?: { version?: string; pageId?: string; source?: string }[];
    };
    for (const r of data.redirects ?? []) {
      if (r.version !== version || r.source === undefined || r.pageId === undefined) continue;
      const path = r.source.slice(r.source.indexOf(':') + 1);
      const page = byId.get(r.pageId);
      if (page !== undefined && !byPath.has(path)) byPath.set(path, page);
    }
  }
  return byPath;
}

export interface VersionResult {
  readonly version: string;
  readonly documents: number;
  /** Documents not checked: the version has no import report and no page names them. */
  readonly skipped: number;
  readonly total: number;
  readonly found: number;
  readonly excused: number;
  readonly missing: readonly (Miss & { readonly url: string })[];
  readonly seconds: number;
}

export function checkVersion(root: string, dist: string, oracle: OracleVersion): VersionResult {
  const started = performance.now();
  const version = oracle.version;
  const pages = pagesOf(root, version);
  const reportFile = join(root, 'content', 'import-report', `${version}.json`);
  // Lines a reviewed patch changed are excused like losses: the page shows the corrected text, not the original's
  const report = existsSync(reportFile)
    ? (JSON.parse(readFileSync(reportFile, 'utf8')) as {
        loss?: LossEntry[];
        sourceDefects?: LossEntry[];
        patches?: { file: string; line: number; endLine: number; why: string }[];
      })
    : {};
  const losses: LossEntry[] = [
    ...(report.loss ?? []),
    // what Sphinx left out of the original is not on the page either (the oracle, plain docutils, may show it)
    ...(report.sourceDefects ?? []),
    ...(report.patches ?? []).map((p) => ({ construct: 'patch', instead: p.why, ...p })),
  ];
  const lossesByFile = new Map<string, LossEntry[]>();
  for (const l of losses) lossesByFile.set(l.file, [...(lossesByFile.get(l.file) ?? []), l]);

  // Without an import report the version is not (wholly) imported yet: only its documents that have a page count.
  const imported = existsSync(reportFile);
  let total = 0;
  let found = 0;
  let excused = 0;
  let skipped = 0;
  const missing: (Miss & { url: string })[] = [];
  for (const [path, doc] of Object.entries(oracle.documents)) {
    const page = pages.get(path);
    if (page === undefined && !imported) {
      skipped++;
      continue;
    }
    const docLosses = doc.files.flatMap((f) => lossesByFile.get(f) ?? []);
    if (page === undefined && docLosses.some((l) => l.file === doc.files[0])) {
      // The importer made no page and says why in its loss report (a notebook that is not JSON): what the loss
      // entries cover is excused, as on a page.
      const covered = excuser(doc, docLosses);
      const left = doc.fragments.filter(([, file, line]) => !covered(file, line));
      total += doc.fragments.length;
      excused += doc.fragments.length - left.length;
      if (left.length > 0) {
        missing.push({
          where: `${path}:${left[0]![2]}`,
          kind: 'document',
          text: `${left.length} fragments of "${doc.title}" that no loss entry covers`,
          hint: 'no imported page names this document',
          url: '-',
        });
      }
      continue;
    }
    const html = page === undefined ? undefined : join(dist, page.url, 'index.html');
    if (page === undefined || html === undefined || !existsSync(html)) {
      const why = page === undefined ? 'no imported page names this document' : `${page.url} was not built`;
      total += doc.fragments.length;
      const first = doc.fragments[0];
      missing.push({
        where: `${path}:${first?.[2] ?? 1}`,
        kind: 'document',
        text: `all ${doc.fragments.length} fragments of "${doc.title}"`,
        hint: why,
        url: page?.url ?? '-',
      });
      continue;
    }
    const result = checkDocument(doc, pageTexts(readFileSync(html, 'utf8')), docLosses);
    total += result.total;
    found += result.found;
    excused += result.excused;
    for (const m of result.missing) missing.push({ ...m, url: page.url });
  }
  const seconds = (performance.now() - started) / 1000;
  const documents = Object.keys(oracle.documents).length - skipped;
  return { version, documents, skipped, total, found, excused, missing, seconds };
}

function main(argv: string[]): number {
  const versions: string[] = [];
  let dist = join(ROOT, 'dist');
  let reportDir = join(ROOT, '.build', 'oracle');
  let show = 40;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--version' && v !== undefined) versions.push(v);
    else if (a === '--dist' && v !== undefined) dist = resolve(v);
    else if (a === '--report-dir' && v !== undefined) reportDir = resolve(v);
    else if (a === '--show' && v !== undefined) show = Number(v);
    else {
      console.error(`oracle: unknown argument ${a ?? ''}`);
      return 2;
    }
    i++;
  }
  const available = readdirSync(ORACLE_DIR)
    .filter((f) => f.endsWith('.json.gz'))
    .map((f) => f.slice(0, -'.json.gz'.length))
    .sort();
  const wanted = versions.length > 0 ? versions : available;
  let failed = false;
  for (const version of wanted) {
    const file = join(ORACLE_DIR, `${version}.json.gz`);
    if (!existsSync(file)) {
      console.error(
        `oracle: ${version}: no ${relative(ROOT, file)}; run npm run oracle:extract -- --version ${version}`,
      );
      failed = true;
      continue;
    }
    if (!existsSync(join(ROOT, 'content', 'docs', version))) {
      console.log(`oracle: ${version}: not imported (no content/docs/${version}/), nothing to check`);
      continue;
    }
    if (!existsSync(join(dist, version))) {
      console.error(
        `oracle: ${version}: the build is missing (${relative(ROOT, join(dist, version))}/): run npm run build first`,
      );
      failed = true;
      continue;
    }
    const oracle = loadOracle(file);
    const r = checkVersion(ROOT, dist, oracle);
    const pct = r.total === 0 ? 100 : (100 * r.found) / r.total;
    console.log(
      `oracle: ${version}: ${r.found}/${r.total} fragments found (${pct.toFixed(2)}%) in ${r.documents} documents; ` +
        `${r.excused} excused by the loss report; ${r.missing.length} missing; ${r.seconds.toFixed(1)}s` +
        (r.skipped > 0 ? ` (${r.skipped} documents not imported yet: no content/import-report/${version}.json)` : ''),
    );
    mkdirSync(reportDir, { recursive: true });
    const lines = r.missing.map((m) => `${m.where} ${m.kind}: ${JSON.stringify(m.text)} on ${m.url} — ${m.hint}`);
    writeFileSync(join(reportDir, `${version}-missing.txt`), lines.join('\n') + (lines.length > 0 ? '\n' : ''));
    writeFileSync(
      join(reportDir, `${version}.json`),
      JSON.stringify({ ...r, missing: r.missing.length }, null, 1) + '\n',
    );
    if (r.missing.length > 0) {
      failed = true;
      for (const l of lines.slice(0, show)) console.log(`  ${l}`);
      if (lines.length > show) {
        console.log(
          `  … and ${lines.length - show} more in ${relative(ROOT, join(reportDir, `${version}-missing.txt`))}`,
        );
      }
    }
  }
  return failed ? 1 : 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
