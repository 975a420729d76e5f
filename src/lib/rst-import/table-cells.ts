import type { RawCell } from './ast.ts';
import { parseBlocks } from './blocks.ts';
import { convertInline } from './inline.ts';
import { ImportError, type SourceContext } from './source.ts';

/** `` ``name`` `` → `name`: package names are shown as code by the table renderer. */
export const stripLiteral = (text: string): string => /^``(.+)``$/.exec(text)?.[1] ?? text;

/**
 * A cell as inline Markdown: its paragraphs converted and separated by a blank line; a trailing `\*` is a
 * footnote mark, kept at the end of the text with the spacing the original has (`(MVP) *` and `(MVP)*` both occur). Anything but paragraphs (lists, code) cannot live in a typed cell and fails.
 */
export function cellMarkdown(raw: RawCell, context: SourceContext): { text: string; footnote?: string } {
  const line = raw.lines[0]?.no ?? 0;
  const blocks = parseBlocks(raw.lines, context);
  let footnote: string | undefined;
  const paragraphs = blocks.map((block, index) => {
    if (block.type !== 'paragraph')
      throw new ImportError(
        context.file,
        block.line,
        `table cell holds a ${block.type}; typed table cells are inline text only: convert this table by hand`,
      );
    let text = block.text;
    const mark = index === blocks.length - 1 ? /(\s*)\\([*†‡])$/.exec(text) : null;
    if (mark) {
      footnote = mark[2]!;
      text = text.slice(0, mark.index);
    }
    const converted = convertInline(text, { ...context, line: block.line || line });
    return mark ? `${converted}${mark[1]}${footnote}` : converted;
  });
  const text = paragraphs.join('\n\n');
  return footnote ? { text, footnote } : { text };
}
