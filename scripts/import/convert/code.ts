/**
 * Code: `code-block`/`code`/`sourcecode`, `literalinclude` and `nki_example` → a fenced block with a title
 * (`:caption:`), highlighted lines and line numbers in its info string. `literalinclude` reads and slices the
 * file as Sphinx 5's `LiteralIncludeReader` does (start/end filters, then `:lines:`, `:dedent:`, prepend/append).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { children, directiveParts, elements, textOf, type DElement } from '../doctree.ts';
import { codeFence } from '../escape.ts';
import { text, type Block } from '../mdx.ts';
import { codeLanguage } from './blocks.ts';
import { convertInline } from './inline.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

/** Sphinx's `parselinenos`: `1-3,5,8-` → 0-based line indexes. */
export function parseLineNumbers(spec: string, total: number): number[] {
  const items: number[] = [];
  for (const part of spec.split(',')) {
    const range = part.trim().split('-');
    if (range.length === 1 && range[0] !== '') items.push(Number.parseInt(range[0]!, 10) - 1);
    else if (range.length === 2 && (range[0] !== '' || range[1] !== '')) {
      const start = range[0] ? Number.parseInt(range[0], 10) : 1;
      const end = range[1] ? Number.parseInt(range[1], 10) : Math.max(start, total);
      if (start > end) throw new Error(`invalid line number spec: "${spec}"`);
      for (let n = start - 1; n < end; n++) items.push(n);
    } else throw new Error(`invalid line number spec: "${spec}"`);
  }
  if (items.some((n) => Number.isNaN(n))) throw new Error(`invalid line number spec: "${spec}"`);
  return items;
}

/** 0-based indexes → `3-5,7` (1-based ranges), for a fence's highlighted lines. */
function ranges(indexes: number[]): string {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b).map((n) => n + 1);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j;
  }
  return parts.join(',');
}

/** `dedent_lines`: `:dedent:` without a value is `textwrap.dedent`; with one, that many characters go. */
function dedent(lines: string[], amount: string | undefined): string[] {
  if (amount === undefined) return lines;
  if (amount === '') {
    const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0]);
    let common = indents[0] ?? '';
    for (const indent of indents) while (!indent.startsWith(common)) common = common.slice(0, -1);
    return lines.map((line) => (line.trim() ? line.slice(common.length) : line.replace(/^[ \t]+/, '')));
  }
  const n = Number.parseInt(amount, 10);
  return lines.map((line) => {
    const cut = line.slice(n);
    return line.endsWith('\n') && cut === '' ? '\n' : cut;
  });
}

/** A code block's caption: its text, and its inline MDX when it has markup a fence's title cannot hold. */
export interface Caption {
  readonly text: string;
  readonly markup?: string;
}

interface Fence {
  code: string;
  language: string;
  caption?: Caption | undefined;
  emphasize?: string;
  lineNumbers?: number;
}

/**
 * A fenced block; its caption as the fence's `title`, or — when the caption has links (`:download:`, a reference)
 * — as the label of a `:::code-figure` around the fence.
 */
export function fence({ code, language, caption, emphasize, lineNumbers }: Fence): Block {
  const title = caption && caption.markup === undefined ? caption.text : undefined;
  const meta = [
    language,
    title ? `title="${title.replace(/"/g, '&quot;')}"` : '',
    emphasize ? `{${emphasize}}` : '',
    lineNumbers === undefined ? '' : lineNumbers === 1 ? 'showLineNumbers' : `showLineNumbers=${lineNumbers}`,
  ].filter(Boolean);
  const block = text(codeFence(code, meta.join(' ')));
  if (caption?.markup === undefined) return block;
  return { kind: 'container', name: 'code-figure', label: caption.markup, children: [block] };
}

/** Caption elements a fence's title shows as they are: text, code, emphasis. */
const PLAIN_CAPTION = new Set(['literal', 'emphasis', 'strong']);

/**
 * A code block's caption (`:caption:`, or `fallback` when the option is given empty, as Sphinx does): plain text
 * for a fence's title, with its inline MDX too when it holds more than text (a `:download:` link, a reference).
 */
export function captionOf(node: DElement, page: Page, fallback: string): Caption | undefined {
  const parts = directiveParts(node);
  if (!parts.has('caption')) return undefined;
  const caption = elements(node).find((child) => child.t === 'caption');
  if (!caption) return fallback ? { text: fallback } : undefined;
  const text = textOf(caption).replace(/\s+/g, ' ').trim();
  const plain = children(caption).every((child) => typeof child === 'string' || PLAIN_CAPTION.has(child.t));
  return plain ? { text } : { text, markup: convertInline(children(caption), page) };
}

const CODE_OPTIONS = ['linenos', 'lineno-start', 'emphasize-lines', 'caption', 'name', 'dedent', 'force', 'class'];

export function codeBlock(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, CODE_OPTIONS);
  let lines = parts.content.split('\n');
  if (parts.has('dedent')) lines = dedent(lines, parts.option('dedent'));
  const code = lines.join('\n');
  return [
    fence({
      code,
      language: codeLanguage(parts.argument, page),
      caption: captionOf(node, page, ''),
      ...emphasis(parts.option('emphasize-lines'), lines.length, node, page),
      ...lineNumbering(parts),
    }),
  ];
}

function emphasis(spec: string, total: number, node: DElement, page: Page): { emphasize?: string } {
  if (!spec) return {};
  try {
    return { emphasize: ranges(parseLineNumbers(spec, total).filter((n) => n < total)) };
  } catch (error) {
    return page.fail(node, ':emphasize-lines:', (error as Error).message, 'fix the line numbers with a patch');
  }
}

function lineNumbering(parts: ReturnType<typeof directiveParts>): { lineNumbers?: number } {
  if (!parts.has('linenos') && !parts.has('lineno-start')) return {};
  return { lineNumbers: Number.parseInt(parts.option('lineno-start') || '1', 10) };
}

const INCLUDE_OPTIONS = [
  ...CODE_OPTIONS,
  'language',
  'lines',
  'start-after',
  'end-before',
  'start-at',
  'end-at',
  'prepend',
  'append',
  'encoding',
  'tab-width',
  'lineno-match',
];

/** Reads the file of a `literalinclude` (or `nki_example`), or reports it missing. */
function readIncluded(node: DElement, page: Page, construct: string): string[] | undefined {
  const parts = directiveParts(node);
  const target = parts.argument.trim();
  const path = posix.normalize(target.startsWith('/') ? target.slice(1) : posix.join(page.directory, target));
  const file = join(page.version.project.sourcesDir, path);
  if (!existsSync(file)) {
    page.missingFile(node, construct, path, 'nothing, as on the original site when the file was absent');
    return undefined;
  }
  let content = readFileSync(file, 'utf8');
  const tabWidth = Number.parseInt(parts.option('tab-width'), 10);
  if (tabWidth > 0) content = content.replace(/\t/g, ' '.repeat(tabWidth));
  return content.split(/(?<=\n)/);
}

export function literalInclude(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, INCLUDE_OPTIONS);
  let lines = readIncluded(node, page, 'literalinclude');
  if (!lines) return [];
  try {
    lines = startFilter(lines, parts);
    lines = endFilter(lines, parts);
    const spec = parts.option('lines');
    if (spec) {
      const picked = parseLineNumbers(spec, lines.length).filter((n) => n < lines!.length);
      const all = lines;
      lines = picked.map((n) => all[n]!);
      if (lines.length === 0) throw new Error(`line spec "${spec}" pulls no lines from the file`);
    }
  } catch (error) {
    // Sphinx warned and showed nothing; the file is there, so the options are what is wrong
    return page.fail(
      node,
      'literalinclude',
      `${(error as Error).message} in ${parts.argument.trim()}`,
      'fix the option to match the included file, with a patch in scripts/import/patches.yaml',
    );
  }
  if (parts.has('dedent')) lines = dedent(lines, parts.option('dedent'));
  if (parts.option('prepend')) lines.unshift(`${parts.option('prepend')}\n`);
  if (parts.option('append')) lines.push(`${parts.option('append')}\n`);
  const code = lines.join('');
  const caption = captionOf(node, page, parts.argument.trim());
  return [
    fence({
      code,
      language: codeLanguage(parts.option('language'), page),
      caption,
      ...emphasis(parts.option('emphasize-lines'), lines.length, node, page),
      ...lineNumbering(parts),
    }),
  ];
}

function startFilter(lines: string[], parts: ReturnType<typeof directiveParts>): string[] {
  const at = parts.has('start-at');
  const start = at ? parts.option('start-at') : parts.option('start-after');
  if (!start) return lines;
  const index = lines.findIndex((line) => line.includes(start));
  if (index < 0) throw new Error(`${at ? 'start-at' : 'start-after'} pattern not found: ${start}`);
  return lines.slice(at ? index : index + 1);
}

function endFilter(lines: string[], parts: ReturnType<typeof directiveParts>): string[] {
  const at = parts.has('end-at');
  const end = at ? parts.option('end-at') : parts.option('end-before');
  if (!end) return lines;
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.includes(end)) continue;
    if (at) return lines.slice(0, index + 1);
    if (index > 0) return lines.slice(0, index); // end-before ignores a match on the first line
  }
  throw new Error(`${at ? 'end-at' : 'end-before'} pattern not found: ${end}`);
}

/** nki_directives' `nki_example`: the lines between `<marker>_BEGIN` and `<marker>_END` of a file. */
export function nkiExample(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, [...INCLUDE_OPTIONS, 'marker', 'skip_marker', 'whole-file']);
  const lines = readIncluded(node, page, 'nki_example');
  if (!lines) return [];
  const marker = parts.option('marker') || 'NKI_EXAMPLE';
  const skip = parts.option('skip_marker') || 'NKI_EXAMPLE';
  const whole = parts.has('whole-file');
  let example: string[] = [];
  let including = whole;
  let indent = 0;
  for (const line of lines) {
    if (including) {
      if (!whole && line.includes(`${marker}_END`)) {
        including = false;
        continue;
      }
      if (line.includes(skip)) continue;
      example.push(indent && !line.slice(0, indent).includes('\n') ? line.slice(indent) : line);
      continue;
    }
    if (line.includes(`${marker}_BEGIN`)) {
      including = true;
      indent = line.length - line.trimStart().length;
      if (example.length) example.push('\n');
    }
  }
  if (parts.has('dedent')) example = dedent(example, parts.option('dedent'));
  if (parts.option('prepend')) example.unshift(`${parts.option('prepend')}\n`);
  if (parts.option('append')) example.push(`${parts.option('append')}\n`);
  const caption = captionOf(node, page, parts.argument.trim());
  return [
    fence({
      code: example.join(''),
      language: codeLanguage(parts.option('language'), page),
      caption,
      ...emphasis(parts.option('emphasize-lines'), example.length, node, page),
      ...lineNumbering(parts),
    }),
  ];
}
