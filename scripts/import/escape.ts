/**
 * Escaping of plain text for MDX. MDX reads `{`/`}` as expressions and `<` as JSX, remark-directive reads `:name`
 * as a directive, and Markdown reads `*`, `_`, `[`, `` ` ``, `~`, `$` (math) as inline syntax; each is
 * backslash-escaped so the text renders exactly as Sphinx rendered it.
 */
export function escapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if ('\\`*[]{}<~$|'.includes(char)) out += `\\${char}`;
    // Intraword underscores never start emphasis in CommonMark, so `NEURON_RT` stays readable in the source.
    else if (char === '_' && (!/[\p{L}\p{N}]/u.test(prev) || !/[\p{L}\p{N}]/u.test(next))) out += '\\_';
    else if (char === ':' && /[A-Za-z]/.test(next)) out += '\\:';
    else if (char === ':' && /[/]/.test(next) && /[A-Za-z]/.test(prev))
      out += '\\:'; // no GFM autolink
    else if (char === '&' && /^&#?\w+;/.test(text.slice(i))) out += '\\&';
    else if (char === '.' && /www$/i.test(text.slice(0, i)) && !/[\p{L}\p{N}]/u.test(text[i - 4] ?? ' '))
      out += '\\.'; // `www.x.com` is a link in GFM, not in RST
    else out += char;
  }
  return out;
}

/**
 * Escapes what would make a line start a block construct (heading, quote, list item, thematic break, MDX
 * import/export) instead of a paragraph. Applied to the first line of every paragraph the importer writes.
 */
export function escapeLineStart(line: string): string {
  if (/^(#{1,6}(\s|$)|>|[-+=](\s|$)|-{3,}|_{3,}|\*{3,})/.test(line)) return `\\${line}`;
  if (/^(import|export)\b/.test(line)) return `&#${line.charCodeAt(0)};${line.slice(1)}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(line);
  if (ordered) return `${ordered[1]}\\${line.slice(ordered[1]!.length)}`;
  return line.replace(/^\s+/, '');
}

/** An inline code span holding `content` verbatim, with a fence longer than any backtick run inside it. */
export function codeSpan(content: string): string {
  const text = content.replace(/\s*\n\s*/g, ' ');
  if (text === '') return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) || /^ +$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block holding `text` verbatim: the fence is longer than any backtick run inside. */
export function codeFence(text: string, info = ''): string {
  // an info string with a backtick cannot follow a backtick fence (CommonMark): use tildes then
  const char = info.includes('`') ? '~' : '`';
  const pattern = char === '`' ? /^\s*`+/gm : /^\s*~+/gm;
  const longest = Math.max(2, ...(text.match(pattern) ?? []).map((run) => run.trim().length));
  const fence = char.repeat(longest + 1);
  const body = text.replace(/\n+$/, '');
  return `${fence}${info}\n${body}${body === '' ? '' : '\n'}${fence}`;
}

/** A link destination, wrapped in `<...>` when it contains characters Markdown would misread. */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : url;
}

/** A directive attribute value, for `{name="…"}`: quotes and character references are encoded. */
export function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
