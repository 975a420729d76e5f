import type { Block } from './ast.ts';
import { parseExplicit } from './explicit.ts';
import { gridTableEnd, isGridTableStart, parseGridTable } from './grid-table.ts';
import { HeadingStyles, matchHeading } from './headings.ts';
import { matchMarker, splitItems } from './lists.ts';
import {
  dedent,
  indentedBlockEnd,
  indentOf,
  isBlank,
  minIndent,
  trimBlankLines,
  type Line,
  type SourceContext,
} from './source.ts';

/**
 * Parses RST lines into blocks. `headings` is given only for the document's top level: sections cannot nest
 * inside lists or directives, so nested content is parsed without it.
 */
export function parseBlocks(lines: readonly Line[], context: SourceContext, headings?: HeadingStyles): Block[] {
  const nested = (inner: Line[]) => parseBlocks(inner, context);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (indentOf(line) > 0) {
      // An indented block with no term or marker before it is a block quote; Sphinx indents it.
      const end = indentedBlockEnd(lines, i);
      const inner = trimBlankLines(lines.slice(i, end));
      blocks.push({ type: 'quote', body: nested(dedent(inner, minIndent(inner))), line: line.no });
      i = end;
      continue;
    }
    if (/^\.\.(\s|$)/.test(line.text)) {
      const explicit = parseExplicit(lines, i, context, nested);
      blocks.push(...explicit.blocks);
      i = explicit.end;
      continue;
    }
    const heading = headings ? matchHeading(lines, i) : undefined;
    if (heading && headings) {
      blocks.push({ type: 'heading', level: headings.levelOf(heading.style), text: heading.text, line: line.no });
      i += heading.span;
      continue;
    }
    if (isGridTableStart(line.text)) {
      const end = gridTableEnd(lines, i);
      blocks.push({ type: 'table', table: parseGridTable(lines.slice(i, end), context), line: line.no });
      i = end;
      continue;
    }
    if (matchMarker(line.text)) {
      const list = splitItems(lines, i);
      const ordered = list.marker.kind === 'enum';
      blocks.push({
        type: 'list',
        ordered,
        start: list.marker.start,
        items: list.items.map((item) => nested(item.lines)),
        line: line.no,
      });
      i = list.end;
      continue;
    }
    i = parseParagraph(lines, i, context, blocks, nested);
  }
  return blocks;
}

/** Parses a paragraph, definition list item or `::` literal block at `at`; returns the index after it. */
function parseParagraph(
  lines: readonly Line[],
  at: number,
  context: SourceContext,
  blocks: Block[],
  nested: (inner: Line[]) => Block[],
): number {
  let end = at;
  while (end < lines.length && !isBlank(lines[end]!) && indentOf(lines[end]!) === 0) end++;
  const text = lines
    .slice(at, end)
    .map((line) => line.text.trim())
    .join(' ');
  const next = lines[end];
  if (next && !isBlank(next) && end === at + 1) {
    // A single line directly followed by an indented block: a definition list item (term, definition).
    const bodyEnd = indentedBlockEnd(lines, end);
    const body = trimBlankLines(lines.slice(end, bodyEnd));
    blocks.push({ type: 'definition', term: text, body: nested(dedent(body, minIndent(body))), line: lines[at]!.no });
    return bodyEnd;
  }
  if (next && !isBlank(next)) {
    context.warn(
      next.no,
      'unexpected indentation after a paragraph (docutils reports an error and renders a block quote): kept as an indented block',
    );
  }
  if (!text.endsWith('::')) {
    blocks.push({ type: 'paragraph', text, line: lines[at]!.no });
    return end;
  }
  // `Paragraph::` introduces a literal block: the `::` becomes `:` (or vanishes after a space or on its own).
  const shown = text === '::' ? '' : text.endsWith(' ::') ? text.slice(0, -3) : text.slice(0, -1);
  if (shown !== '') blocks.push({ type: 'paragraph', text: shown, line: lines[at]!.no });
  let start = end;
  while (start < lines.length && isBlank(lines[start]!)) start++;
  if (start >= lines.length || indentOf(lines[start]!) === 0) {
    context.warn(lines[at]!.no, 'paragraph ends with "::" but no indented literal block follows');
    return end;
  }
  const blockEnd = indentedBlockEnd(lines, start);
  const literal = trimBlankLines(lines.slice(start, blockEnd));
  const code = dedent(literal, minIndent(literal))
    .map((line) => line.text)
    .join('\n');
  blocks.push({ type: 'code', lang: 'text', text: code, line: lines[start]!.no });
  return blockEnd;
}
