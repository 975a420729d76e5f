import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  displayPath,
  docsDir,
  externalRefsFile,
  locatePage,
  pageUrl,
  PAGE_EXTENSIONS,
  unresolvedRefsFile,
} from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { externalRefsSchema, unresolvedRefsSchema } from './external-refs-schema.ts';
import { scanLabels } from './scan-labels.ts';

/** Where a label leads. */
export type RefTarget =
  | { kind: 'internal'; label: string; title: string; url: string; file: string; line: number; column: number }
  | { kind: 'external'; label: string; title: string; url: string; file: string; line: number | undefined }
  | { kind: 'unresolved'; label: string; file: string };

/** Every label of one version and the problems found while collecting them. */
export interface RefRegistry {
  version: string;
  targets: ReadonlyMap<string, RefTarget>;
  problems: readonly Problem[];
}

/** Every page file of a version, sorted so that duplicate reports are stable. */
export function listPageFiles(version: string): string[] {
  const root = docsDir(version);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => PAGE_EXTENSIONS.some((ext) => name.endsWith(ext)))
    .map((name) => join(root, name))
    .sort();
}

function where(target: RefTarget): string {
  if (target.kind === 'internal') return `${target.file}:${target.line}:${target.column}`;
  if (target.kind === 'external') return target.line === undefined ? target.file : `${target.file}:${target.line}`;
  return target.file;
}

/**
 * Builds the reference registry of a version: labels of its pages (titles and sections), then the external
 * labels and the labels known to be unresolved. A label defined twice is a problem naming both places.
 */
export function buildRegistry(version: string): RefRegistry {
  const targets = new Map<string, RefTarget>();
  const problems: Problem[] = [];
  const add = (target: RefTarget) => {
    const existing = targets.get(target.label);
    if (!existing) {
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

  for (const file of listPageFiles(version)) {
    const location = locatePage(file);
    if (!location) continue;
    const shown = displayPath(file);
    // Stray `::label` lines are reported by the page transform, which knows the element that follows them.
    const labels = scanLabels(readFileSync(file, 'utf8'));
    const url = pageUrl(location.version, location.slug);
    for (const definition of labels) {
      add({
        kind: 'internal',
        label: definition.label,
        title: definition.title,
        url: definition.anchor ? `${url}#${definition.anchor}` : url,
        file: shown,
        line: definition.line,
        column: definition.column,
      });
    }
  }

  const externalFile = externalRefsFile(version);
  if (existsSync(externalFile)) {
    const result = loadYamlData(externalFile, externalRefsSchema);
    if (!result.ok) problems.push(...result.problems);
    else
      result.data.refs.forEach((ref, index) =>
        add({ kind: 'external', ...ref, file: displayPath(externalFile), line: result.lineOf(['refs', index]) }),
      );
  }
  const unresolvedFile = unresolvedRefsFile(version);
  if (existsSync(unresolvedFile)) {
    const result = loadYamlData(unresolvedFile, unresolvedRefsSchema);
    if (!result.ok) problems.push(...result.problems);
    else
      result.data.labels.forEach(({ label }) => add({ kind: 'unresolved', label, file: displayPath(unresolvedFile) }));
  }
  return { version, targets, problems };
}

const cache = new Map<string, RefRegistry>();

/** The registry of a version, built once per build (the dev server clears it when content changes). */
export function getRegistry(version: string): RefRegistry {
  let registry = cache.get(version);
  if (!registry) {
    registry = buildRegistry(version);
    cache.set(version, registry);
  }
  return registry;
}

/** Forgets every registry, so the next lookup re-reads the content (after an edit in `astro dev`). */
export function clearRegistries(): void {
  cache.clear();
}
