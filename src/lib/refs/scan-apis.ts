import { codeFenceTracker } from './code-fences.ts';
import { cppClassScope, entryAnchor } from './api-ids.ts';
import { optionTargets } from './option-ids.ts';

/** An API entry a page defines (`:::api[signature]{kind="…" name="…"}`), where it is written. */
export interface ApiDefinition {
  name: string;
  kind: string;
  /** 1-based line and column of the directive. */
  line: number;
  column: number;
  /** The entry's id when it is not its name (a command-line option's `cmdoption-…`, a C entry's `c.…`). */
  anchor?: string;
}

// `:::api[…]{…}` at any nesting depth (`::::api` around `:::api`); the attributes close the line.
const API_LINE = /^(\s*):{3,}api(?:\[(.*)\])?\{([^{}]*)\}\s*$/;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;
// `:::option[--target <target>]{program="neuronx-cc"}`: its label is Markdown text (`\<`, `\[`, code spans).
const OPTION_LINE = /^(\s*):{3,}option\[(.*)\](?:\{([^{}]*)\})?\s*$/;
// any container's opening and closing fences, to know which C++ class an entry is declared in
const CONTAINER_OPEN = /^\s*:{3,}[A-Za-z]/;
const CONTAINER_CLOSE = /^\s*:{3,}\s*$/;
const plainLabel = (label: string) => label.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/`/g, '');
const attributesOf = (text: string | undefined) =>
  Object.fromEntries(Array.from(text?.matchAll(ATTRIBUTE) ?? [], (m) => [m[1], m[2]]));

/**
 * Finds the API entries (and command-line options) of a page from its text alone, as `scanLabels` finds labels: every page's entries must be
 * known before any page is rendered (an `:api` reference may name one on another page), so this is a line scan,
 * not a parse. Entries without a `name` are skipped here; rendering reports them. Each has the id Sphinx gave it
 * (`entryAnchor`), for which a C++ entry needs the classes whose containers it is in.
 */
export function scanApis(source: string): ApiDefinition[] {
  const found: ApiDefinition[] = [];
  const inCode = codeFenceTracker();
  // the C++ scope inside each open container, innermost last
  const scopes: (readonly string[] | undefined)[] = [];
  const scope = () => (scopes.length ? scopes.at(-1) : []);
  const lines = source.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (inCode(line)) continue;
    if (CONTAINER_CLOSE.test(line)) {
      scopes.pop();
      continue;
    }
    if (CONTAINER_OPEN.test(line)) scopes.push(scope());
    const option = line.includes('option') ? OPTION_LINE.exec(line) : null;
    if (option) {
      const column = (option[1]?.length ?? 0) + 1;
      for (const { name, anchor } of optionTargets(plainLabel(option[2] ?? ''), attributesOf(option[3])['program']))
        found.push({ name, kind: 'option', line: index + 1, column, anchor });
      continue;
    }
    const match = line.includes('api') ? API_LINE.exec(line) : null;
    if (!match) continue;
    const attributes = attributesOf(match[3]);
    const name = attributes['name'];
    const kind = attributes['kind'] ?? '';
    const signature = plainLabel(match[2] ?? '');
    const outer = scopes.length >= 2 ? scopes[scopes.length - 2] : [];
    if (/^cpp:(class|struct|union)$/.test(kind)) {
      // the entries in a C++ class's container are declared in it
      const inner = cppClassScope(signature);
      scopes[scopes.length - 1] = outer && inner && [...outer, ...inner];
    }
    if (name) {
      const anchor = entryAnchor(kind, name, signature, outer);
      found.push({
        name,
        kind,
        line: index + 1,
        column: (match[1]?.length ?? 0) + 1,
        ...(anchor === name ? {} : { anchor }),
      });
    }
  }
  return found;
}
