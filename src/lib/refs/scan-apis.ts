import { codeFenceTracker } from './code-fences.ts';

/** An API entry a page defines (`:::api[signature]{kind="…" name="…"}`), where it is written. */
export interface ApiDefinition {
  name: string;
  kind: string;
  /** 1-based line and column of the directive. */
  line: number;
  column: number;
}

// `:::api[…]{…}` at any nesting depth (`::::api` around `:::api`); the attributes close the line.
const API_LINE = /^(\s*):{3,}api(?:\[.*\])?\{([^{}]*)\}\s*$/;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/**
 * Finds the API entries of a page from its text alone, as `scanLabels` finds labels: every page's entries must be
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
    if (!line.includes('api')) continue;
    const match = API_LINE.exec(line);
    if (!match) continue;
    const attributes = Object.fromEntries(Array.from(match[2]?.matchAll(ATTRIBUTE) ?? [], (m) => [m[1], m[2]]));
    const name = attributes['name'];
    if (name)
      found.push({ name, kind: attributes['kind'] ?? '', line: index + 1, column: (match[1]?.length ?? 0) + 1 });
  }
  return found;
}
