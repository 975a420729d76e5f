import type { Code, Html, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { HighlightCode } from '../../render/highlight.ts';
import { sourceOf } from '../node-source.ts';
import type { TransformContext } from '../transforms/context.ts';
import { blockLabelIds } from '../transforms/labels.ts';
import { splitLabel } from '../transforms/attributes.ts';
import { element } from '../element-node.ts';

/** What a fenced block's meta asks for: ```` ```python title="run.py" {2,4-5} showLineNumbers ````. */
export interface CodeMeta {
  title: string | undefined;
  emphasize: number[];
  lineNumbers: boolean;
}

// Markdown has already undone backslash escapes in the meta: a title runs to the quote before the next option.
const META_TOKEN = /\s*(?:title="(.*?)"(?=\s+\{|\s+showLineNumbers|\s*$)|\{([\d,\s-]*)\}|(showLineNumbers)|(\S+))/gy;

/**
 * Reads a fenced block's meta (what follows the language): `title="…"` (RST `:caption:`; it may hold quotes),
 * `{2,4-5}` (`:emphasize-lines:`, 1-based in the lines shown) and `showLineNumbers` (`:linenos:`). Anything else is
 * reported as `invalid-attribute`, as are lines past the block's end.
 */
export function readCodeMeta(node: Code, context: TransformContext): CodeMeta {
  const meta: CodeMeta = { title: undefined, emphasize: [], lineNumbers: false };
  const text = node.meta ?? '';
  const lineCount = node.value.split('\n').length;
  const report = (message: string, hint: string) =>
    context.problems.push({ code: 'invalid-attribute', ...sourceOf(node, context.pageFile), message, hint });
  META_TOKEN.lastIndex = 0;
  for (let match = META_TOKEN.exec(text); match; match = META_TOKEN.exec(text)) {
    const [, title, ranges, numbers, other] = match;
    if (title !== undefined) meta.title = title;
    else if (ranges !== undefined) {
      for (const range of ranges.split(',').map((r) => r.trim())) {
        const [from, to = from] = range.split('-').map((n) => Number(n.trim()));
        const ok = from !== undefined && Number.isInteger(from) && Number.isInteger(to) && from >= 1 && to! >= from;
        if (!ok || to! > lineCount) {
          report(
            `the code block emphasises lines {${ranges}}, but it has ${lineCount} line${lineCount === 1 ? '' : 's'}`,
            'give 1-based lines of the block, as `{2}`, `{2,4}` or `{2-5}`',
          );
          continue;
        }
        for (let line = from; line <= to!; line += 1) meta.emphasize.push(line);
      }
    } else if (numbers !== undefined) meta.lineNumbers = true;
    else if (other !== undefined && other.trim() !== '')
      report(
        `the code block has "${other}" after its language`,
        'a fenced block takes `title="caption"`, `{2-3}` (emphasised lines) and `showLineNumbers`',
      );
  }
  return meta;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A fenced code block, highlighted: with a `title`, a `<figure>` whose `<figcaption>` (above the code, as Sphinx's
 * caption) names it; its labels (`::label` before it) give the figure — or, without a caption, a wrapper `<div>` —
 * its id. Emphasised lines and line numbers are classes the stylesheet draws.
 */
export async function codeBlock(node: Code, context: TransformContext, highlight: HighlightCode): Promise<Html> {
  const meta = readCodeMeta(node, context);
  const { html, styles } = await highlight(node.value, node.lang, {
    emphasize: meta.emphasize,
    lineNumbers: meta.lineNumbers,
  });
  for (const [name, style] of styles) context.styles.set(name, style);
  const [id, ...more] = blockLabelIds(node, context);
  const anchors = more.map((extra) => `<span id="${extra}" class="label-anchor"></span>`).join('');
  const idAttribute = id === undefined ? '' : ` id="${id}"`;
  if (meta.title !== undefined) {
    const caption = `<figcaption class="code-caption">${escapeHtml(meta.title)}</figcaption>`;
    return { type: 'html', value: `${anchors}<figure class="code-figure"${idAttribute}>${caption}${html}</figure>` };
  }
  if (id !== undefined)
    return { type: 'html', value: `${anchors}<div class="code-labelled"${idAttribute}>${html}</div>` };
  return { type: 'html', value: html };
}

const USAGE = '`:::code-figure[the caption, with its links]` on the line before a fenced code block, `:::` after it';

/**
 * A code block whose caption has markup (`:::code-figure[caption]` around one fenced block; RST `:caption:` with a
 * `:download:` or a reference in it): the same `<figure class="code-figure">` as a `title` makes, its caption the
 * label's inline content, which the pass builds as any other (links, downloads, refs).
 */
export function codeFigure(node: ContainerDirective, context: TransformContext): RootContent[] {
  const { label, body } = splitLabel(node);
  const [code, ...rest] = body;
  const where = sourceOf(node, context.pageFile);
  if (code?.type !== 'code' || rest.length > 0) {
    const held = body.map((child) => child.type).join(', ') || 'nothing';
    context.problems.push({
      code: 'misplaced-directive',
      ...where,
      message: `a \`:::code-figure\` holds one fenced code block; this one holds ${held}`,
      hint: USAGE,
    });
    return body;
  }
  if (label.length === 0 || /(^|\s)title="/.test(code.meta ?? '')) {
    context.problems.push({
      code: label.length === 0 ? 'missing-attribute' : 'invalid-attribute',
      ...where,
      message:
        label.length === 0
          ? 'a `:::code-figure` has no caption'
          : 'a code block in a `:::code-figure` has a `title` too: it would have two captions',
      hint: label.length === 0 ? USAGE : 'keep the caption in the `[…]` of `:::code-figure` and drop the `title`',
    });
    return body;
  }
  return [
    element('figure', [element('figcaption', label, { className: ['code-caption'] }), code], {
      className: ['code-figure'],
    }),
  ];
}
