/**
 * A tiny Sphinx project in a temporary folder, imported through the importer's real entry point
 * (`importVersion`, then `versionOutputs` as the CLI writes it), and its pages rendered by the site's real page
 * renderer over the imported content. Tests give RST/MyST/notebook sources and read back MDX, data files,
 * navigation, the loss report and HTML: nothing here knows how the importer is organised inside.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { listPageFiles } from '../../../src/integrations/engine/content-snapshot.ts';
import { checkFrontmatter } from '../../../src/lib/content/check-pages.ts';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import type { Problem } from '../../../src/lib/diagnostics/problem.ts';
import { buildRegistry, type PageSource } from '../../../src/lib/refs/registry.ts';
import { createCodeHighlighter, type HighlightCode } from '../../../src/lib/render/highlight.ts';
import { createPageRenderer } from '../../../src/lib/render/render-page.ts';
import { createTableLoader } from '../../../src/lib/tables/load-table.ts';
import { importVersion, type VersionImport } from '../../../scripts/import/import-version.ts';
import { versionOutputs } from '../../../scripts/import/outputs.ts';
import type { AppliedPatch, Patches } from '../../../scripts/import/patches.ts';
import type { LossEntry } from '../../../scripts/import/problems.ts';

/** The site version the fixtures are imported as (also Read the Docs' version name for conf.py). */
export const VERSION = 'latest';

/** A conf.py with the extensions the Neuron sources use; tests add lines after it. */
export const CONF = [
  "project = 'Fixture'",
  "master_doc = 'index'",
  "version = '2.9'",
  "release = '2.9.0'",
  "exclude_patterns = ['_build']",
  "extensions = ['sphinx.ext.extlinks', 'sphinx.ext.intersphinx', 'sphinx_design', 'sphinx_tabs.tabs',",
  "              'sphinxcontrib.programoutput', 'sphinx.ext.autosummary', 'sphinx.ext.autodoc', 'sphinx.ext.mathjax', 'nbsphinx', 'myst_parser']",
  '',
].join('\n');

const NO_PATCHES: Patches = { patches: [], nav: [] };

let highlighter: Promise<HighlightCode> | undefined;

export interface Imported {
  readonly result: VersionImport;
  /** Every file the import writes, by repository path. */
  readonly files: ReadonlyMap<string, string | Buffer>;
  /** The MDX file of a document, frontmatter included. */
  mdx(docname: string): string;
  /** The MDX body of a document: what follows the frontmatter, trimmed. */
  body(docname: string): string;
  /** The frontmatter of a document, parsed. */
  frontmatter(docname: string): Record<string, unknown>;
  /** `nav.yaml`'s items, parsed. */
  nav(): unknown[];
  /** A text file the import writes, by repository path (`content/partials/latest/x.md`). */
  file(path: string): string;
  /** Paths the import writes that start with `prefix`. */
  paths(prefix: string): string[];
  /** A table data file, parsed. */
  table(name: string): Record<string, unknown>;
  /** The loss report's entries. */
  readonly loss: readonly LossEntry[];
  /** The report's defects of the sources, which the original site did not show either. */
  readonly sourceDefects: readonly LossEntry[];
  /** The patches the import applied, with their lines in the original file. */
  readonly patches: readonly AppliedPatch[];
  /** What the site's frontmatter check says of a page (the build stops on any of these). */
  frontmatterProblems(docname: string): Problem[];
  /** A page rendered by the site's renderer: its HTML body and the problems the build would report. */
  render(docname: string): Promise<{ html: string; problems: Problem[] }>;
}

/** Writes `files` into a new temporary folder. */
function writeTree(prefix: string, files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const made: string[] = [];

/** Removes every temporary folder made so far (call in `afterAll`). */
export function cleanUpProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A sources folder as `npm run import:extract` makes it: the files, conf.py and `.import-source.json`. */
export function sourcesFolder(files: Record<string, string | Buffer>): string {
  const withConf = { 'conf.py': CONF, ...files };
  const dir = writeTree('neuron-import-src-', {
    ...withConf,
    '.import-source.json': JSON.stringify({
      repository: 'aws-neuron/aws-neuron-sdk',
      revision: 'v9.9.9',
      commit: 'c0ffee0000000000000000000000000000000000',
      date: '2026-01-01T00:00:00Z',
      files: Object.keys(withConf).length,
      missing: [],
      skipped: [],
      renames: [],
    }),
  });
  made.push(dir);
  return dir;
}

/** Imports a project of `files` (paths in the sources folder → text; `conf.py` defaults to `CONF`) into a site. */
export async function importProject(
  files: Record<string, string | Buffer>,
  options: {
    /** Hand-made site files the rendered pages read besides the import's (`content/data/latest/external-apis.yaml`). */
    site?: Record<string, string>;
    /** Reviewed patches of the sources (scripts/import/patches.yaml's form); none by default. */
    patches?: Patches;
  } = {},
): Promise<Imported> {
  const sourcesDir = sourcesFolder(files);
  const patches = options.patches ?? NO_PATCHES;
  const result = await importVersion({ sourcesDir, version: VERSION, patches });
  const root = writeTree('neuron-import-out-', {});
  made.push(root);
  const { files: outputs, report } = versionOutputs(root, result, patches);
  for (const [path, content] of [...Object.entries(options.site ?? {}), ...outputs]) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  const paths = contentPaths(root);
  const text = (path: string) => {
    const content = outputs.get(path);
    if (content === undefined) {
      throw new Error(`the import wrote no ${path}; it wrote:\n  ${[...outputs.keys()].sort().join('\n  ')}`);
    }
    return content.toString();
  };
  const pagePath = (docname: string) => `content/docs/${VERSION}/${docname}.mdx`;

  let renderer: Promise<(docname: string) => Promise<{ html: string; problems: Problem[] }>> | undefined;
  const makeRenderer = async () => {
    const sources: PageSource[] = listPageFiles(paths, VERSION).map((file) => ({
      file,
      source: readFileSync(file, 'utf8'),
    }));
    // Frontmatter is checked by its own test (`frontmatterProblems`): here every page is known by its title, so
    // that one frontmatter problem does not hide what the page renders.
    for (const entry of sources) {
      const parsed = entryFrontmatter(entry.source);
      entry.frontmatter = {
        title: String(parsed['title']),
        labels: (parsed['labels'] as string[] | undefined) ?? [],
      } as never;
    }
    const registry = buildRegistry(paths, VERSION, sources);
    const render = await createPageRenderer({
      paths,
      registries: new Map([[VERSION, registry]]),
      tables: createTableLoader(paths),
      highlight: await (highlighter ??= createCodeHighlighter()),
    });
    return async (docname: string) => {
      const source = text(pagePath(docname));
      const frontmatter = entryFrontmatter(source);
      const page = await render({
        file: join(root, pagePath(docname)),
        source,
        version: VERSION,
        pageLabels: (frontmatter['labels'] as string[] | undefined) ?? [],
      });
      const file = paths.displayPath(join(root, pagePath(docname)));
      return {
        html: page.html.trim(),
        problems: [
          ...registry.problems.filter((problem) => problem.file === file),
          ...createTableLoader(paths).check(VERSION),
          ...page.problems,
        ],
      };
    };
  };

  return {
    result,
    files: outputs,
    mdx: (docname) => text(pagePath(docname)),
    body: (docname) => splitFrontmatter(text(pagePath(docname))).body.trim(),
    frontmatter: (docname) => entryFrontmatter(text(pagePath(docname))),
    nav: () => (parse(text(`content/data/${VERSION}/nav.yaml`)) as { items: unknown[] }).items,
    file: text,
    paths: (prefix) => [...outputs.keys()].filter((path) => path.startsWith(prefix)).sort(),
    table: (name) => parse(text(`content/data/${VERSION}/tables/${name}.yaml`)) as Record<string, unknown>,
    loss: report.loss,
    sourceDefects: report.sourceDefects,
    patches: report.patches,
    frontmatterProblems: (docname) => checkFrontmatter(text(pagePath(docname)), pagePath(docname)).problems,
    render: async (docname) => (await (renderer ??= makeRenderer()))(docname),
  };
}

function entryFrontmatter(source: string): Record<string, unknown> {
  const { yaml } = splitFrontmatter(source);
  return (parse(yaml ?? '') as Record<string, unknown> | null) ?? {};
}

/** The error an import of `files` stops with (fails the test when it does not stop). */
export async function importFailure(files: Record<string, string | Buffer>): Promise<Error> {
  try {
    await importProject(files);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the import did not stop');
}

/** Joins lines with newlines, for readable multi-line fixtures. */
export const lines = (...text: string[]): string => `${text.join('\n')}\n`;

/** A page: a title, then the body lines. */
export const page = (title: string, ...body: string[]): string => lines(title, '='.repeat(title.length), '', ...body);

/** Collapses runs of whitespace between tags, so HTML expectations can be written on several lines. */
export const squash = (html: string): string => html.replace(/>\s+</g, '><').trim();
