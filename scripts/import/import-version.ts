/**
 * One release → every file the site needs from it, in one pass over its sources: pages, partials, table data,
 * HTML snippets, images, downloads, navigation, reference data, legacy addresses and the import report. The
 * result is a map of repository paths to contents; the CLI writes it or compares it (`--check`).
 */
import type { NavEntry } from '../../src/lib/navigation/nav-schema.ts';
import { Assets } from './assets.ts';
import { convertDocument, documentTitle, type ConvertedPage } from './convert/document.ts';
import { programKey, type ProgramRequest } from './convert/program-output.ts';
import {
  DataFiles,
  Partials,
  type DocRecord,
  type DocSections,
  type ProgramResult,
  type VersionData,
} from './convert/version.ts';
import {
  children,
  isElement,
  textOf,
  walk,
  type DElement,
  type DNode,
  type ParsedDocument,
  type ParsedLabel,
} from './doctree.ts';
import { LabelRegistry } from './labels.ts';
import { buildNav } from './nav.ts';
import { Numbering, type NumberingEvent } from './numbering.ts';
import { pageIds } from './page-ids.ts';
import { pageSlugs } from './slugs.ts';
import { patchedFiles, type AppliedPatch, type Patches } from './patches.ts';
import { ImportError, LossReport } from './problems.ts';
import { loadProject, type Project } from './project.ts';
import { streamPython } from './python.ts';
import { RefUsage } from './ref-usage.ts';
import { scanDocument } from './scan.ts';
import { outline, sectionAnchors } from './section-outline.ts';
import type { Toctree } from './toctree.ts';
import { parseMarkdownDocument } from './myst/parse.ts';
import { parseNotebook } from './notebook.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ImportOptions {
  readonly sourcesDir: string;
  /** The site's version id: `latest` or a release tag. */
  readonly version: string;
  readonly patches: Patches;
  /** Progress messages (to stderr). */
  readonly log?: (message: string) => void;
}

export interface VersionImport {
  readonly project: Project;
  readonly data: VersionData;
  readonly pages: readonly ConvertedPage[];
  readonly nav: NavEntry[];
  readonly pageIds: ReadonlyMap<string, string>;
  /** API names with several entries: the documents defining them, in reading order (the last one wins). */
  readonly apiDuplicates: ReadonlyMap<string, readonly string[]>;
  /** The reviewed patches applied to this release's sources. */
  readonly patches: readonly AppliedPatch[];
}

/** Read the Docs' version slug: `latest` for the main branch, the tag otherwise. */
export const rtdVersionOf = (version: string) => version;

interface RstCell {
  /** The notebook's docname. */
  readonly docname: string;
  /** The raw cell's node, whose children become the parsed RST. */
  readonly node: { t: string; c?: readonly DNode[] };
  readonly path: string;
  readonly text: string;
}

/** The raw reStructuredText cells of the notebooks, by a request name of their own. */
function rstCells(parsed: Map<string, ParsedDocument>, project: Project): Map<string, RstCell> {
  const cells = new Map<string, RstCell>();
  for (const doc of project.docs.filter((d) => d.parser === 'jupyter_notebook' && parsed.has(d.docname))) {
    for (const node of walk(parsed.get(doc.docname)!.tree)) {
      if (node.t !== 'nb_raw_cell' || node.a?.['mime'] !== 'text/restructuredtext') continue;
      (node as { t: string }).t = 'compound';
      cells.set(`${doc.docname}#cell-${node.l}`, { docname: doc.docname, node, path: doc.path, text: textOf(node) });
    }
  }
  return cells;
}

async function parseRst(
  project: Project,
  overrides: Map<string, string>,
  cells: Map<string, RstCell>,
  log: (m: string) => void,
) {
  const requests = [
    ...project.docs
      .filter((doc) => doc.parser === 'restructuredtext')
      .map((doc) => ({
        docname: doc.docname,
        path: doc.path,
        ...(overrides.has(doc.path) ? { text: overrides.get(doc.path) } : {}),
      })),
    ...[...cells].map(([name, cell]) => ({ docname: name, path: cell.path, text: cell.text })),
  ];
  const options = {
    roles: Object.keys(project.conf.extlinks ?? {}),
    sourceRead: project.sourceRead > 0,
    rtdVersion: project.rtdVersion,
    substitutions: { version: project.conf.version ?? '', release: project.conf.release ?? '', today: '' },
    conf: { templates_path: project.conf.templates_path ?? [] },
    overrides: Object.fromEntries(overrides),
  };
  return streamPython<object, ParsedDocument>(
    'rst_doctree.py',
    ['parse', project.sourcesDir],
    requests,
    (_, index) => {
      if ((index + 1) % 200 === 0) log(`  parsed ${index + 1}/${requests.length} RST pages`);
    },
    options,
  );
}

/**
 * nbsphinx's `CreateSectionLabels` transform runs on every document (not only notebooks) while it is read:
 * `/<docname lower-cased><suffix>` labels the whole document with its title, which is how the sources write
 * `:ref:` to a notebook (`:ref:`/src/examples/pytorch/resnet50.ipynb``).
 */
function nbsphinxLabels(doc: DocRecord, project: Project): ParsedLabel[] {
  if (!project.conf.extensions?.includes('nbsphinx') || doc.title === '<no title>') return [];
  const suffix = doc.path.slice(doc.docname.length);
  return [{ name: `/${doc.docname.toLowerCase()}${suffix}`, kind: 'document', id: '', title: doc.title }];
}

/** A document's outline and its headings' ids on this site, made once per document. */
function sectionsCache(docs: ReadonlyMap<string, DocRecord>, labels: LabelRegistry) {
  const made = new Map<string, DocSections>();
  return (docname: string): DocSections | undefined => {
    const doc = docs.get(docname);
    if (!doc) return undefined;
    let sections = made.get(docname);
    if (!sections) {
      const top = children(doc.tree).filter(isElement);
      const title = top.find((node) => node.t === 'section');
      sections = {
        outline: outline([
          ...(title ? children(title).filter(isElement) : []),
          ...top.filter((node) => node !== title),
        ]),
        anchors: sectionAnchors(docname, doc.tree, labels),
      };
      made.set(docname, sections);
    }
    return sections;
  };
}

/** A MyST page's heading slug (`#4-validate-accuracy`, which MyST resolved to the section) → the section's id here. */
function mystAnchor(doc: DocRecord | undefined, sections: DocSections | undefined, slug: string): string | undefined {
  if (!doc || doc.parser !== 'markdown' || !sections) return undefined;
  for (const [section, anchor] of sections.anchors) {
    if ((section.a?.['ids'] as string[] | undefined)?.[0] === slug) return anchor;
  }
  return undefined;
}

export async function importVersion(options: ImportOptions): Promise<VersionImport> {
  const log = options.log ?? (() => {});
  const project = loadProject(options.sourcesDir, rtdVersionOf(options.version));
  log(
    `${options.version}: ${project.docs.length} documents (${project.source.revision} ${project.source.commit.slice(0, 8)})`,
  );
  const { texts: overrides, applied: patches } = patchedFiles(options.patches, options.version, options.sourcesDir);
  const parsed = new Map<string, ParsedDocument>();
  // A notebook that is not JSON (a merge conflict left in it): nbformat could not read it, and Sphinx built no
  // page from it; neither does the import, and the report says so
  const unreadable: { path: string; error: string }[] = [];
  for (const doc of project.docs) {
    if (doc.parser === 'restructuredtext') continue;
    const text = overrides.get(doc.path) ?? readFileSync(join(options.sourcesDir, doc.path), 'utf8');
    if (doc.parser === 'markdown') parsed.set(doc.docname, parseMarkdownDocument(doc, text, project));
    else {
      try {
        JSON.parse(text);
      } catch (error) {
        unreadable.push({ path: doc.path, error: (error as Error).message.split('\n')[0]! });
        continue;
      }
      parsed.set(doc.docname, parseNotebook(doc, text, project));
    }
  }
  // nbsphinx parses a notebook's raw cells of type text/restructuredtext as RST: with the RST pages
  const fragments = rstCells(parsed, project);
  for (const result of await parseRst(project, overrides, fragments, log)) {
    if (result.error) throw new Error(`${result.docname}: the RST front-end failed: ${result.error}`);
    const fragment = fragments.get(result.docname);
    if (fragment) {
      fragment.node.c = children(result.tree);
      const owner = parsed.get(fragment.docname)!;
      parsed.set(fragment.docname, { ...owner, labels: [...owner.labels, ...result.labels] });
    } else parsed.set(result.docname, result);
  }
  const docs = new Map<string, DocRecord>();
  for (const doc of project.docs) {
    const result = parsed.get(doc.docname);
    if (!result) continue;
    docs.set(doc.docname, { ...doc, ...result, title: documentTitle(result.tree) });
  }
  // Sphinx reads documents in sorted order; the last definition of a label wins
  const labels = new LabelRegistry();
  for (const docname of [...docs.keys()].sort()) {
    const doc = docs.get(docname)!;
    labels.addDocument(docname, [...nbsphinxLabels(doc, project), ...doc.labels]);
  }

  const allDocs = new Set(docs.keys());
  const suffixes = ['.rst', '.ipynb', '.md'];
  const toctrees = new Map<DElement, Toctree>();
  const toctreesOf = new Map<string, Toctree[]>();
  const apis = new Map<string, { kind: string; name: string; docname: string }>();
  const events = new Map<string, NumberingEvent[]>();
  const requests = new Map<string, ProgramRequest>();
  // Sphinx's Python domain warned of a duplicate object description and kept the one it read last
  const apiPlaces = new Map<string, string[]>();
  for (const docname of [...docs.keys()].sort()) {
    const doc = docs.get(docname)!;
    const scan = scanDocument(docname, doc.tree, allDocs, suffixes);
    for (const api of scan.apis.filter((object) => object.kind !== 'option')) {
      apiPlaces.set(api.name, [...(apiPlaces.get(api.name) ?? []), docname]);
    }
    for (const { node, toctree } of scan.toctrees) toctrees.set(node, toctree);
    toctreesOf.set(
      docname,
      scan.toctrees.map((entry) => entry.toctree),
    );
    for (const api of scan.apis) apis.set(api.name, { ...api, docname });
    events.set(docname, scan.numbering);
    for (const request of scan.programs) requests.set(programKey(request), request);
  }
  log(`  running ${requests.size} program-output commands`);
  const results = await streamPython<ProgramRequest, ProgramResult>(
    'program_output.py',
    [options.sourcesDir],
    [...requests.values()],
  );
  const programs = new Map([...requests.keys()].map((key, index) => [key, results[index]!]));

  const slugs = pageSlugs(docs.keys());
  const sectionsOf = sectionsCache(docs, labels);
  const data: VersionData = {
    id: options.version,
    project,
    docs,
    labels,
    apis,
    numbers: new Numbering(events, project.rootDoc, project.conf.numfig ?? false, project.conf.numfig_format, labels),
    toctrees,
    childToctrees: (docname) => toctreesOf.get(docname) ?? [],
    programs,
    assets: new Assets(project),
    loss: new LossReport(),
    sourceDefects: new LossReport(),
    refs: new RefUsage(),
    tables: new DataFiles(),
    html: new DataFiles(),
    partials: new Partials(),
    slugOf: (docname) => slugs.get(docname) ?? docname,
    sectionsOf,
    anchorIn: (docname, anchor) => mystAnchor(docs.get(docname), sectionsOf(docname), anchor) ?? anchor,
  };
  for (const { path, error } of unreadable) {
    data.sourceDefects.add({
      construct: 'unreadable-notebook',
      file: path,
      line: 1,
      instead: 'no page, as on the original site',
      detail: error,
    });
  }
  const ids = pageIds(project.docs, project.source.renames);
  const pages: ConvertedPage[] = [];
  for (const docname of [...docs.keys()].sort()) {
    pages.push(convertDocument(docs.get(docname)!, data, ids.get(docname)!));
  }
  log(`  converted ${pages.length} pages`);
  const nav = buildNav(project.rootDoc, (docname) => toctreesOf.get(docname) ?? [], data.slugOf);
  const apiDuplicates = new Map([...apiPlaces].filter(([, where]) => where.length > 1));
  return { project, data, pages, nav, pageIds: ids, apiDuplicates, patches };
}

export { ImportError };
