import type { TableDataInput } from '../tables/schemas.ts';
import type { Block } from './ast.ts';
import { parseBlocks } from './blocks.ts';
import { emitBlocks } from './emit-mdx.ts';
import { emitFrontmatter, postDate } from './frontmatter.ts';
import { HeadingStyles } from './headings.ts';
import { unescapeRst } from './inline.ts';
import { ImportError, toLines, type SourceContext } from './source.ts';
import { mapTable, type TableHint } from './typed-tables.ts';

/** What the importer needs to know about a page beyond its RST. */
export interface PageOptions {
  /** Source path shown in diagnostics and in the generated header comment. */
  readonly file: string;
  readonly pageId: string;
  /** One short factual sentence for `<meta name=description>` (written by a person, from the first paragraph). */
  readonly description: string;
  /** The page's tables, in document order. */
  readonly tables?: readonly TableHint[];
}

/** A converted page: its MDX text and the typed table data files it refers to. */
export interface ConvertedPage {
  readonly mdx: string;
  readonly tables: { name: string; line: number; data: TableDataInput }[];
}

/** Converts a whole RST page to MDX with frontmatter, a header comment and `::table` data. */
export function convertPage(rst: string, options: PageOptions, warn: SourceContext['warn']): ConvertedPage {
  const context: SourceContext = { file: options.file, warn };
  const blocks = parseBlocks(toLines(rst), context, new HeadingStyles());
  const titleIndex = blocks.findIndex((block) => block.type === 'heading');
  const title = blocks[titleIndex];
  if (!title || title.type !== 'heading' || title.level !== 1)
    throw new ImportError(options.file, 1, 'the page has no title heading');
  if (blocks.some((block, index) => index > titleIndex && block.type === 'heading' && block.level === 1)) {
    throw new ImportError(
      options.file,
      title.line,
      'a second heading uses the title style; the page must have exactly one title',
    );
  }
  const before = blocks.slice(0, titleIndex);
  const labels = before.flatMap((block) => (block.type === 'label' ? [block.name] : []));
  const post = blocks.find((block) => block.type === 'post');
  const contents = blocks.find((block) => block.type === 'contents');
  const stray = before.find((block) => !['label', 'post', 'comment'].includes(block.type));
  if (stray)
    throw new ImportError(
      options.file,
      stray.line,
      `unexpected ${stray.type} before the page title: move it below the title`,
    );
  const tables: ConvertedPage['tables'] = [];
  const body = placeTables(blocks.slice(titleIndex + 1), options, context, tables);
  const frontmatter = emitFrontmatter({
    title: plainTitle(title.text),
    description: options.description,
    pageId: options.pageId,
    labels,
    ...(post?.type === 'post' ? { date: postDate(post.date, options.file, post.line), tags: post.tags } : {}),
    ...(contents?.type === 'contents' ? { toc: { title: contents.title, depth: contents.depth } } : {}),
  });
  const header = `{/* Imported from ${options.file} by scripts/import-rst.ts. Edit this file, not the source. */}`;
  return { mdx: `${frontmatter}\n${header}\n\n${emitBlocks(body, context)}\n`, tables };
}

/**
 * Converts an included RST fragment to a Markdown partial. Partials are plain `.md` (no MDX expressions), so RST
 * comments are dropped instead of kept as `{/* … *\/}`.
 */
export function convertPartial(rst: string, file: string, warn: SourceContext['warn']): string {
  const context: SourceContext = { file, warn };
  const blocks = dropComments(parseBlocks(toLines(rst), context));
  return `${emitBlocks(blocks, context)}\n`;
}

function dropComments(blocks: Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    if (block.type === 'comment') return [];
    if (block.type === 'admonition' || block.type === 'definition' || block.type === 'quote')
      return [{ ...block, body: dropComments(block.body) }];
    if (block.type === 'list') return [{ ...block, items: block.items.map(dropComments) }];
    return [block];
  });
}

/** The title as plain text: frontmatter titles are not Markdown, so inline literals and emphasis lose their marks. */
const plainTitle = (text: string): string =>
  unescapeRst(text.replace(/``(.+?)``/g, '$1').replace(/(^|\s)\*{1,2}([^*]+)\*{1,2}/g, '$1$2')).trim();

const FOOTNOTE = /^\\([*†‡])\s+/;

/** Replaces each top-level table by `::table`, mapping it with the page's next table hint. */
function placeTables(
  blocks: Block[],
  options: PageOptions,
  context: SourceContext,
  out: ConvertedPage['tables'],
): Block[] {
  const hints = [...(options.tables ?? [])];
  const result: Block[] = [];
  let section = '';
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    if (block.type === 'heading') section = block.text;
    if (block.type !== 'table') {
      result.push(block);
      continue;
    }
    const hint = hints.shift();
    if (!hint)
      throw new ImportError(
        options.file,
        block.line,
        'table without a table hint: add { name, kind } for it to "tables" of this page in scripts/import-manifest.ts',
      );
    const footnotes: { mark: string; text: string }[] = [];
    // Sphinx pages mark table footnotes with a `\*` paragraph right after the table; it belongs to the table.
    for (
      let next = blocks[index + 1];
      hint.kind === 'classification' && next?.type === 'paragraph' && FOOTNOTE.test(next.text);
      next = blocks[index + 1]
    ) {
      const match = FOOTNOTE.exec(next.text)!;
      footnotes.push({ mark: match[1]!, text: next.text.slice(match[0].length) });
      index++;
    }
    const caption = hint.caption ?? (block.table.title || section);
    const converted = footnotes.map((note) => ({
      mark: note.mark,
      text: emitBlocks([{ type: 'paragraph', text: note.text, line: block.line }], context),
    }));
    out.push({
      name: hint.name,
      line: block.line,
      data: mapTable(block.table, hint, caption, converted, { ...context, line: block.line }),
    });
    result.push({ type: 'table-ref', src: hint.name, line: block.line });
  }
  if (hints.length > 0)
    throw new ImportError(
      options.file,
      1,
      `${hints.length} table hint(s) left over (${hints.map((h) => h.name).join(', ')}): the page has fewer tables than its manifest entry`,
    );
  return result;
}
