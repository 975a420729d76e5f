import { convertPage } from '../../../src/lib/rst-import/convert-page.ts';
import { parseBlocks } from '../../../src/lib/rst-import/blocks.ts';
import { emitBlocks } from '../../../src/lib/rst-import/emit-mdx.ts';
import { HeadingStyles } from '../../../src/lib/rst-import/headings.ts';
import { toLines, type SourceContext } from '../../../src/lib/rst-import/source.ts';

/** A source context that records warnings instead of printing them. */
export function testContext(): SourceContext & { warnings: string[] } {
  const warnings: string[] = [];
  return { file: 'test.rst', warn: (line, message) => warnings.push(`${line}: ${message}`), warnings };
}

/** RST text → MDX body, as the importer emits it for a page body. */
export function rstToMdx(rst: string, context = testContext()): string {
  return emitBlocks(parseBlocks(toLines(rst), context, new HeadingStyles()), context);
}

/** RST page → its MDX body after the title, header comment and frontmatter (as convertPage writes it). */
export function pageBody(rst: string, context = testContext()): string {
  const page = convertPage(rst, { file: 'test.rst', pageId: 'p', description: 'd' }, context.warn);
  return page.mdx.split('Edit this file, not the source. */}\n\n')[1]!;
}

/** Joins lines with newlines, for readable multi-line RST fixtures. */
export const lines = (...text: string[]): string => text.join('\n');
