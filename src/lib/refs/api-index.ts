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

/** Every API of one version an `:api` reference can lead to: its own entries, then external projects. */
export interface ApiIndex {
  entries: ReadonlyMap<string, ApiEntry>;
  /** The names of each page's entries (page as shown to authors): their ids are taken before headings get theirs. */
  byPage: ReadonlyMap<string, readonly string[]>;
  external: readonly ExternalApiProject[];
}

/** A page as the index reads it. */
export interface ApiPageSource {
  file: string;
  source: string;
}

/** The anchor of an entry: its name exactly, as Sphinx's Python domain makes it. */
export const apiAnchor = (name: string): string => name;

/**
 * Builds a version's API index: the `:::api` entries of its pages, then `external-apis.yaml`. An entry defined
 * twice is a problem naming both places (its anchor and what `:api` resolves to would be ambiguous).
 */
export function buildApiIndex(
  paths: ContentPaths,
  version: string,
  pages: readonly ApiPageSource[],
): { index: ApiIndex; problems: Problem[] } {
  const entries = new Map<string, ApiEntry>();
  const byPage = new Map<string, string[]>();
  const problems: Problem[] = [];
  for (const { file, source } of pages) {
    if (!source.includes('api')) continue;
    const location = paths.locatePage(file);
    if (!location) continue;
    const shown = paths.displayPath(file);
    const url = pageUrl(location.version, location.slug);
    for (const definition of scanApis(source)) {
      const existing = entries.get(definition.name);
      if (existing) {
        problems.push({
          code: 'duplicate-api',
          file: shown,
          line: definition.line,
          column: definition.column,
          message: `API entry "${definition.name}" is already defined at ${existing.file}:${existing.line}:${existing.column}`,
          hint: 'an API is documented once per version: remove one entry, or link to it with `:api{to="…"}`',
        });
        continue;
      }
      entries.set(definition.name, {
        ...definition,
        url: `${url}#${encodeURI(apiAnchor(definition.name))}`,
        file: shown,
      });
      byPage.set(shown, [...(byPage.get(shown) ?? []), definition.name]);
    }
  }
  let external: ExternalApiProject[] = [];
  const file = paths.externalApisFile(version);
  if (existsSync(file)) {
    const result = loadYamlData(file, externalApisSchema, paths.displayPath(file));
    if (result.ok) external = result.data.projects;
    else problems.push(...result.problems);
  }
  return { index: { entries, byPage, external }, problems };
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
