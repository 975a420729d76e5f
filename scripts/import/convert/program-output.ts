/**
 * `program-output` / `command-output` (sphinxcontrib.programoutput): the output of a command run at build time.
 * The import ran each command offline in the extracted sources (program_output.py); its output is shown as
 * programoutput showed it (`$ command` first with `:prompt:` or `command-output`). A command that cannot run
 * here becomes `:::program-output{command}` with a note, and a loss entry.
 */
import { directiveParts, type DElement } from '../doctree.ts';
import type { Block } from '../mdx.ts';
import { paragraph } from './blocks.ts';
import { captionOf, fence } from './code.ts';
import { plain } from './inline.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

export interface ProgramRequest {
  readonly command: string;
  readonly shell: boolean;
  readonly cwd: string;
}

/** What to run for a directive, and the key its result is stored under. */
export function programRequest(node: DElement): ProgramRequest {
  const parts = directiveParts(node);
  const extra = parts.option('extraargs');
  return {
    command: [parts.argument.replace(/\s+/g, ' ').trim(), extra].filter(Boolean).join(' '),
    shell: parts.has('shell'),
    cwd: parts.option('cwd') || '/',
  };
}

export const programKey = (request: ProgramRequest) => JSON.stringify([request.command, request.shell, request.cwd]);

/** programoutput's `:ellipsis:` — Python slice bounds of the lines kept around a `...`. */
function ellipsis(output: string, spec: string): string {
  const [startText = '', endText] = spec.split(',');
  const lines = output.split('\n');
  const start = Number.parseInt(startText, 10);
  const end = endText === undefined ? undefined : Number.parseInt(endText, 10);
  const slice = (index: number) => (index < 0 ? Math.max(lines.length + index, 0) : Math.min(index, lines.length));
  const from = slice(start);
  const to = end === undefined ? lines.length : slice(end);
  return [...lines.slice(0, from), '...', ...lines.slice(to)].join('\n');
}

export function programOutput(node: DElement, page: Page): Block[] {
  const parts = directiveParts(node);
  expectOptions(node, page, [
    'prompt',
    'nostderr',
    'shell',
    'returncode',
    'cwd',
    'extraargs',
    'ellipsis',
    'language',
    'caption',
    'name',
  ]);
  const request = programRequest(node);
  const result = page.version.programs.get(programKey(request));
  const expected = Number.parseInt(parts.option('returncode') || '0', 10);
  if (!result || result.error !== undefined || result.output === undefined || result.returncode !== expected) {
    const why = result?.error ?? (result ? `exit status ${result.returncode}` : 'not run');
    page.loss(
      node,
      parts.name,
      'the command, with a note that its output is not available',
      `${request.command}: ${why}`,
    );
    return [
      {
        kind: 'container',
        name: 'program-output',
        attributes: { command: request.command },
        children: paragraph(
          plain(
            'The output of this command was shown here when the original documentation was built; it could not be reproduced offline.',
          ),
        ),
      },
    ];
  }
  let output = result.output;
  if (parts.option('ellipsis')) output = ellipsis(output, parts.option('ellipsis'));
  if (parts.name === 'command-output' || parts.has('prompt')) output = `$ ${request.command}\n${output}`;
  const caption = captionOf(node, page, request.command);
  return [fence({ code: output, language: parts.option('language') || 'text', ...(caption ? { caption } : {}) })];
}
