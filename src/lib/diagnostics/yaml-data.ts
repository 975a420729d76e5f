import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { displayPath } from '../content/paths.ts';
import type { Problem } from './problem.ts';

/** The result of loading a data file: the value, or the problems that stop it from being used. */
export type DataResult<T> =
  | { ok: true; data: T; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; problems: Problem[] };

/** `[3].instances[1]` — a zod issue path in the form authors see in their YAML. */
export function formatDataPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function lineFinder(doc: Document, counter: LineCounter) {
  return (path: readonly PropertyKey[]): number | undefined => {
    // Walk up to the deepest existing node, so a missing field points at its parent object.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Reads a YAML data file and validates it against a schema. Problems name the file, the line and the path inside
 * the file (`packages.yaml:12 rows[3].instances[1]: Invalid option …`), and all of them are returned at once.
 */
export function loadYamlData<S extends z.ZodType>(file: string, schema: S): DataResult<z.output<S>> {
  const shown = displayPath(file);
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        code: 'invalid-data',
        file: shown,
        line: error.linePos?.[0].line,
        column: error.linePos?.[0].col,
        message: `is not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax at this line',
      })),
    };
  }
  const lineOf = lineFinder(doc, counter);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, data: parsed.data, lineOf };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const value = doc.getIn(issue.path as unknown[]);
      const quoted = value === undefined || typeof value === 'object' ? '' : ` ${JSON.stringify(value)}`;
      return {
        code: 'invalid-data',
        file: shown,
        line: lineOf(issue.path as PropertyKey[]),
        message: `${formatDataPath(issue.path as PropertyKey[]) || '(top level)'}:${quoted} ${issue.message}`,
        hint: 'see the schema’s documentation in CONTRIBUTING.md and src/lib',
      };
    }),
  };
}
