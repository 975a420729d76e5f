import type { Block } from './ast.ts';
import { ADMONITIONS } from './ast.ts';
import {
  dedent,
  ImportError,
  indentedBlockEnd,
  isBlank,
  minIndent,
  trimBlankLines,
  type Line,
  type SourceContext,
} from './source.ts';
import { parseListTable } from './list-table.ts';

/** Parses nested RST lines into blocks (passed in to keep this module free of the block parser). */
export type ParseNested = (lines: Line[]) => Block[];

/** A directive split into docutils' parts: argument, options and content. */
export interface DirectiveParts {
  readonly name: string;
  readonly argument: string;
  readonly options: ReadonlyMap<string, string>;
  readonly content: Line[];
}

const LABEL = /^\.\.\s+_([^:]+):\s*(.*)$/;
const DIRECTIVE = /^\.\.\s+([A-Za-z][\w-]*)\s*::(?:\s+(.*))?$/;
const OPTION = /^:([\w-]+):(?:\s+(.*))?$/;

/**
 * Parses the explicit markup block (`.. ` line plus its indented block) starting at `at`: a label, a directive
 * or a comment. Returns the blocks and the index after the markup.
 */
export function parseExplicit(
  lines: readonly Line[],
  at: number,
  context: SourceContext,
  parse: ParseNested,
): { blocks: Block[]; end: number } {
  const first = lines[at]!;
  const end = indentedBlockEnd(lines, at + 1);
  // Leading blank lines stay: a blank line is what separates a directive's argument from its content.
  const inner = lines.slice(at + 1, end);
  const body = dedent(inner, minIndent(inner));
  const label = LABEL.exec(first.text);
  if (label) {
    if (label[2] !== '')
      throw new ImportError(
        context.file,
        first.no,
        `hyperlink target "${label[1]}" with a URL is not supported: inline the link as \`text <url>\`_`,
      );
    return { blocks: [{ type: 'label', name: label[1]!.trim().toLowerCase(), line: first.no }], end };
  }
  const directive = DIRECTIVE.exec(first.text);
  if (!directive) {
    // A comment: Sphinx does not render it (this includes slips like `.. :important:`).
    const text = [first.text.replace(/^\.\.\s?/, ''), ...body.map((line) => line.text)].join('\n').trim();
    return { blocks: [{ type: 'comment', text, line: first.no }], end };
  }
  const name = directive[1]!.toLowerCase();
  const parts = splitDirective(name, directive[2] ?? '', body, first.no);
  return { blocks: [convertDirective(parts, first.no, context, parse)], end };
}

/** Splits a directive's lines into argument, options and content, following docutils' rules. */
export function splitDirective(name: string, firstLine: string, body: readonly Line[], line: number): DirectiveParts {
  // Admonitions take no argument: text on the directive line is the first line of their content.
  if (ADMONITIONS.has(name) && name !== 'admonition') {
    const content = firstLine === '' ? [...body] : [{ text: firstLine, no: line }, ...body];
    return { name, argument: '', options: new Map(), content: trimBlankLines(content) };
  }
  let index = 0;
  const argument = [firstLine];
  while (index < body.length && !isBlank(body[index]!) && !OPTION.test(body[index]!.text))
    argument.push(body[index++]!.text);
  const options = new Map<string, string>();
  while (index < body.length && !isBlank(body[index]!)) {
    const option = OPTION.exec(body[index]!.text);
    if (option) options.set(option[1]!, (option[2] ?? '').trim());
    index++;
  }
  const content = trimBlankLines(body.slice(index));
  return { name, argument: argument.join(' ').trim(), options, content: dedent(content, minIndent(content)) };
}

function convertDirective(parts: DirectiveParts, line: number, context: SourceContext, parse: ParseNested): Block {
  const { name, argument, options, content } = parts;
  if (ADMONITIONS.has(name)) {
    if (name === 'admonition' && argument === '')
      throw new ImportError(context.file, line, '`.. admonition::` needs a title argument');
    return { type: 'admonition', kind: name, title: argument, body: parse(content), line };
  }
  switch (name) {
    case 'code':
    case 'code-block':
    case 'sourcecode':
      return { type: 'code', lang: argument || 'text', text: content.map((l) => l.text).join('\n'), line };
    case 'include':
      return { type: 'include', src: argument.replace(/^\.\//, '').replace(/\.(txt|rst)$/, ''), line };
    case 'contents':
      return { type: 'contents', title: argument || 'Contents', depth: Number(options.get('depth') ?? 5), line };
    case 'post':
      return {
        type: 'post',
        date: argument,
        tags: (options.get('tags') ?? '')
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        line,
      };
    case 'list-table':
      return { type: 'table', table: parseListTable(argument, options, content, context, line), line };
    default:
      throw new ImportError(
        context.file,
        line,
        `unsupported directive "${name}": add it to convertDirective() in src/lib/rst-import/explicit.ts, or convert this part by hand`,
      );
  }
}
