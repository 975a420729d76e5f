/**
 * What a cross-reference role shows, as Sphinx 5's `XRefRole` and `PyXRefRole` make it: `title <target>` splits at
 * the last unescaped `<…>`; a Python reference without an explicit title drops leading dots, `~` shortens the title
 * to the last component, `!` disables the link, and `:func:`/`:meth:` titles end in `()`. One owner for these
 * rules: the inline converter (links) and `textOf` (titles, descriptions) both read them here.
 */

const EXPLICIT_TITLE = /^(.+?)\s*(?<!\0)<(.*?)>$/s;
const unescape = (text: string) => text.replace(/\0/g, '');

export interface XrefParts {
  explicit: boolean;
  title: string;
  target: string;
}

export function splitTitle(text: string): XrefParts {
  const match = EXPLICIT_TITLE.exec(text);
  if (match) return { explicit: true, title: unescape(match[1]!), target: unescape(match[2]!) };
  return { explicit: false, title: unescape(text), target: unescape(text) };
}

/** Python roles (with or without the `py:` prefix: `py` is the default domain). */
export const PY_ROLES: ReadonlySet<string> = new Set([
  'func',
  'class',
  'meth',
  'attr',
  'exc',
  'data',
  'const',
  'obj',
  'mod',
]);

/** The Python role a role name is (`class`, `py:func` → `func`), if any. */
export function pythonRoleKind(name: string): string | undefined {
  const [domain, kind] = name.includes(':') ? (name.split(':', 2) as [string, string]) : ['', name];
  return (domain === '' || domain === 'py') && PY_ROLES.has(kind) ? kind : undefined;
}

/** `PyXRefRole.process_link` and `fix_parens` (`add_function_parentheses` is on by default). */
export function pythonXref(kind: string, text: string): XrefParts & { disabled: boolean } {
  const { explicit, title: rawTitle, target: rawTarget } = splitTitle(text);
  const disabled = rawTarget.startsWith('!');
  let title = rawTitle.replace(/^!/, '');
  let target = rawTarget.replace(/^!/, '');
  if (!explicit) {
    title = title.replace(/^\.+/, '');
    target = target.replace(/^~/, '');
    if (title.startsWith('~')) title = title.slice(1).split('.').at(-1)!;
  }
  if (kind === 'func' || kind === 'meth') {
    if (!explicit) title = `${title.replace(/\(\)$/, '')}()`;
    target = target.replace(/\(\)$/, '');
  }
  return { explicit, disabled, title, target };
}

/** The text a role shows: a Python reference's title, else the explicit title or the target without `~`/`!`. */
export function roleText(name: string, value: string): string {
  const kind = pythonRoleKind(name);
  if (kind) return pythonXref(kind, value).title;
  const { explicit, title } = splitTitle(value);
  return explicit ? title : title.replace(/^[~!]/, '');
}
