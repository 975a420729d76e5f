import { codeFenceTracker } from './code-fences.ts';
import { optionTargets } from './option-ids.ts';

/** An API entry a page defines (`:::api[signature]{kind="…" name="…"}`), where it is written. */
export interface ApiDefinition {
  name: string;
  kind: string;
  /** 1-based line and column of the directive. */
  line: number;
  column: number;
  /** The entry's id when it is not its name (a command-line option's `cmdoption-…`). */
  anchor?: string;
}

// `:::api[…]{…}` at any nesting depth (`::::api` around `:::api`); the attributes close the line.
const API_LINE = /^(\s*):{3,}api(?:\[.*\])?\{([^{}]*)\}\s*$/;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;
// `:::option[--target <target>]{program="neuronx-cc"}`: its label is Markdown text (`\<`, `\[`, code spans).
const OPTION_LINE = /^(\s*):{3,}option\[(.*)\](?:\{([^{}]*)\})?\s*$/;
const plainLabel = (label: string) => label.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/`/g, '');
const attributesOf = (text: string | undefined) =>
  Object.fromEntries(Array.from(text?.matchAll(ATTRIBUTE) ?? [], (m) => [m[1], m[2]]));

/**
 * Finds the API entries (and command-line options) of a page from its text alone, as `scanLabels` finds labels: every page's entries must be
 * known before any page is rendered (an `:api` reference may name one on another page), so this is a line scan,
 * not a parse. Entries without a `name` are skipped here; rendering reports them.
 */
export function scanApis(source: string): ApiDefinition[] {
  const found: ApiDefinition[] = [];
  const inCode = codeFenceTracker();
  const lines = source.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (inCode(line)) continue;
    const option = line.includes('option') ? OPTION_LINE.exec(line) : null;
    if (option) {
      const column = (option[1]?.length ?? 0) + 1;
      for (const { name, anchor } of optionTargets(plainLabel(option[2] ?? ''), attributesOf(option[3])['program']))
        found.push({ name, kind: 'option', line: index + 1, column, anchor });
      continue;
    }
    const match = line.includes('api') ? API_LINE.exec(line) : null;
    if (!match) continue;
    const attributes = attributesOf(match[2]);
    const name = attributes['name'];
    if (name)
      found.push({ name, kind: attributes['kind'] ?? '', line: index + 1, column: (match[1]?.length ?? 0) + 1 });
  }
  return found;
}
