import type { Node } from 'unist';

/** A position an author can open: file as shown, 1-based line and column. */
export interface SourcePoint {
  file: string;
  line: number | undefined;
  column: number | undefined;
}

declare module 'unist' {
  interface Data {
    /** Set on nodes spliced in from a partial or a table file: where they were written. */
    source?: SourcePoint;
    /** Set on text directives of such fragments: their exact source text, should they turn out to be prose. */
    raw?: string;
    /** Set on text directives of such fragments that follow a letter or digit (`a:b[c]`): prose, not markup. */
    glued?: boolean;
  }
}

/**
 * Where a node was written: nodes spliced in from a partial or a table file carry their own source (see
 * `parseFragment`); all others belong to the page being rendered.
 */
export function sourceOf(node: Node, pageFile: string): SourcePoint {
  const stamped = node.data?.source;
  if (stamped) return stamped;
  return { file: pageFile, line: node.position?.start.line, column: node.position?.start.column };
}
