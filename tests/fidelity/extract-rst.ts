/**
 * RST source → the text fragments Sphinx renders, each with its kind and source line.
 *
 * An independent oracle: a small indentation-based reader of the RST constructs the originals use,
 * sharing no code with the importer under test (scripts/import/). Unknown directives and
 * constructs it cannot read throw, so the oracle never silently expects less.
 *
 * Fragment granularity follows the *intended* block structure, which is never coarser than what
 * docutils builds: a line that starts a list item, or a change of indentation, ends a fragment even
 * where docutils would have glued the lines into one paragraph (`* Term` + deeper text, a bullet
 * right after a paragraph line). Each such fragment is contained in Sphinx's rendering and in any
 * faithful rendering of the intended structure.
 */
import { dirname, join, normalize as normalizePath } from 'node:path';
import { readFileSync } from 'node:fs';
import { normalize } from './normalize.ts';
import type { RefResolver } from './refs.ts';
import { stripInline } from './rst-inline.ts';
import type { Fragment, FragmentKind } from './types.ts';

interface Line {
  /** Text with tabs expanded and trailing whitespace removed. */
  readonly text: string;
  /** 1-based source line. */
  readonly no: number;
  readonly source: string;
  readonly via?: string;
}

/** Reads an included file: `from` is the including source name, `target` the directive argument. */
export type IncludeReader = (from: string, target: string) => { source: string; text: string };

export interface ExtractRstOptions {
  readonly resolveRef: RefResolver;
  readonly readInclude?: IncludeReader;
}

/**
 * Include reader for files named by their path inside one folder (`fileOf` turns that name into the file); source
 * names stay in that form. Targets resolve against `includeDir` (a name in the folder) when given — the seeds sit
 * apart from the files they include — else against the including file's folder.
 */
export function fileIncludeReader(fileOf: (name: string) => string, includeDir?: string): IncludeReader {
  return (from, target) => {
    const source = normalizePath(join(includeDir ?? dirname(from), target));
    return { source, text: readFileSync(fileOf(source), 'utf8') };
  };
}

interface Context {
  /** Kind of the paragraphs in this region. */
  readonly kind: FragmentKind;
  readonly admonition?: string;
}

const ADMONITIONS: Readonly<Record<string, string>> = {
  note: 'Note',
  important: 'Important',
  warning: 'Warning',
  tip: 'Tip',
  hint: 'Hint',
  caution: 'Caution',
  attention: 'Attention',
  danger: 'Danger',
  error: 'Error',
  seealso: 'See also',
};
/** Directives Sphinx renders without any text of their own on the page body. */
const SILENT_DIRECTIVES = new Set(['contents', 'post', 'meta', 'index', 'highlight']);
const CODE_DIRECTIVES = new Set(['code', 'code-block', 'sourcecode']);

const BULLET = /^([-*+•])(?:(\s+)(.*))?$/u;
const ENUMERATED = /^(#\.|\d+\.|\(\d+\)|\d+\))(?:(\s+)(.*))?$/u;
const DIRECTIVE = /^\.\.\s+([A-Za-z][\w.-]*)\s?::(?:\s+(.*))?$/u;
const GRID_BORDER = /^\+(?:[-=]+\+)+$/u;
const ADORNMENT = /^([!-/:-@[-`{-~])\1+$/u;

const isBlank = (l: Line): boolean => l.text.trim() === '';
const indentOf = (l: Line): number => l.text.length - l.text.trimStart().length;
const startsListItem = (s: string): boolean => /^[-*+•]\s+\S/u.test(s) || /^#\.\s+\S/u.test(s);

function toLines(text: string, source: string, via?: string): Line[] {
  return text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((t, i) => ({
      text: t.replace(/\t/gu, '        ').trimEnd(),
      no: i + 1,
      source,
      ...(via === undefined ? {} : { via }),
    }));
}

/** Lines i+1.. that are blank or indented deeper than `col`; trailing blanks excluded. Returns end index. */
function blockEnd(lines: readonly Line[], i: number, col: number): number {
  let j = i + 1;
  let end = j;
  while (j < lines.length) {
    const l = lines[j];
    if (l === undefined) break;
    if (isBlank(l)) {
      j++;
      continue;
    }
    if (indentOf(l) <= col) break;
    j++;
    end = j;
  }
  return end;
}

function minIndent(lines: readonly Line[]): number {
  let min = Infinity;
  for (const l of lines) if (!isBlank(l)) min = Math.min(min, indentOf(l));
  return min;
}

function withText(l: Line, text: string): Line {
  return { ...l, text };
}

class RstExtractor {
  readonly out: Fragment[] = [];
  readonly #options: ExtractRstOptions;
  #includeDepth = 0;

  constructor(options: ExtractRstOptions) {
    this.#options = options;
  }

  #fail(l: Line, what: string): never {
    throw new Error(`${l.source}:${l.no}: fidelity oracle cannot read ${what}: ${l.text.trim()}`);
  }

  #push(l: Line, kind: FragmentKind, text: string, ctx: Context, extra: Partial<Fragment> = {}): void {
    const t = normalize(text);
    if (t === '') return;
    this.out.push({
      text: t,
      kind,
      source: l.source,
      line: l.no,
      ...(l.via === undefined ? {} : { via: l.via }),
      ...(ctx.admonition === undefined ? {} : { admonition: ctx.admonition }),
      ...extra,
    });
  }

  /** Inline text of consecutive lines → one fragment plus its link fragments. */
  #inline(lines: readonly Line[], kind: FragmentKind, ctx: Context): void {
    const first = lines[0];
    if (first === undefined) return;
    const raw = lines.map((l) => l.text.trim()).join('\n');
    const { text, links } = stripInline(raw, this.#options.resolveRef);
    this.#push(first, kind, text, ctx);
    for (const link of links) {
      const lineIdx = raw.slice(0, link.offset).split('\n').length - 1;
      const at = lines[lineIdx] ?? first;
      this.#push(at, 'link', link.text, ctx, {
        linkType: link.type,
        ...(link.href === undefined ? {} : { href: link.href }),
      });
    }
  }

  region(lines: readonly Line[], ctx: Context): void {
    const base = minIndent(lines);
    let literalNext = false;
    let i = 0;
    while (i < lines.length) {
      const l = lines[i];
      if (l === undefined) break;
      if (isBlank(l)) {
        i++;
        continue;
      }
      const col = indentOf(l);
      const s = l.text.slice(col);
      if (col > base) {
        // Deeper block after a paragraph: a block quote, a definition, or a `::` literal block.
        const end = blockEnd(lines, i - 1, base);
        const block = lines.slice(i, end);
        if (literalNext) this.#code(block, ctx);
        else this.region(block, ctx);
        literalNext = false;
        i = end;
        continue;
      }
      literalNext = false;
      const next = lines[i + 1];
      const afterNext = lines[i + 2];
      if (s.startsWith('..') && /^\.\.(\s|$)/u.test(s)) {
        const end = blockEnd(lines, i, col);
        this.#explicit(lines.slice(i, end), col, ctx);
        i = end;
      } else if (BULLET.test(s) || ENUMERATED.test(s)) {
        const end = blockEnd(lines, i, col);
        const m = BULLET.exec(s) ?? ENUMERATED.exec(s);
        this.#listItem(lines.slice(i, end), col, m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? '', {
          kind: 'list-item',
          ...(ctx.admonition === undefined ? {} : { admonition: ctx.admonition }),
        });
        i = end;
      } else if (GRID_BORDER.test(s)) {
        let end = i + 1;
        while (end < lines.length) {
          const t = lines[end]?.text.slice(col) ?? '';
          if (!(t.startsWith('+') || t.startsWith('|'))) break;
          end++;
        }
        this.#gridTable(lines.slice(i, end), col);
        i = end;
      } else if (
        ADORNMENT.test(s) &&
        next !== undefined &&
        !isBlank(next) &&
        afterNext !== undefined &&
        ADORNMENT.test(afterNext.text.trim())
      ) {
        this.#inline([next], 'heading', { kind: 'heading' });
        i += 3;
      } else if (
        next !== undefined &&
        !isBlank(next) &&
        indentOf(next) === col &&
        ADORNMENT.test(next.text.trim()) &&
        next.text.trim().length >= Math.min(s.length, 4)
      ) {
        this.#inline([l], 'heading', { kind: 'heading' });
        i += 2;
      } else if (ADORNMENT.test(s) && s.length >= 4) {
        i++; // transition
      } else if (/^:[^:`]+:(\s|$)/u.test(s) || s.startsWith('| ') || s.startsWith('>>>')) {
        this.#fail(l, 'field lists, line blocks or doctest blocks');
      } else {
        let end = i + 1;
        while (end < lines.length) {
          const n = lines[end];
          if (n === undefined || isBlank(n) || indentOf(n) !== col) break;
          const t = n.text.slice(col);
          if (startsListItem(t) || /^\.\.(\s|$)/u.test(t)) break;
          end++;
        }
        const para = lines.slice(i, end);
        const lastLine = para[para.length - 1];
        if (lastLine !== undefined && lastLine.text.endsWith('::')) {
          // `text::` renders "text:"; a lone `::` renders nothing. The next deeper block is literal.
          literalNext = true;
          const t = lastLine.text.replace(/\s*::$/u, lastLine.text.trimEnd().endsWith(' ::') ? '' : ':');
          para[para.length - 1] = withText(lastLine, t);
        }
        this.#inline(para, ctx.kind, ctx);
        i = end;
      }
    }
  }

  /** An item body: the first line's text is treated as sitting with the rest of the item. */
  #listItem(block: readonly Line[], col: number, marker: string, spaces: string, first: string, ctx: Context): void {
    const head = block[0];
    if (head === undefined) return;
    const rest = block.slice(1);
    const contentCol = col + marker.length + spaces.length;
    const vcol = Math.min(contentCol, minIndent(rest));
    const body = first.trim() === '' ? rest : [withText(head, ' '.repeat(vcol) + first), ...rest];
    this.region(body, ctx);
  }

  /** Splits a region into its top-level list items (for list-table rows and cells). */
  #items(lines: readonly Line[]): Line[][] {
    const base = minIndent(lines);
    const items: Line[][] = [];
    let i = 0;
    while (i < lines.length) {
      const l = lines[i];
      if (l === undefined) break;
      if (isBlank(l)) {
        i++;
        continue;
      }
      const s = l.text.slice(base);
      const m = BULLET.exec(s);
      if (m === null || indentOf(l) !== base) this.#fail(l, 'a list-table that is not a two-level bullet list');
      const end = blockEnd(lines, i, base);
      const rest = lines.slice(i + 1, end);
      const contentCol = base + (m[1] ?? '').length + (m[2] ?? '').length;
      const vcol = Math.min(contentCol, minIndent(rest));
      const first = m[3] ?? '';
      items.push(first.trim() === '' ? rest : [withText(l, ' '.repeat(vcol) + first), ...rest]);
      i = end;
    }
    return items;
  }

  #code(lines: readonly Line[], ctx: Context): void {
    const min = minIndent(lines);
    for (const l of lines) {
      if (isBlank(l)) continue;
      this.#push(l, 'code', l.text.slice(min), ctx);
    }
  }

  #explicit(block: readonly Line[], col: number, ctx: Context): void {
    const head = block[0];
    if (head === undefined) return;
    const s = head.text.slice(col);
    const body = block.slice(1);
    const d = DIRECTIVE.exec(s);
    if (d === null) {
      // Labels (`.. _x:`), hyperlink targets and comments (`.. :important:`, `.. text`) render nothing.
      if (/^\.\.\s+(\[|\|)/u.test(s)) this.#fail(head, 'footnotes, citations or substitutions');
      return;
    }
    const name = (d[1] ?? '').toLowerCase();
    const arg = d[2]?.trim() ?? '';
    // Options: `:name: value` lines right after the directive line.
    let k = 0;
    while (
      k < body.length &&
      body[k] !== undefined &&
      !isBlank(body[k] as Line) &&
      /^:[\w-]+:/u.test((body[k] as Line).text.trim())
    )
      k++;
    const content = body.slice(k);
    if (SILENT_DIRECTIVES.has(name)) return;
    if (name === 'include') {
      this.#include(head, arg, ctx);
    } else if (CODE_DIRECTIVES.has(name)) {
      this.#code(content, ctx);
    } else if (name in ADMONITIONS || name === 'admonition') {
      const title = name === 'admonition' ? arg : (ADMONITIONS[name] ?? name);
      const inner: Context = { kind: 'admonition', admonition: title };
      const col0 = Math.min(minIndent(content), col + 3);
      const lines =
        name !== 'admonition' && arg !== '' ? [withText(head, ' '.repeat(col0) + arg), ...content] : content;
      if (name === 'admonition') this.#push(head, 'heading', arg, inner);
      this.region(lines, inner);
    } else if (name === 'list-table') {
      if (arg !== '') this.#inline([withText(head, arg)], 'caption', { kind: 'caption' });
      for (const row of this.#items(content)) {
        for (const cell of this.#items(row)) this.region(cell, { kind: 'cell' });
      }
    } else {
      this.#fail(head, `the directive "${name}"`);
    }
  }

  #include(head: Line, target: string, ctx: Context): void {
    const read = this.#options.readInclude;
    if (read === undefined) this.#fail(head, 'includes without an include reader');
    if (this.#includeDepth > 8) this.#fail(head, 'includes nested this deep');
    const { source, text } = read(head.source, target);
    this.#includeDepth++;
    this.region(toLines(text, source, `${head.source}:${head.no}`), ctx);
    this.#includeDepth--;
  }

  #gridTable(block: readonly Line[], col: number): void {
    const border = block[0]?.text.slice(col) ?? '';
    const cuts: number[] = [];
    for (let p = 0; p < border.length; p++) if (border[p] === '+') cuts.push(p);
    let row: Line[][] = cuts.slice(1).map(() => []);
    const flush = (): void => {
      for (const cell of row) if (cell.some((l) => !isBlank(l))) this.region(cell, { kind: 'cell' });
      row = cuts.slice(1).map(() => []);
    };
    for (const l of block.slice(1)) {
      const t = l.text.slice(col);
      if (t.startsWith('+')) {
        if (!GRID_BORDER.test(t.slice(0, (cuts[cuts.length - 1] ?? 0) + 1)))
          this.#fail(l, 'grid tables with spanning cells');
        flush();
        continue;
      }
      for (let c = 0; c + 1 < cuts.length; c++) {
        const from = cuts[c] ?? 0;
        const to = cuts[c + 1] ?? 0;
        if (t[from] !== '|' || (t[to] !== '|' && t[to] !== undefined)) this.#fail(l, 'grid tables with spanning cells');
        row[c]?.push(withText(l, t.slice(from + 1, to).trimEnd()));
      }
    }
    flush();
  }
}

/**
 * The fragments of an RST page that must appear on the built page, in source order.
 * `source` names the file in messages and is what `readInclude` resolves includes against.
 */
export function extractRst(text: string, source: string, options: ExtractRstOptions): Fragment[] {
  const x = new RstExtractor(options);
  x.region(toLines(text, source), { kind: 'paragraph' });
  return x.out;
}
