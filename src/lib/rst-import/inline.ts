import { codeSpan, escapeText, linkDestination } from './escape.ts';
import { ImportError, type SourceContext } from './source.ts';

/** Where an inline conversion happens, for warnings and errors. */
export interface InlineContext extends SourceContext {
  readonly line: number;
}

// docutils' inline markup recognition rules (simplified to ASCII plus common Unicode quotes/dashes):
// a start-string follows whitespace or opening punctuation and is followed by non-whitespace; an end-string
// follows non-whitespace and is followed by whitespace, closing punctuation or the end of the text.
const START_BEFORE = /[\s\-:/'"<([{\u2018\u201c\u2014\u2013]/;
const END_AFTER = /[\s\-.,:;!?\\/'")\]}>\u2019\u201d\u2014\u2013]/;

const canStart = (text: string, at: number, length: number): boolean =>
  (at === 0 || START_BEFORE.test(text[at - 1]!)) && /\S/.test(text[at + length] ?? ' ');

const canEnd = (text: string, at: number, length: number): boolean =>
  /\S/.test(text[at - 1] ?? ' ') &&
  text[at - 1] !== '\\' &&
  (at + length >= text.length || END_AFTER.test(text[at + length]!));

/** Finds the end-string `marker` after `from` that satisfies the end rules, or -1. */
function findEnd(text: string, marker: string, from: number): number {
  for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (canEnd(text, at, marker.length) && text[at + marker.length] !== marker[0]) return at;
  }
  return -1;
}

/** Removes RST backslash escapes: `\*` is a literal `*`, an escaped space disappears. */
export function unescapeRst(text: string): string {
  return text.replace(/\\(\s|.)/g, (_, char: string) => (/\s/.test(char) ? '' : char));
}

/**
 * Converts one paragraph of RST inline markup (lines already joined with spaces) to MDX inline text:
 * ``literal``, *emphasis*, **strong**, `text <url>`_ links, :ref: references; everything else is escaped text.
 */
export function convertInline(text: string, context: InlineContext): string {
  let out = '';
  let plain = '';
  const flush = () => {
    out += escapeText(plain);
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const role = /^:([A-Za-z][\w.+-]*):`/.exec(rest);
    if (text[i] === '\\') {
      plain += /\s/.test(text[i + 1] ?? ' ') ? '' : (text[i + 1] ?? '');
      i += 2;
    } else if (rest.startsWith('``') && canStart(text, i, 2) && findEnd(text, '``', i + 3) !== -1) {
      const end = findEnd(text, '``', i + 3);
      flush();
      out += codeSpan(text.slice(i + 2, end));
      i = end + 2;
    } else if (role && canStart(text, i, 0) && text.indexOf('`', i + role[0].length) !== -1) {
      const close = text.indexOf('`', i + role[0].length);
      flush();
      out += convertRole(role[1]!, text.slice(i + role[0].length, close), context);
      i = close + 1;
      // The markup slip `:ref:`x <y>`updates`: docutils would not end the role here, but the author meant a
      // reference followed by a word, so keep the reference and put the missing space back.
      if (/[\p{L}\p{N}]/u.test(text[i] ?? '')) {
        context.warn(
          context.line,
          `inline markup end-string directly followed by "${text[i]}": inserted a space after :${role[1]}:\`…\` (fix the source: add a space)`,
        );
        plain += ' ';
      }
    } else if (text[i] === '`' && canStart(text, i, 1) && findInterpretedEnd(text, i + 1) !== -1) {
      const close = findInterpretedEnd(text, i + 1);
      const suffix = /^`(__|_)?/.exec(text.slice(close))![0];
      flush();
      out += convertInterpreted(text.slice(i + 1, close), suffix.length > 1, context);
      i = close + suffix.length;
    } else if (rest.startsWith('**') && canStart(text, i, 2) && findEnd(text, '**', i + 3) !== -1) {
      const end = findEnd(text, '**', i + 3);
      flush();
      out += `**${escapeText(unescapeRst(text.slice(i + 2, end)))}**`;
      i = end + 2;
    } else if (text[i] === '*' && !rest.startsWith('**') && canStart(text, i, 1) && findEnd(text, '*', i + 2) !== -1) {
      const end = findEnd(text, '*', i + 2);
      flush();
      out += `*${escapeText(unescapeRst(text.slice(i + 1, end)))}*`;
      i = end + 1;
    } else {
      plain += text[i];
      i++;
    }
  }
  flush();
  return out;
}

function findInterpretedEnd(text: string, from: number): number {
  for (let at = text.indexOf('`', from); at !== -1; at = text.indexOf('`', at + 1)) {
    const suffix = /^`(__|_)?/.exec(text.slice(at))![0];
    if (at > from && canEnd(text, at, suffix.length)) return at;
  }
  return -1;
}

const TARGET = /^([\s\S]*?)\s*<([^<>]+)>$/;

function convertRole(role: string, content: string, context: InlineContext): string {
  if (role !== 'ref') {
    throw new ImportError(
      context.file,
      context.line,
      `unsupported role :${role}: — add it to convertRole() in src/lib/rst-import/inline.ts`,
    );
  }
  const match = TARGET.exec(content);
  if (!match || match[1] === '') return `:ref{to="${content.trim().toLowerCase()}"}`;
  return `:ref[${escapeText(unescapeRst(match[1]!))}]{to="${match[2]!.trim().toLowerCase()}"}`;
}

function convertInterpreted(content: string, isReference: boolean, context: InlineContext): string {
  const match = TARGET.exec(content);
  if (isReference && match && /^(https?:|mailto:|\/|#)/.test(match[2]!)) {
    const label = match[1] === '' ? match[2]! : match[1]!;
    return `[${escapeText(unescapeRst(label))}](${linkDestination(match[2]!.replace(/\s+/g, ''))})`;
  }
  if (isReference) {
    throw new ImportError(
      context.file,
      context.line,
      `named hyperlink reference \`${content}\`_ is not supported: write it as \`text <url>\`_`,
    );
  }
  // Sphinx renders `text` without a role as the default role (title reference): emphasised text.
  context.warn(context.line, `interpreted text without a role \`${content}\`: rendered as emphasis`);
  return `*${escapeText(unescapeRst(content))}*`;
}
