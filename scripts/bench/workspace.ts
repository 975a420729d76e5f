/**
 * Fresh temporary projects for cold builds. `node_modules` is a real folder of symlinks to the installed
 * packages, leaving out the caches that live in it (Astro's `cacheDir`, `node_modules/.astro`, and Vite's), so a
 * cold build never starts from a cache another build left.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Entries of `node_modules` that are caches, not packages. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** `<dir>/node_modules` as a real folder whose entries link to those of `modules` (caches left out). */
export function linkNodeModules(modules: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(modules)) {
    if (!CACHES.has(entry)) symlinkSync(join(modules, entry), join(target, entry));
  }
}

/**
 * `<dir>/node_modules` as a copy of `modules` made of hard links (caches left out): for a project whose
 * packages hold `.astro` components (Starlight's), which Astro fails to compile from behind a symlink (it joins
 * the package's real path to the project root). Copies the files where hard links cannot be made.
 */
export function hardlinkNodeModules(modules: string, dir: string): void {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  const entries = readdirSync(modules).filter((entry) => !CACHES.has(entry));
  try {
    execFileSync('cp', ['-al', ...entries.map((entry) => join(modules, entry)), target]);
  } catch {
    for (const entry of entries) cpSync(join(modules, entry), join(target, entry), { recursive: true });
  }
}

/** How a temporary project gets its packages. */
export type ModulesMode = 'symlinks' | 'hardlinks';

/** A new temporary folder holding copies of `entries` of `from` (those that exist) and its packages. */
export function tempProject(from: string, entries: readonly string[], prefix: string, modules: ModulesMode): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of entries) {
    if (existsSync(join(from, entry))) cpSync(join(from, entry), join(dir, entry), { recursive: true });
  }
  (modules === 'symlinks' ? linkNodeModules : hardlinkNodeModules)(join(from, 'node_modules'), dir);
  return dir;
}

/** Installs a peer's workspace (`npm ci`) unless its node_modules is there already. */
export function ensureInstalled(peerDir: string): void {
  if (existsSync(join(peerDir, 'node_modules'))) return;
  console.error(`installing ${peerDir} (first use)…`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peerDir, stdio: 'inherit' });
}
