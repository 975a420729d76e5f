/**
 * Escaping of plain text for MDX. MDX reads `{`/`}` as expressions and `<` as JSX, remark-directive reads `:name`
 * as a directive, pages read `$…$` as math, and Markdown reads `*`, `_`, `[`, `` ` ``, `~` as inline syntax; each
 * is backslash-escaped so the text renders exactly as Sphinx rendered it. URLs are left alone so GFM still
 * autolinks them.
 */
export function escapeText(text: string): string {
  const parts = text.split(/(https?:\/\/[^\s<>]*[^\s<>.,;:!?)'"])/);
  return parts.map((part, index) => (index % 2 === 1 ? escapeUrlText(part) : escapePlain(part))).join('');
}

function escapeUrlText(url: string): string {
  return url.replace(/[{}<>]/g, (char) => `\\${char}`);
}

function escapePlain(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if ('\\`*[]{}<~$'.includes(char)) out += `\\${char}`;
    // Intraword underscores never start emphasis in CommonMark, so `NEURON_RT` stays readable in the source.
    else if (char === '_' && (!/[\p{L}\p{N}]/u.test(prev) || !/[\p{L}\p{N}]/u.test(next))) out += '\\_';
    else if (char === ':' && /[A-Za-z]/.test(next)) out += '\\:';
    else if (char === '&' && /^&#?\w+;/.test(text.slice(i))) out += '\\&';
    else out += char;
  }
  return out;
}

/**
 * Escapes what would make a line start a block construct (heading, quote, list item, thematic break) instead of
 * a paragraph. Applied to the first line of every paragraph the importer writes.
 */
export function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|>|[-+=](\s|$)|-{3,}|_{3,})/.test(line)) return `\\${line}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  return line;
}

/** An inline code span holding `content` verbatim, with a fence longer than any backtick run inside it. */
export function codeSpan(content: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || /^ .* $/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Escapes link or reference text placed inside `[...]`. */
export const escapeBracketText = (text: string): string => escapeText(text);

/** A link destination, wrapped in `<...>` when it contains characters Markdown would misread. */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url;
}
