/**
 * A Markdown page (seed 004) → fragments: headings without `#`, paragraphs, list items (nested ones
 * separately), fenced code lines, and every `[text](url)` as a link that must exist with that href.
 * Inline: `code` → code, **x** / __x__ / *x* / _x_ → x, [text](url) → text. Text is kept as written
 * (the "â€“" mojibake is in the original).
 */
import { normalize } from './normalize.ts';
import type { Fragment, FragmentKind } from './types.ts';

interface Inline {
  readonly text: string;
  readonly links: readonly { text: string; href: string }[];
}

const INLINE =
  /(?<code>`+)(?<codeText>[\s\S]*?[^`])\k<code>(?!`)|\[(?<linkText>[^\]]*)\]\((?<href>[^)\s]*)(?:\s+"[^"]*")?\)|(?<strongMark>\*\*|__)(?<strong>\S(?:[\s\S]*?\S)?)\k<strongMark>|(?<!\w)(?<emMark>[*_])(?<em>[^\s*_](?:[\s\S]*?[^\s])?)\k<emMark>(?!\w)|\\(?<esc>[!-/:-@[-`{-~])/gu;

export function stripMarkdownInline(raw: string): Inline {
  const links: { text: string; href: string }[] = [];
  const text = raw.replace(INLINE, (...args: unknown[]) => {
    const g = args[args.length - 1] as Record<string, string | undefined>;
    if (g['codeText'] !== undefined) {
      const c = g['codeText'];
      return c.startsWith(' ') && c.endsWith(' ') && c.trim() !== '' ? c.slice(1, -1) : c;
    }
    if (g['href'] !== undefined) {
      const inner = stripMarkdownInline(g['linkText'] ?? '');
      links.push({ text: normalize(inner.text), href: g['href'] });
      return inner.text;
    }
    if (g['strong'] !== undefined) return stripMarkdownInline(g['strong']).text;
    if (g['em'] !== undefined) return stripMarkdownInline(g['em']).text;
    return g['esc'] ?? '';
  });
  return { text, links };
}

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/u;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/u;
const FENCE = /^\s*(`{3,}|~{3,})/u;

export function extractMarkdown(text: string, source: string): Fragment[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const out: Fragment[] = [];
  const push = (kind: FragmentKind, raw: string, line: number): void => {
    const { text: t, links } = stripMarkdownInline(raw);
    const n = normalize(t);
    if (n !== '') out.push({ text: n, kind, source, line });
    for (const l of links) out.push({ text: l.text, kind: 'link', source, line, href: l.href, linkType: 'external' });
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i] ?? '';
    if (l.trim() === '') {
      i++;
      continue;
    }
    const fence = FENCE.exec(l);
    if (fence !== null) {
      const mark = fence[1] ?? '```';
      i++;
      while (i < lines.length && !(lines[i] ?? '').trim().startsWith(mark)) {
        const c = lines[i] ?? '';
        if (c.trim() !== '') out.push({ text: normalize(c), kind: 'code', source, line: i + 1 });
        i++;
      }
      i++;
      continue;
    }
    const h = HEADING.exec(l);
    if (h !== null) {
      push('heading', h[2] ?? '', i + 1);
      i++;
      continue;
    }
    const item = LIST_ITEM.exec(l);
    // A list item or a paragraph: the first line plus lazy continuation lines.
    const start = i;
    const parts = [item === null ? l : (item[3] ?? '')];
    i++;
    while (i < lines.length) {
      const n = lines[i] ?? '';
      if (n.trim() === '' || LIST_ITEM.test(n) || HEADING.test(n) || FENCE.test(n)) break;
      parts.push(n);
      i++;
    }
    push(item === null ? 'paragraph' : 'list-item', parts.join('\n'), start + 1);
  }
  return out;
}
