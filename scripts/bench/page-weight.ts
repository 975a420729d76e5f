/**
 * What a reader downloads to show a page, before opening search: its HTML, the stylesheets it links, the scripts
 * it loads (with the modules they import statically, and scripts written inline), all gzipped. Modules imported
 * dynamically (`import()`: a search UI and its index) are not part of it.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes (gzip) of one page and what it loads. */
export interface PageWeight {
  html: number;
  css: number;
  /** Script files and inline scripts. */
  js: number;
  /** HTML + CSS + script files (inline scripts are counted once, in the HTML). */
  total: number;
  /** The files counted, as URL paths. */
  files: string[];
}

export const gzipSize = (bytes: Buffer | string): number => gzipSync(bytes, { level: 9 }).length;

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
const STATIC_IMPORT = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** URL paths of the modules a script imports statically, resolved against the script's own path. */
export function staticImports(code: string, from: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => posix.resolve(posix.dirname(from), match[1] ?? ''));
}

/** The weight of the page at `url` (`/latest/x/`), reading files through `read` (URL path → bytes). */
export function pageWeight(url: string, read: (path: string) => Buffer): PageWeight {
  const page = posix.join(url, 'index.html');
  const html = read(page).toString('utf8');
  const resolve = (href: string) => (href.startsWith('/') ? href : posix.resolve(posix.dirname(page), href));
  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((m) => m[0]);
  const stylesheets = tags('link')
    .filter((tag) => /rel=["']?stylesheet/.test(tag))
    .flatMap((tag) => attr(tag, 'href') ?? []);
  const scripts = [
    ...tags('script').flatMap((tag) => attr(tag, 'src') ?? []),
    ...tags('link')
      .filter((tag) => /rel=["']?modulepreload/.test(tag))
      .flatMap((tag) => attr(tag, 'href') ?? []),
  ].map(resolve);
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? '')
    .filter((code) => code.trim() !== '');
  const seen = new Set<string>();
  let js = inline.reduce((sum, code) => sum + gzipSize(code), 0);
  for (let file = scripts.shift(); file !== undefined; file = scripts.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    js += gzipSize(code);
    scripts.push(...staticImports(code.toString('utf8'), file));
  }
  const css = [...new Set(stylesheets.map(resolve))].reduce((sum, file) => sum + gzipSize(read(file)), 0);
  const htmlBytes = gzipSize(html);
  const scriptFiles = js - inline.reduce((sum, code) => sum + gzipSize(code), 0);
  return {
    html: htmlBytes,
    css,
    js,
    total: htmlBytes + css + scriptFiles,
    files: [page, ...stylesheets.map(resolve), ...seen],
  };
}

/** The weight of a page of a built site in `dist`. */
export const builtPageWeight = (dist: string, url: string): PageWeight =>
  pageWeight(url, (path) => readFileSync(join(dist, path)));
