import { existsSync } from 'node:fs';
import type { ContentPaths } from '../content/paths.ts';
import { pageUrl } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { parseRoleKind } from './api-kinds.ts';
import { expandUrlPattern, externalApisSchema, type ExternalApiProject } from './external-apis-schema.ts';
import { scanApis } from './scan-apis.ts';

/** An API entry of a version: where its anchor is. */
export interface ApiEntry {
  name: string;
  kind: string;
  /** The page URL with the entry's anchor (`/latest/frameworks/torch/api/#torch_neuronx.trace`). */
  url: string;
  /** The page as shown to authors, and the entry's line there. */
  file: string;
  line: number;
  column: number;
}

/** An API name with more than one entry in a version: where `:api` leads, and the other places. */
export interface ApiDuplicate {
  name: string;
  version: string;
  /** The entry `:api` resolves to (`file:line:column`): the one read last, as in Sphinx. */
  kept: string;
  /** The other entries, in reading order. */
  others: readonly string[];
}

/** Every API of one version an `:api` reference can lead to: its own entries, then external projects. */
export interface ApiIndex {
  entries: ReadonlyMap<string, ApiEntry>;
  /** Names with several entries (not an error: Sphinx warned and kept the last; the build logs them). */
  duplicates: readonly ApiDuplicate[];
  /** The ids of each page's entries (page as shown to authors): they are taken before headings get theirs. */
  byPage: ReadonlyMap<string, readonly string[]>;
  external: readonly ExternalApiProject[];
}

/** A page as the index reads it. */
export interface ApiPageSource {
  file: string;
  source: string;
}

/**
 * Builds a version's API index: the `:::api` entries of its pages, then `external-apis.yaml`. A name with several
 * entries resolves as Sphinx's Python domain resolved it — documents are read in sorted order and the last
 * entry read wins — and is listed in `duplicates`; each page keeps its own entry's anchor (the first on a page,
 * as Sphinx gave the name's id to the first and a generated id to the others).
 */
export function buildApiIndex(
  paths: ContentPaths,
  version: string,
  pages: readonly ApiPageSource[],
): { index: ApiIndex; problems: Problem[] } {
  const entries = new Map<string, ApiEntry>();
  const byPage = new Map<string, string[]>();
  const places = new Map<string, string[]>();
  const problems: Problem[] = [];
  const sorted = [...pages].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const { file, source } of sorted) {
    if (!source.includes('api') && !source.includes('option')) continue;
    const location = paths.locatePage(file);
    if (!location) continue;
    const shown = paths.displayPath(file);
    const url = pageUrl(location.version, location.slug);
    const ids = new Set<string>();
    for (const definition of scanApis(source)) {
      const place = `${shown}:${definition.line}:${definition.column}`;
      places.set(definition.name, [...(places.get(definition.name) ?? []), place]);
      entries.set(definition.name, {
        ...definition,
        url: `${url}#${encodeURI(definition.anchor ?? definition.name)}`,
        file: shown,
      });
      ids.add(definition.anchor ?? definition.name);
    }
    if (ids.size > 0) byPage.set(shown, [...ids]);
  }
  const duplicates = [...places]
    .filter(([, where]) => where.length > 1)
    .map(([name, where]) => ({ name, version, kept: where.at(-1) ?? '', others: where.slice(0, -1) }));
  let external: ExternalApiProject[] = [];
  const file = paths.externalApisFile(version);
  if (existsSync(file)) {
    const result = loadYamlData(file, externalApisSchema, paths.displayPath(file));
    if (result.ok) external = result.data.projects;
    else problems.push(...result.problems);
  }
  return { index: { entries, duplicates, byPage, external }, problems };
}

/** Where an `:api` reference leads. */
export type ResolvedApi =
  { kind: 'internal'; url: string } | { kind: 'external'; url: string; project: string } | { kind: 'unresolved' };

/**
 * Resolves an `:api` target: the version's own entries, then the external projects (the first rule covering the
 * name and role wins). Unresolved is not an error: Sphinx renders such a reference as code, without a warning.
 */
export function resolveApi(index: ApiIndex, name: string, kind: string): ResolvedApi {
  const entry = index.entries.get(name);
  if (entry) return { kind: 'internal', url: entry.url };
  const role = parseRoleKind(kind);
  const roleName = role ? (role.domain === 'py' ? role.name : `${role.domain}:${role.name}`) : kind;
  for (const project of index.external) {
    for (const rule of project.rules) {
      const covered = rule.names ? rule.names.includes(name) : name.startsWith(rule.prefix ?? '\u0000');
      if (!covered || rule.exclude.some((prefix) => name.startsWith(prefix))) continue;
      if (rule.kinds && !rule.kinds.includes(roleName)) continue;
      return { kind: 'external', url: expandUrlPattern(rule.url, name), project: project.title };
    }
  }
  return { kind: 'unresolved' };
}

/** A short fingerprint of where `name` leads: a page that referenced it is stale when this changes. */
export function apiFingerprint(index: ApiIndex, name: string, kind: string): string {
  const resolved = resolveApi(index, name, kind);
  return resolved.kind === 'unresolved' ? 'unresolved' : `${resolved.kind}\u0000${resolved.url}`;
}
