/**
 * `npm run test:html`: validates every page of the built site with html-validate and the project's rules
 * (`.htmlvalidate.mjs`). Prints each problem as `file:line:column rule message`, then the count and the time per
 * page; exits 1 on any error.
 *
 *   node scripts/validate-html.ts            # dist/
 *   node scripts/validate-html.ts --dir out  # another build folder
 *
 * Importable: `loadPageValidator()` (the project's rules), `pageValidator(config)`, `validatePages()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import type { ConfigData, ResolvedConfig } from 'html-validate';

const ROOT = join(import.meta.dirname, '..');

/** One message of html-validate about one page. */
export interface HtmlProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** A CSS selector of the element: built pages are minified, so a column on line 1 is hard to find by eye. */
  readonly selector?: string;
}

/** Validates one page's HTML; `file` is only used in the problems it returns. */
export type PageValidator = (file: string, html: string) => HtmlProblem[];

/**
 * A static configuration resolved once: html-validate resolves the configuration again for every file it is given
 * (2–3 ms a page here), though one configuration serves every page of the site. A configuration given as an object
 * resolves synchronously, hence the casts.
 */
class ResolvedOnceLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig {
    if (override !== undefined) return super.getConfigFor(handle, override) as ResolvedConfig;
    this.#resolved ??= super.getConfigFor(handle) as ResolvedConfig;
    return this.#resolved;
  }
}

/** A validator with the given rules, read once and shared by every page. */
export function pageValidator(config: ConfigData): PageValidator {
  const validator = new HtmlValidate(new ResolvedOnceLoader(config));
  return (file, html) =>
    validator.validateStringSync(html, file).results.flatMap((result) =>
      result.messages.map((m) => ({
        file,
        line: m.line,
        column: m.column,
        rule: m.ruleId,
        message: m.message,
        severity: m.severity >= 2 ? ('error' as const) : ('warning' as const),
        ...(m.selector ? { selector: m.selector } : {}),
      })),
    );
}

/** The project's validator: the rules of `.htmlvalidate.mjs` at the repository root. */
export async function loadPageValidator(): Promise<PageValidator> {
  const file = join(ROOT, '.htmlvalidate.mjs');
  const module = (await import(pathToFileURL(file).href)) as { default?: ConfigData };
  if (module.default === undefined)
    throw new Error(
      `${file} has no default export: export the configuration with \`export default defineConfig({…})\``,
    );
  return pageValidator(module.default);
}

/** `dist/latest/a/index.html:1:234 no-dup-id Duplicate ID "x" (at main > p#x)`; warnings say so. */
export function formatHtmlProblem(p: HtmlProblem): string {
  const where = p.selector === undefined ? '' : ` (at ${p.selector})`;
  return `${p.file}:${p.line}:${p.column} ${p.severity === 'warning' ? 'warning ' : ''}${p.rule} ${p.message}${where}`;
}

/** Every `.html` file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** Validates each file; problems name files relative to `base` (the working directory, so they are clickable). */
export function validatePages(
  files: readonly string[],
  validate: PageValidator,
  base: string = process.cwd(),
): { problems: HtmlProblem[]; ms: number } {
  const start = performance.now();
  const problems = files.flatMap((file) => validate(relative(base, file), readFileSync(file, 'utf8')));
  return { problems, ms: performance.now() - start };
}

/**
 * Validates the files in worker threads, one share each (a six-version site has 17,000 pages: at 15 ms a page,
 * one thread takes four minutes). Problems come back in the files' order.
 */
export async function validatePagesInParallel(
  files: readonly string[],
  threads: number = Math.min(availableParallelism(), 4),
): Promise<{ problems: HtmlProblem[]; ms: number }> {
  const start = performance.now();
  const shares = Array.from({ length: Math.max(1, threads) }, (_, index) =>
    files.filter((_file, at) => at % Math.max(1, threads) === index),
  );
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<HtmlProblem[]>((done, fail) => {
          const worker = new Worker(new URL(import.meta.url), {
            workerData: { validateHtml: { files: share, base: process.cwd() } },
          });
          worker.once('message', (problems: HtmlProblem[]) => done(problems));
          worker.once('error', fail);
          worker.once('exit', (code) => {
            if (code !== 0) fail(new Error(`an html-validate worker stopped with code ${code}`));
          });
        }),
    ),
  );
  const order = new Map(files.map((file, index) => [relative(process.cwd(), file), index]));
  const problems = results.flat().sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  return { problems, ms: performance.now() - start };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dirArg = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : undefined;
  const dir = resolve(dirArg ?? join(ROOT, 'dist'));
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new Error(`${dir} is not a folder: build the site first (npm run build), or pass --dir <build folder>`);
  const files = htmlFiles(dir);
  if (files.length === 0) throw new Error(`${dir} has no .html file: build the site first (npm run build)`);

  const { problems, ms } = await validatePagesInParallel(files);
  for (const problem of problems) console.log(formatHtmlProblem(problem));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const perPage = (ms / files.length).toFixed(1);
  console.log(
    `html-validate: ${errors} error(s), ${problems.length - errors} warning(s) in ${files.length} pages (${Math.round(ms)} ms, ${perPage} ms/page)`,
  );
  if (errors > 0) process.exitCode = 1;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
// A worker of validatePagesInParallel (not any thread that imports this module, such as a test runner's).
const share = (workerData as { validateHtml?: { files: string[]; base: string } } | null)?.validateHtml;
if (!isMainThread && parentPort && share) {
  const { files, base } = share;
  const validate = await loadPageValidator();
  parentPort.postMessage(validatePages(files, validate, base).problems);
} else if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(`validate-html: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
