import type { Line } from './source.ts';

/**
 * Heading levels in order of first appearance of each adornment style, as docutils assigns them: the first style
 * seen is the page title (level 1), the next one level 2 (`##`), and so on. An underline-only `=` and an
 * overlined-and-underlined `=` are different styles.
 */
export class HeadingStyles {
  readonly #styles: string[] = [];

  /** The level of a style (`u=` underline, `o=` over- and underline), registering it when new. */
  levelOf(style: string): number {
    if (!this.#styles.includes(style)) this.#styles.push(style);
    return this.#styles.indexOf(style) + 1;
  }
}

const ADORNMENT = /^([!-/:-@[-`{-~])\1+$/;

/** True for a line made of one repeated punctuation character (a section adornment). */
export const isAdornment = (text: string): boolean => ADORNMENT.test(text);

/** A heading found at a line: its style key, its trimmed text and how many lines it spans. */
export interface HeadingMatch {
  readonly style: string;
  readonly text: string;
  readonly span: number;
}

/**
 * Recognises a section heading starting at `lines[at]`: text underlined (`Title` / `=====`) or over- and
 * underlined. Underlines shorter than the title count when at least 4 long, as in docutils (which only warns).
 */
export function matchHeading(lines: readonly Line[], at: number): HeadingMatch | undefined {
  const first = lines[at]?.text ?? '';
  const second = lines[at + 1]?.text ?? '';
  const third = lines[at + 2]?.text ?? '';
  if (isAdornment(first) && second.trim() !== '' && third === first && !isAdornment(second.trim())) {
    return { style: `o${first[0]}`, text: second.trim(), span: 3 };
  }
  if (first.trim() !== '' && !first.startsWith(' ') && !isAdornment(first) && isAdornment(second)) {
    const title = first.trim();
    if (second.length >= title.length || second.length >= 4) return { style: `u${second[0]}`, text: title, span: 2 };
  }
  return undefined;
}
