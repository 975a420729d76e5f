import type { Block } from './ast.ts';
import { escapeLineStart, escapeText } from './escape.ts';
import { convertInline } from './inline.ts';
import { ImportError, type SourceContext } from './source.ts';

/** Converts blocks to MDX body text (no frontmatter). Page-level blocks (`contents`, `post`) emit nothing. */
export function emitBlocks(blocks: readonly Block[], context: SourceContext): string {
  const parts: { text: string; type: Block['type'] }[] = [];
  for (const block of blocks) {
    const text = emitBlock(block, context);
    if (text !== '') parts.push({ text, type: block.type });
  }
  // Stacked labels stay on consecutive lines, like the `.. _label:` lines they come from.
  return parts
    .map(
      (part, index) =>
        (index === 0 ? '' : part.type === 'label' && parts[index - 1]!.type === 'label' ? '\n' : '\n\n') + part.text,
    )
    .join('');
}

function emitBlock(block: Block, context: SourceContext): string {
  const inline = (text: string) => convertInline(text, { ...context, line: block.line });
  switch (block.type) {
    case 'heading':
      if (block.level < 2 || block.level > 6) {
        throw new ImportError(
          context.file,
          block.line,
          `heading level ${block.level} cannot be shown: only the first heading may use the title style, and at most 6 levels exist`,
        );
      }
      return `${'#'.repeat(block.level)} ${escapeLineStart(inline(block.text))}`;
    case 'label':
      return `::label{name="${block.name}"}`;
    case 'paragraph':
      return escapeLineStart(inline(block.text));
    case 'definition':
      // Sphinx shows the term on its own line and the definition below it; keep that as two paragraphs.
      return [escapeLineStart(inline(block.term)), emitBlocks(block.body, context)]
        .filter((t) => t !== '')
        .join('\n\n');
    case 'quote':
      return emitBlocks(block.body, context);
    case 'list':
      return emitList(block, context);
    case 'code': {
      const longest = Math.max(2, ...(block.text.match(/`+/g) ?? []).map((run) => run.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}${block.lang}\n${block.text}\n${fence}`;
    }
    case 'admonition': {
      const fence = ':'.repeat(3 + admonitionDepth(block.body));
      const title = block.kind === 'admonition' ? `[${escapeText(block.title)}]` : '';
      const body = emitBlocks(block.body, context);
      return `${fence}${block.kind}${title}\n${body}${body === '' ? '' : '\n'}${fence}`;
    }
    case 'include':
      return `::include{src="${block.src}"}`;
    case 'table-ref':
      return `::table{src="${block.src}"}`;
    case 'table':
      throw new ImportError(
        context.file,
        block.line,
        'table without a table hint: add an entry for it to "tables" of this page in scripts/import-manifest.ts',
      );
    case 'comment': {
      // Not rendered by Sphinx; kept for editors as an MDX comment. Braces would end the MDX expression early.
      const text = block.text.replace(/[{}]/g, '').replace(/\*\//g, '* /');
      return `{/* RST comment (not rendered): ${text} */}`;
    }
    case 'contents':
    case 'post':
      return '';
  }
}

function admonitionDepth(blocks: readonly Block[]): number {
  let depth = 0;
  for (const block of blocks) {
    if (block.type === 'admonition') depth = Math.max(depth, 1 + admonitionDepth(block.body));
    else if (block.type === 'list') for (const item of block.items) depth = Math.max(depth, admonitionDepth(item));
    else if (block.type === 'definition' || block.type === 'quote')
      depth = Math.max(depth, admonitionDepth(block.body));
  }
  return depth;
}

function emitList(block: Extract<Block, { type: 'list' }>, context: SourceContext): string {
  // A list whose items are single paragraphs is tight in docutils' HTML; otherwise items are separated.
  const loose = block.items.some((item) => item.length > 1 || item.some((b) => b.type !== 'paragraph'));
  return block.items
    .map((item, index) => {
      const marker = block.ordered ? `${block.start + index}.` : '-';
      const pad = ' '.repeat(marker.length + 1);
      const body = emitBlocks(item, context);
      if (body === '') return marker;
      return body
        .split('\n')
        .map((line, lineIndex) => (lineIndex === 0 ? `${marker} ${line}` : line === '' ? '' : `${pad}${line}`))
        .join('\n');
    })
    .join(loose ? '\n\n' : '\n');
}
