/**
 * MyST directive fences, found line by line before the Markdown parser sees the text: ```` ```{name} args ````
 * and (colon_fence) `:::{name} args`, closed by a fence of the same character at least as long. Ordinary code
 * fences are skipped whole, so a directive written inside a code example stays text.
 */

export type Segment =
  | { readonly kind: 'markdown'; readonly text: string; readonly line: number }
  | {
      readonly kind: 'directive';
      readonly name: string;
      readonly argument: string;
      readonly options: Record<string, string>;
      readonly content: string;
      /** 1-based line of the opening fence, and of the content's first line. */
      readonly line: number;
      readonly contentLine: number;
    };

const OPEN = /^(\s{0,3})(`{3,}|:{3,})\{([\w:.-]+)\}\s*(.*)$/;
const CODE = /^\s{0,3}(`{3,}|~{3,})/;

/** `:key: value` lines (or a `---` YAML block) at the start of a directive's content. */
function splitOptions(lines: string[]): { options: Record<string, string>; rest: string[]; skipped: number } {
  const options: Record<string, string> = {};
  let index = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const match = /^\s*([\w-]+)\s*:\s*(.*)$/.exec(line);
        if (match) options[match[1]!] = match[2]!.replace(/^["']|["']$/g, '');
      }
      return { options, rest: lines.slice(end + 1), skipped: end + 1 };
    }
  }
  while (index < lines.length) {
    const match = /^:([\w-]+):(?:\s+(.*))?$/.exec(lines[index]!.trim());
    if (!match) break;
    options[match[1]!] = match[2] ?? '';
    index++;
  }
  return { options, rest: lines.slice(index), skipped: index };
}

export function splitFences(text: string, firstLine = 1): Segment[] {
  const lines = text.split('\n');
  const segments: Segment[] = [];
  let markdown: string[] = [];
  let markdownStart = firstLine;
  const flush = (next: number) => {
    if (markdown.some((line) => line.trim())) {
      segments.push({ kind: 'markdown', text: markdown.join('\n'), line: markdownStart });
    }
    markdown = [];
    markdownStart = next;
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const open = OPEN.exec(line);
    if (open) {
      const fence = open[2]!;
      const char = fence[0]!;
      let end = index + 1;
      let depth = 0;
      for (; end < lines.length; end++) {
        const candidate = lines[end]!.trim();
        const inner = OPEN.exec(lines[end]!);
        if (inner && inner[2]![0] === char && inner[2]!.length === fence.length) depth++;
        else if (candidate.startsWith(fence) && /^(`+|:+)$/.test(candidate) && candidate[0] === char) {
          if (depth === 0) break;
          depth--;
        }
      }
      flush(firstLine + end + 1);
      const body = lines.slice(index + 1, end);
      const { options, rest, skipped } = splitOptions(body);
      segments.push({
        kind: 'directive',
        name: open[3]!,
        argument: open[4]!.trim(),
        options,
        content: rest.join('\n').replace(/^\n+/, ''),
        line: firstLine + index,
        contentLine: firstLine + index + 1 + skipped + (rest.length && !rest[0]!.trim() ? 1 : 0),
      });
      index = end;
      continue;
    }
    const code = CODE.exec(line);
    if (code) {
      // an ordinary code block: copied whole, so nothing inside it is read as a directive
      const fence = code[1]!;
      let end = index + 1;
      while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
      markdown.push(...lines.slice(index, end + 1));
      index = end;
      continue;
    }
    markdown.push(line);
  }
  flush(firstLine + lines.length);
  return segments;
}
