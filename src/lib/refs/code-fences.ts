const FENCE = /^\s*(`{3,}|~{3,})(.*)$/;

/** A line that opens a fenced code block, with the rest of its line (language, `title="…"`, …). */
export interface FenceOpening {
  info: string;
}

/**
 * Follows fenced code blocks through a page, line by line, for the line scans that find labels and API entries
 * before any page is parsed: the returned function says whether a line is a fence or inside one (code, where
 * nothing is a directive) — the opening line with its info string, so a scan can read a code block's caption.
 * As in CommonMark, a closing fence is at least as long as the opening one and has nothing after it.
 */
export function codeFenceTracker(): (line: string) => FenceOpening | boolean {
  let fence: string | undefined;
  return (line) => {
    const found = FENCE.exec(line);
    if (fence !== undefined) {
      if (found?.[1]?.startsWith(fence) && found[2]?.trim() === '') fence = undefined;
      return true;
    }
    if (!found?.[1]) return false;
    fence = found[1];
    return { info: found[2] ?? '' };
  };
}
