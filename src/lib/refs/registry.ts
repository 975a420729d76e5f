import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ContentPaths } from '../content/paths.ts';
import { includedPartials } from '../content/partials.ts';
import { pageUrl } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { buildApiIndex, type ApiIndex } from './api-index.ts';
import { externalRefsSchema, unresolvedRefsSchema } from './external-refs-schema.ts';
import { plainTitle } from './plain-title.ts';
import { scanLabels, type PageTitle } from './scan-labels.ts';

/**
 * Where a label leads. `title` is plain text, as Sphinx shows it as the link text of a reference without text:
 * the registry is the one place that turns a title's markup into that text.
 */
export type RefTarget =
  | {
      kind: 'internal';
      label: string;
      title: string;
      url: string;
      file: string;
      line: number;
      column: number;
      /** On a block other than a heading (see `LabelDefinition.block`). */
      block?: true;
    }
  | { kind: 'external'; label: string; title: string; url: string; file: string; line: number | undefined }
  | { kind: 'unresolved'; label: string; file: string };

/** A page as `:doc` shows it: its title (plain text) and URL. */
export interface PageTarget {
  title: string;
  url: string;
}

/**
 * Everything a reference of one version can lead to — labels (`:ref`), pages by slug (`:doc`), API entries and
 * external APIs (`:api`) — and the problems found while collecting them.
 */
export interface RefRegistry {
  version: string;
  targets: ReadonlyMap<string, RefTarget>;
  /** The version's pages by slug (`guides/setup`), for `:doc`. */
  pages: ReadonlyMap<string, PageTarget>;
  apis: ApiIndex;
  problems: readonly Problem[];
}

/** A page's file and source text, as the registry reads it, with its frontmatter title when it was read. */
export interface PageSource {
  file: string;
  source: string;
  frontmatter?: PageTitle | undefined;
}

function where(target: RefTarget): string {
  if (target.kind === 'internal') return `${target.file}:${target.line}:${target.column}`;
  if (target.kind === 'external') return target.line === undefined ? target.file : `${target.file}:${target.line}`;
  return target.file;
}

/** Whether two targets are one definition (a partial's label) reached through two pages. */
const sameDefinition = (a: RefTarget, b: RefTarget) =>
  a.kind === 'internal' && b.kind === 'internal' && a.file === b.file && a.line === b.line && a.column === b.column;

/**
 * Builds the reference registry of a version: labels of its pages (titles, sections, blocks, and those of the
 * partials they show), then the external labels and the labels known to be unresolved. A label defined twice is
 * a problem naming both places.
 */
export function buildRegistry(paths: ContentPaths, version: string, pages: readonly PageSource[]): RefRegistry {
  const targets = new Map<string, RefTarget>();
  const problems: Problem[] = [];
  const add = (target: RefTarget) => {
    const existing = targets.get(target.label);
    // One definition reached twice — a partial's label, on every page that includes the partial — is no clash:
    // Sphinx read documents in sorted order and kept the last page, which is what `pages` sorted gives here.
    if (!existing || sameDefinition(existing, target)) {
      targets.set(target.label, target);
      return;
    }
    const line = target.kind === 'unresolved' ? undefined : target.line;
    problems.push({
      code: 'duplicate-label',
      file: target.file,
      line,
      column: target.kind === 'internal' ? target.column : undefined,
      message: `label "${target.label}" is already defined at ${where(existing)}`,
      hint: 'labels must be unique within a version: rename one of them (and the references to it)',
    });
  };

  const pageTargets = new Map<string, PageTarget>();
  const partials = new Map<string, string | undefined>();
  const readPartial = (name: string) => {
    if (!partials.has(name)) {
      const file = paths.partialFile(version, name);
      partials.set(name, existsSync(file) ? readFileSync(file, 'utf8') : undefined);
    }
    return partials.get(name);
  };
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, source, frontmatter } of sorted) {
    const location = paths.locatePage(file);
    if (!location) continue;
    const shown = paths.displayPath(file);
    const url = pageUrl(location.version, location.slug);
    // A page whose frontmatter is wrong has no title here; the frontmatter check reports it. The frontmatter
    // title is plain text already (the layout prints it as it is).
    if (frontmatter) pageTargets.set(location.slug, { title: frontmatter.title.replace(/\s+/g, ' ').trim(), url });
    // Stray `::label` lines are reported by the page transform, which knows the element that follows them.
    const caption = (name: string) => tableCaption(paths, version, name);
    const defined = [
      { shown, definitions: scanLabels(source, frontmatter, caption) },
      // A partial's labels are anchors of each page that shows it (the renderer puts them there).
      ...includedPartials(source, readPartial).map((partial) => ({
        shown: paths.displayPath(paths.partialFile(version, partial.name)),
        definitions: scanLabels(partial.source, undefined, caption),
      })),
    ];
    for (const { shown: definedIn, definitions } of defined) {
      for (const definition of definitions) {
        add({
          kind: 'internal',
          label: definition.label,
          title: definition.title,
          url: definition.anchor ? `${url}#${definition.anchor}` : url,
          file: definedIn,
          line: definition.line,
          column: definition.column,
          ...(definition.block ? { block: true as const } : {}),
        });
      }
    }
  }

  const externalFile = paths.externalRefsFile(version);
  if (existsSync(externalFile)) {
    const shown = paths.displayPath(externalFile);
    const result = loadYamlData(externalFile, externalRefsSchema, shown);
    if (!result.ok) problems.push(...result.problems);
    else
      result.data.refs.forEach((ref, index) =>
        add({
          kind: 'external',
          label: ref.label,
          url: ref.url,
          // Titles from the original site are inline Markdown (``neuron-rtd``); a link shows their text.
          title: plainTitle(ref.title),
          file: shown,
          line: result.lineOf(['refs', index]),
        }),
      );
  }
  const unresolvedFile = paths.unresolvedRefsFile(version);
  if (existsSync(unresolvedFile)) {
    const shown = paths.displayPath(unresolvedFile);
    const result = loadYamlData(unresolvedFile, unresolvedRefsSchema, shown);
    if (!result.ok) problems.push(...result.problems);
    // A label on a paragraph or other block is one Sphinx's `:ref:` without text could not use, so it can be
    // both defined here and listed as unresolved: the page's definition stands. On a heading, it is a clash.
    else
      result.data.labels.forEach(({ label }) => {
        const defined = targets.get(label);
        if (!(defined?.kind === 'internal' && defined.block)) add({ kind: 'unresolved', label, file: shown });
      });
  }
  const apis = buildApiIndex(paths, version, pages);
  problems.push(...apis.problems);
  return { version, targets, pages: pageTargets, apis: apis.index, problems };
}

/** The caption of a table data file (a labelled `::table`'s title), if it has one; a bad file is reported elsewhere. */
function tableCaption(paths: ContentPaths, version: string, name: string): string | undefined {
  const file = paths.tableFile(version, name);
  if (!existsSync(file)) return undefined;
  try {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    const caption = (data as { caption?: unknown } | null)?.caption;
    return typeof caption === 'string' ? caption : undefined;
  } catch {
    return undefined;
  }
}

/** The slug a `:doc` reference names, as pages are keyed (`/guides/setup/` → `guides/setup`). */
export const docSlug = (slug: string): string => slug.replace(/^\/+|\/+$/g, '');

/** What a `:doc` reference to `slug` shows and where it leads, or `undefined` for a page the version lacks. */
export function resolveDoc(registry: RefRegistry, slug: string): PageTarget | undefined {
  return registry.pages.get(docSlug(slug));
}

/** A short fingerprint of what a `:doc` reference to `slug` shows: its page's title and URL. */
export function docFingerprint(registry: RefRegistry, slug: string): string {
  const page = resolveDoc(registry, slug);
  return page ? `${page.title}\u0000${page.url}` : 'unknown';
}

/**
 * What a reference to `target` shows and where it leads, or why it cannot: the one resolver that `:ref` in
 * pages, `<Ref>` in components and every text view of a page (search, "what changed") share.
 */
export type ResolvedRef =
  | { kind: 'link'; label: string; text: string; url: string; external: boolean; untitled?: true }
  | { kind: 'unresolved'; label: string; text: string }
  | { kind: 'unknown'; label: string };

/** Resolves `label` in `registry`; `given` is the text written in the reference, if any. */
export function resolveRef(registry: RefRegistry, label: string, given?: string): ResolvedRef {
  const target = registry.targets.get(label);
  if (!target) return { kind: 'unknown', label };
  if (target.kind === 'unresolved') return { kind: 'unresolved', label, text: given ?? label };
  const external = target.kind === 'external';
  // A label on a block without a title (a paragraph): Sphinx needs the reference's own text; the label stands in.
  if (given === undefined && target.title === '')
    return { kind: 'link', label, text: label, url: target.url, external, untitled: true };
  return { kind: 'link', label, text: given ?? target.title, url: target.url, external };
}

/**
 * A short fingerprint of what a reference to `label` shows (its title, URL and kind): a rendered page that
 * referenced the label is stale when this changes.
 */
export function refFingerprint(registry: RefRegistry, label: string): string {
  const target = registry.targets.get(label);
  if (!target) return 'unknown';
  if (target.kind === 'unresolved') return 'unresolved';
  return `${target.kind}\u0000${target.title}\u0000${target.url}`;
}
