/**
 * A page saved as rendered text (seed 003) → fragments. Judgement calls, documented because the
 * text dump lost the structure:
 * - a paragraph ending in Sphinx's `#` permalink mark is a heading (the `#` is dropped);
 * - a paragraph that is exactly `Note` (etc.) is an admonition title; the one paragraph after it is
 *   the admonition's body (every admonition in the dump has a single paragraph);
 * - tables were flattened one cell per paragraph (empty cells vanished, so the grid cannot be
 *   rebuilt): a run of 3 or more short paragraphs that are not sentences (no final `.`, no `:`) is
 *   read as table cells. Cells are only required somewhere in a `<table>`'s text, not at a row/column
 *   position (the dump cannot say which column an empty cell left).
 * The dump has no link information, so it yields no link fragments.
 */
import { normalize } from './normalize.ts';
import type { Fragment, FragmentKind } from './types.ts';

const ADMONITION_TITLES = new Set([
  'Note',
  'Important',
  'Warning',
  'Tip',
  'Hint',
  'Caution',
  'Attention',
  'Danger',
  'Error',
  'See also',
]);

interface Para {
  readonly text: string;
  readonly line: number;
}

function paragraphs(text: string): Para[] {
  const out: Para[] = [];
  let cur: string[] = [];
  let start = 0;
  text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .forEach((l, i) => {
      if (l.trim() === '') {
        if (cur.length > 0) out.push({ text: normalize(cur.join(' ')), line: start });
        cur = [];
      } else {
        if (cur.length === 0) start = i + 1;
        cur.push(l);
      }
    });
  if (cur.length > 0) out.push({ text: normalize(cur.join(' ')), line: start });
  return out;
}

const looksLikeCell = (p: Para): boolean =>
  !p.text.endsWith('#') &&
  !ADMONITION_TITLES.has(p.text) &&
  !/[.:]$/u.test(p.text) &&
  !p.text.includes(':') &&
  p.text.length <= 80;

export function extractText(text: string, source: string): Fragment[] {
  const paras = paragraphs(text);
  const cell = paras.map(() => false);
  for (let i = 0; i < paras.length;) {
    let j = i;
    while (j < paras.length && looksLikeCell(paras[j] as Para)) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) cell[k] = true;
    i = Math.max(j, i + 1);
  }
  const out: Fragment[] = [];
  let admonition: string | undefined;
  paras.forEach((p, i) => {
    if (ADMONITION_TITLES.has(p.text)) {
      admonition = p.text;
      return;
    }
    let kind: FragmentKind = cell[i] === true ? 'cell' : 'paragraph';
    let t = p.text;
    if (t.endsWith('#')) {
      kind = 'heading';
      t = t.slice(0, -1).trimEnd();
    } else if (admonition !== undefined) {
      kind = 'admonition';
    }
    out.push({
      text: t,
      kind,
      source,
      line: p.line,
      ...(kind === 'admonition' && admonition !== undefined ? { admonition } : {}),
    });
    admonition = undefined;
  });
  return out;
}
