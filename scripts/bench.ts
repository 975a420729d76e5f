/**
 * `npm run bench`: measures the site against its budgets and prints a table; exits 1 when one is exceeded.
 *   - JS on page load (gzip) of a doc page           ≤ 3 KiB
 *   - a doc page in total: HTML + CSS + JS (gzip)      ≤ 25 KiB
 *   - build time per page for a 1,000-page corpus     ≤ 10 ms
 * The corpus is made from the real pages of `latest`, copied until there are 1,000 (labels renamed per copy so
 * every reference still resolves), and built by the real `astro build` in a temporary copy of the project.
 * Options: `--pages N` (default 1000).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { corpusPage } from '../src/lib/tooling/bench-corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const PAGES = Number(args[args.indexOf('--pages') + 1] ?? 1000) || 1000;
const BUDGETS = { jsKiB: 3, pageKiB: 25, msPerPage: 10 };

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const kib = (bytes: number) => bytes / 1024;

function pageWeight(dist: string, url: string): { js: number; total: number } {
  const html = readFileSync(join(dist, url, 'index.html'), 'utf8');
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => readFileSync(join(dist, m[1] ?? '')));
  const js = assets(/<script[^>]*\ssrc="([^"]+)"/g).reduce((sum, file) => sum + gz(file), 0);
  const css = assets(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g).reduce((sum, file) => sum + gz(file), 0);
  return { js, total: gz(html) + css + js };
}

function buildCorpus(): { ms: number; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'neuron-docs-bench-'));
  for (const entry of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'public']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const docs = join(dir, 'content', 'docs');
  for (const version of readdirSync(docs)) if (version !== 'latest') rmSync(join(docs, version), { recursive: true });
  writeFileSync(
    join(dir, 'content', 'versions.yaml'),
    'versions:\n  - id: latest\n    label: Latest\n    status: current\n',
  );
  const latest = join(docs, 'latest');
  const sources = (readdirSync(latest, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
    .map((name) => ({ name, text: readFileSync(join(latest, name), 'utf8') }));
  const labels = sources.flatMap(({ text }) =>
    [...text.matchAll(/(?:::label\{name="|labels: \[)([^"\]]+)/g)].map((m) => m[1] ?? ''),
  );
  let count = sources.length + 1;
  for (let copy = 1; count < PAGES; copy += 1) {
    for (const { name, text } of sources) {
      if (count >= PAGES) break;
      const file = join(latest, 'copies', String(copy), name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, corpusPage(text, copy, labels));
      count += 1;
    }
  }
  const start = performance.now();
  execFileSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    stdio: process.env['BENCH_VERBOSE'] ? 'inherit' : 'ignore',
  });
  const ms = performance.now() - start;
  rmSync(dir, { recursive: true, force: true });
  return { ms, pages: count };
}

const dist = join(ROOT, 'dist');
const page = pageWeight(dist, 'latest/archive/appnotes/neuron1x/introducing-libnrt');
const corpus = buildCorpus();
const rows: [string, number, number, string][] = [
  ['JS on page load, gzip (KiB)', kib(page.js), BUDGETS.jsKiB, 'Starlight 31'],
  ['doc page total, gzip (KiB)', kib(page.total), BUDGETS.pageKiB, 'Starlight 59'],
  [`build, ms per page (${corpus.pages} pages)`, corpus.ms / corpus.pages, BUDGETS.msPerPage, 'Starlight 25.6'],
];
let over = false;
console.log('| figure | measured | budget | peer |\n| --- | --- | --- | --- |');
for (const [name, value, budget, peer] of rows) {
  const ok = value <= budget;
  over ||= !ok;
  console.log(`| ${name} | ${value.toFixed(2)} | ≤ ${budget} ${ok ? '✓' : '✗ OVER'} | ${peer} |`);
}
console.log(`\nbuild of ${corpus.pages} pages: ${(corpus.ms / 1000).toFixed(1)} s`);
process.exit(over ? 1 : 0);
