import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeight, staticImports } from '../../../scripts/bench/page-weight.ts';

const FILES: Record<string, string> = {
  '/latest/a/index.html': [
    '<html><head><link rel="stylesheet" href="/_astro/site.css"><link rel=stylesheet href="../../_astro/site.css">',
    '<link rel="modulepreload" href="/_astro/pre.js"><script type="module" src="/_astro/page.js"></script>',
    '<script>document.documentElement.dataset.theme = "dark";</script></head><body>Hello</body></html>',
  ].join(''),
  '/_astro/site.css': 'body { color: red }',
  '/_astro/page.js': 'import{a as b}from"./chunk.js";import"./side.js";b();const s=()=>import("./search.js");',
  '/_astro/chunk.js': 'export const a = () => 1;',
  '/_astro/side.js': 'import "./chunk.js"; console.log(1);',
  '/_astro/pre.js': 'export {};',
};
const read = (path: string) => {
  const text = FILES[path];
  if (text === undefined) throw new Error(`not found: ${path}`);
  return Buffer.from(text);
};
const gz = (path: string) => gzipSync(FILES[path] ?? '', { level: 9 }).length;

describe('staticImports', () => {
  it('finds static imports, not dynamic ones, resolved against the module', () => {
    expect(staticImports(FILES['/_astro/page.js'] ?? '', '/_astro/page.js')).toEqual([
      '/_astro/chunk.js',
      '/_astro/side.js',
    ]);
    expect(staticImports('export{x}from"../y.js";', '/a/b/c.js')).toEqual(['/a/y.js']);
  });
});

describe('pageWeight', () => {
  const weight = pageWeight('/latest/a/', read);

  it('counts each stylesheet and script once, with the modules they import, and no dynamic import', () => {
    expect(weight.files.sort()).toEqual(
      [
        '/latest/a/index.html',
        '/_astro/site.css',
        '/_astro/site.css',
        '/_astro/pre.js',
        '/_astro/page.js',
        '/_astro/chunk.js',
        '/_astro/side.js',
      ].sort(),
    );
    expect(weight.css).toBe(gz('/_astro/site.css'));
  });

  it('adds inline scripts to the JavaScript, and counts them once in the total (inside the HTML)', () => {
    const files = ['/_astro/pre.js', '/_astro/page.js', '/_astro/chunk.js', '/_astro/side.js'].reduce(
      (s, f) => s + gz(f),
      0,
    );
    const inline = gzipSize('document.documentElement.dataset.theme = "dark";');
    expect(weight.js).toBe(files + inline);
    expect(weight.total).toBe(weight.html + weight.css + files);
  });
});
