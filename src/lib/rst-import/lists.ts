import { dedent, isBlank, indentOf, minIndent, trimBlankLines, type Line } from './source.ts';

const BULLET = /^([*+\-\u2022])(\s+|$)/;
const ENUMERATED = /^(#|\d+|[a-zA-Z])\.(\s+|$)/;

/** The marker of a list item line: its kind (bullet char or `enum`), start number and width with spaces. */
export interface ListMarker {
  readonly kind: string;
  readonly start: number;
  readonly width: number;
  readonly empty: boolean;
}

/** Recognises a list item marker at the start of an unindented line. */
export function matchMarker(text: string): ListMarker | undefined {
  const bullet = BULLET.exec(text);
  if (bullet) return { kind: bullet[1]!, start: 1, width: bullet[0].length, empty: bullet[0].length === text.length };
  const enumerated = ENUMERATED.exec(text);
  if (enumerated) {
    const value = enumerated[1]!;
    const start = /^\d+$/.test(value) ? Number(value) : 1;
    return { kind: 'enum', start, width: enumerated[0].length, empty: enumerated[0].length === text.length };
  }
  return undefined;
}

/** One list item's body lines, dedented to the item's content column. */
export interface ListItemLines {
  readonly line: number;
  readonly lines: Line[];
}

/**
 * Splits the list starting at `lines[at]` into item bodies, following docutils: an item's body is the lines
 * indented at least to the column after the marker (so `* Term\n   Definition` is a definition list inside the
 * item, while `* Text\n  more text` is one paragraph). The list ends at the first line that is not an item of
 * the same kind. Returns the items and the index after the list.
 */
export function splitItems(
  lines: readonly Line[],
  at: number,
): { marker: ListMarker; items: ListItemLines[]; end: number } {
  const marker = matchMarker(lines[at]!.text)!;
  const items: ListItemLines[] = [];
  let index = at;
  for (;;) {
    const current = matchMarker(lines[index]!.text)!;
    let end = index + 1;
    let width = current.width;
    if (current.empty) {
      // Nothing after the marker: the body's indentation is that of its first following line.
      let probe = end;
      while (probe < lines.length && isBlank(lines[probe]!)) probe++;
      width = probe < lines.length && indentOf(lines[probe]!) > 0 ? indentOf(lines[probe]!) : current.width;
    }
    while (end < lines.length && (isBlank(lines[end]!) || indentOf(lines[end]!) >= width)) end++;
    const first = { no: lines[index]!.no, text: lines[index]!.text.slice(current.width) };
    const rest = dedent(lines.slice(index + 1, end), width);
    items.push({ line: lines[index]!.no, lines: trimBlankLines(current.empty ? rest : [first, ...rest]) });
    let next = end;
    while (next < lines.length && isBlank(lines[next]!)) next++;
    const following = next < lines.length && indentOf(lines[next]!) === 0 ? matchMarker(lines[next]!.text) : undefined;
    if (!following || following.kind !== marker.kind) return { marker, items, end };
    index = next;
  }
}

/** Dedents lines to their smallest indentation. */
export const dedentAll = (lines: readonly Line[]): Line[] => dedent(lines, minIndent(lines));
