const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Follows fenced code blocks through a page, line by line, for the line scans that find labels and API entries
 * before any page is parsed: the returned function says whether a line is a fence or inside one (code, where
 * nothing is a directive).
 */
export function codeFenceTracker(): (line: string) => boolean {
  let fence: string | undefined;
  return (line) => {
    const found = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (found?.startsWith(fence)) fence = undefined;
      return true;
    }
    if (found) fence = found;
    return found !== undefined;
  };
}
