/**
 * RST inline markup → the text Sphinx renders, plus the links it creates.
 * A hand-written, independent re-implementation of the docutils inline rules that the originals use.
 */
import type { RefResolver } from './refs.ts';

export interface InlineLink {
  readonly text: string;
  /** External URL; absent for `:ref:` links (any href will do). */
  readonly href?: string;
  readonly type: 'external' | 'ref';
  /** Offset of the markup in the input (to map back to a source line). */
  readonly offset: number;
}

export interface InlineResult {
  /** Rendered text (not yet whitespace-normalized). */
  readonly text: string;
  readonly links: readonly InlineLink[];
}

// docutils: a start-string must follow the start of text, whitespace or opening punctuation;
// an end-string must be followed by the end of text, whitespace or closing punctuation.
const BEFORE = String.raw`(?<=^|[\s\-:/'"<(\[{])`;
const AFTER = String.raw`(?=$|[\s\-.,:;!?\\/'")\]}>])`;

const TOKEN = new RegExp(
  [
    String.raw`\\(?<esc>[\s\S])`,
    String.raw`${BEFORE}\x60\x60(?<lit>\S(?:[\s\S]*?\S)??)\x60\x60${AFTER}`,
    // Roles: the end is not checked for a following character, so the seed 001 slip
    // :ref:`regular <neuron-regular-updates>`updates is read as intended ("regular" + "updates"), as the import
    // patches it (scripts/import/patches.yaml; Sphinx itself lost the words up to the next reference).
    String.raw`${BEFORE}:(?<role>[A-Za-z][\w+.-]*):\x60(?<roleText>[^\x60]+)\x60`,
    String.raw`${BEFORE}\x60(?<interp>[^\x60]+)\x60(?<linkSuffix>__?)?${AFTER}`,
    String.raw`${BEFORE}\*\*(?<strong>\S(?:[\s\S]*?\S)??)\*\*${AFTER}`,
    String.raw`${BEFORE}\*(?<em>[^\s*](?:[\s\S]*?[^\s\\])??)\*${AFTER}`,
  ].join('|'),
  'gu',
);

/** `text <target>` → [text, target]; a bare target has no text. */
function splitTarget(s: string): { text: string | undefined; target: string } {
  const m = /^([\s\S]*?)\s*<([^<>]+)>$/u.exec(s.trim());
  if (m === null) return { text: undefined, target: s.trim() };
  const text = m[1]?.trim() ?? '';
  return { text: text === '' ? undefined : text, target: (m[2] ?? '').trim() };
}

export function stripInline(raw: string, resolveRef: RefResolver): InlineResult {
  const links: InlineLink[] = [];
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    out += raw.slice(last, m.index);
    last = m.index + m[0].length;
    if (g['esc'] !== undefined) {
      // An escaped whitespace character disappears; anything else stands for itself.
      out += /\s/u.test(g['esc']) ? '' : g['esc'];
    } else if (g['lit'] !== undefined) {
      out += g['lit'];
    } else if (g['role'] !== undefined) {
      const role = g['role'];
      const { text, target } = splitTarget(g['roleText'] ?? '');
      if (role === 'ref') {
        const resolved = resolveRef(target);
        // The oracle's titles are plain text already (docutils' astext of the title)
        const title = resolved.resolved ? resolved.title : null;
        const shown = text ?? title ?? target;
        out += shown;
        // Sphinx links a label that resolves, and shows one it cannot resolve (or title) as plain text.
        if (resolved.resolved && (text !== undefined || title !== null))
          links.push({ text: shown, type: 'ref', offset: m.index });
      } else {
        out += text ?? target;
      }
      // Seed 001 slip: a word glued to the closing backtick was meant to follow after a space.
      if (/^\w/u.test(raw.slice(last))) out += ' ';
    } else if (g['interp'] !== undefined) {
      const { text, target } = splitTarget(g['interp']);
      if (g['linkSuffix'] !== undefined && /^(https?:|mailto:|ftp:)/u.test(target)) {
        const shown = text ?? target;
        out += shown;
        links.push({ text: shown, href: target, type: 'external', offset: m.index });
      } else {
        out += text ?? target;
      }
    } else if (g['strong'] !== undefined) {
      out += g['strong'];
    } else if (g['em'] !== undefined) {
      out += g['em'];
    }
  }
  out += raw.slice(last);
  return { text: out, links };
}
