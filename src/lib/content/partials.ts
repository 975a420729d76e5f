import { codeFenceTracker } from '../refs/code-fences.ts';

/** How deep partials may include partials: deeper is taken for a cycle (the renderer reports it). */
export const MAX_INCLUDE_DEPTH = 8;

// `::include{src="name"}` on a line of its own (a leaf directive), at any indentation.
const INCLUDE_LINE = /^\s*::include\{[^{}]*\bsrc="([^"]+)"[^{}]*\}\s*$/;

/** A partial a page shows, with its text. */
export interface IncludedPartial {
  name: string;
  source: string;
}

/**
 * The partials a page shows, directly or through other partials, in reading order and each once, found by a line
 * scan as labels are (the registry needs them before any page is rendered). `read` gives a partial's text, or
 * `undefined` when it does not exist (the renderer reports that); cycles stop at `MAX_INCLUDE_DEPTH`.
 */
export function includedPartials(source: string, read: (name: string) => string | undefined): IncludedPartial[] {
  const found: IncludedPartial[] = [];
  const seen = new Set<string>();
  const visit = (text: string, depth: number) => {
    if (depth >= MAX_INCLUDE_DEPTH || !text.includes('::include')) return;
    const inCode = codeFenceTracker();
    for (const line of text.split(/\r?\n/)) {
      if (inCode(line)) continue;
      const name = INCLUDE_LINE.exec(line)?.[1];
      if (name === undefined || seen.has(name)) continue;
      seen.add(name);
      const partial = read(name);
      if (partial === undefined) continue;
      found.push({ name, source: partial });
      visit(partial, depth + 1);
    }
  };
  visit(source, 0);
  return found;
}
