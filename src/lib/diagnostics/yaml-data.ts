import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ProblemCode } from './catalogue.ts';
import type { Problem } from './problem.ts';

/** The result of validating YAML: the value and a way to find the line of any path, or the problems. */
export type DataResult<T> =
  | { ok: true; data: T; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; problems: Problem[] };

/** How problems in a YAML text are reported. */
export interface YamlReport {
  /** The file as shown to authors. */
  file: string;
  /** Lines before the YAML text in its file (1 for frontmatter, after the opening `---`). */
  lineOffset?: number;
  code: ProblemCode;
  /** Put before each path, e.g. `frontmatter `. */
  prefix?: string;
  hint: string;
}

/** `[3].instances[1]` — a zod issue path in the form authors see in their YAML. */
export function formatDataPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function lineFinder(doc: Document, counter: LineCounter, offset: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    // Walk up to the deepest existing node, so a missing field points at its parent object.
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offset;
    }
    return undefined;
  };
}

/** Zod's message for an issue, in an author's words where zod's are cryptic. */
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return 'is required';
  const quoted = value === undefined || typeof value === 'object' ? '' : `${JSON.stringify(value)} `;
  return `${quoted}${issue.message}`;
}

/**
 * Parses YAML and validates it against a schema. Every problem names the file, the line and the path inside
 * the YAML (`packages.yaml:12 rows[3].instances[1]: "Trn9" Invalid option …`); all of them are returned at once.
 */
export function validateYaml<S extends z.ZodType>(
  text: string,
  schema: S,
  report: YamlReport,
): DataResult<z.output<S>> {
  // Fast path: js-yaml is several times faster than the \`yaml\` document API, and every page's frontmatter goes
  // through here. Lines are only needed for problems, or asked for later (\`lineOf\`): the document is parsed then.
  const quick = quickParse(text, schema);
  if (quick.ok) {
    let lineOf: ((path: readonly PropertyKey[]) => number | undefined) | undefined;
    return {
      ok: true,
      data: quick.data,
      lineOf: (path) => {
        if (!lineOf) {
          const counter = new LineCounter();
          lineOf = lineFinder(parseDocument(text, { lineCounter: counter }), counter, report.lineOffset ?? 0);
        }
        return lineOf(path);
      },
    };
  }
  const offset = report.lineOffset ?? 0;
  const prefix = report.prefix ?? '';
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        code: report.code,
        file: report.file,
        line: counter.linePos(error.pos[0]).line + offset,
        message: `${prefix}is not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'fix the YAML syntax at this line',
      })),
    };
  }
  const lineOf = lineFinder(doc, counter, offset);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return { ok: true, data: parsed.data, lineOf };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      const path = issue.path as PropertyKey[];
      // An unknown key is reported on its own line, not on the line of the object holding it.
      const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      return {
        code: report.code,
        file: report.file,
        line: lineOf(at),
        message: `${prefix}${formatDataPath(path) || '(top level)'}: ${describe(issue, doc.getIn(path as unknown[]))}`,
        hint: report.hint,
      };
    }),
  };
}

function quickParse<S extends z.ZodType>(text: string, schema: S): { ok: true; data: z.output<S> } | { ok: false } {
  let value: unknown;
  try {
    // The core schema reads what the \`yaml\` package reads: dates stay strings, as the schemas expect.
    value = load(text, { schema: CORE_SCHEMA });
  } catch {
    return { ok: false };
  }
  const parsed = schema.safeParse(value ?? null);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false };
}

/** Reads a YAML data file and validates it (see `validateYaml`); `shown` is the file as authors see it. */
export function loadYamlData<S extends z.ZodType>(file: string, schema: S, shown: string): DataResult<z.output<S>> {
  return validateYaml(readFileSync(file, 'utf8'), schema, {
    file: shown,
    code: 'invalid-data',
    hint: 'each data file’s schema is documented in CONTRIBUTING.md (“Tables from data”) and src/lib',
  });
}
