/**
 * Sphinx's glob patterns (`sphinx.util.matching`): `*` and `?` stop at `/`, `**` does not, `[!…]` never
 * matches `/`. The same translation as `translate_pattern` in sphinx_project.py.
 */
export function translateGlob(pattern: string): string {
  let i = 0;
  let out = '';
  while (i < pattern.length) {
    const c = pattern[i++]!;
    if (c === '*') {
      if (pattern[i] === '*') {
        i++;
        out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      let j = i;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) out += '\\[';
      else {
        let stuff = pattern.slice(i, j).replace(/\\/g, '\\\\');
        i = j + 1;
        if (stuff.startsWith('!')) stuff = `^/${stuff.slice(1)}`;
        else if (stuff.startsWith('^')) stuff = `\\${stuff}`;
        out += `[${stuff}]`;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  }
  return `^${out}$`;
}

export function compileGlob(pattern: string): (name: string) => boolean {
  const regex = new RegExp(translateGlob(pattern), 's');
  return (name) => regex.test(name);
}
