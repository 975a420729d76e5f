/**
 * `<div …>` … `</div>` in a notebook's Markdown cell, as nbsphinx reads it: pandoc parses Markdown inside HTML
 * blocks (its `markdown_in_html_blocks`), so a div's lines are Markdown — code spans, emphasis, lists — not
 * HTML to show as written. Only a div whose tags stand on lines of their own, outside code fences, is split out;
 * any other HTML stays a raw block.
 */

export type DivPiece =
  | { readonly kind: 'markdown'; readonly text: string; readonly line: number }
  | {
      readonly kind: 'div';
      readonly classes: readonly string[];
      /** Whether `class` is the div's only attribute (nbsphinx turns only such a div into an admonition). */
      readonly onlyClass: boolean;
      readonly body: readonly DivPiece[];
      readonly line: number;
    };

const OPEN = /^\s{0,3}<div(\s[^<>]*)?>\s*$/i;
const CLOSE = /^\s{0,3}<\/div\s*>\s*$/i;
const CLASS = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/** The cell's text as Markdown pieces and the divs between them (nested divs nest). */
export function splitDivs(text: string, firstLine: number): DivPiece[] {
  const lines = text.split('\n');
  // Each div's open and close line, matched as a stack; tags inside code fences do not count.
  const pairs = new Map<number, number>();
  const open: number[] = [];
  let fence: string | undefined;
  for (const [index, line] of lines.entries()) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = undefined;
      continue;
    }
    if (marker) fence = marker;
    else if (OPEN.test(line)) open.push(index);
    else if (CLOSE.test(line) && open.length > 0) pairs.set(open.pop()!, index);
  }
  return pieces(lines, 0, lines.length, firstLine, pairs);
}

function pieces(lines: string[], from: number, to: number, firstLine: number, pairs: Map<number, number>): DivPiece[] {
  const out: DivPiece[] = [];
  let start = from;
  const flush = (end: number) => {
    if (lines.slice(start, end).some((line) => line.trim() !== '')) {
      out.push({ kind: 'markdown', text: lines.slice(start, end).join('\n'), line: firstLine + start });
    }
  };
  for (let index = from; index < to; index++) {
    const close = pairs.get(index);
    if (close === undefined || close >= to) continue;
    flush(index);
    const attributes = (OPEN.exec(lines[index]!)?.[1] ?? '').trim();
    const classes = CLASS.exec(attributes);
    out.push({
      kind: 'div',
      classes: (classes?.[1] ?? classes?.[2] ?? '').split(/\s+/).filter(Boolean),
      onlyClass: classes !== null && classes[0].length === attributes.length,
      body: pieces(lines, index + 1, close, firstLine, pairs),
      line: firstLine + index,
    });
    index = close;
    start = close + 1;
  }
  flush(to);
  return out;
}
