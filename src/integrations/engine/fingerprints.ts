import { existsSync, readFileSync } from 'node:fs';
import type { ContentPaths } from '../../lib/content/paths.ts';
import { refFingerprint, type RefRegistry } from '../../lib/refs/registry.ts';
import type { RenderedPage } from '../../lib/render/render-page.ts';
import { hash } from './render-cache.ts';

/** The current fingerprint of one of a page's dependencies (`partial:x`, `table:x`, `label:x`). */
export type Fingerprint = (dependency: string) => string;

/**
 * Fingerprints of what a page can depend on besides its source, per version: a partial's or a table's content,
 * a label's title, URL and kind. A render is still good while each of its dependencies has the fingerprint it had.
 * Files are read once per instance (one per build, or per render thread).
 */
export function createFingerprints(
  paths: ContentPaths,
  registries: ReadonlyMap<string, RefRegistry>,
): (version: string) => Fingerprint {
  const files = new Map<string, string>();
  const fileHash = (file: string) => {
    let found = files.get(file);
    if (found === undefined) {
      found = existsSync(file) ? hash(readFileSync(file, 'utf8')) : 'missing';
      files.set(file, found);
    }
    return found;
  };
  return (version) => (dependency) => {
    const [kind, name = ''] = dependency.split(/:(.*)/s);
    if (kind === 'partial') return fileHash(paths.partialFile(version, name));
    if (kind === 'table') return fileHash(paths.tableFile(version, name));
    const registry = registries.get(version);
    return kind === 'label' && registry ? refFingerprint(registry, name) : 'unknown';
  };
}

/** A render's dependencies with their fingerprints now. */
export function fingerprintsOf(
  dependencies: RenderedPage['dependencies'],
  fingerprint: Fingerprint,
): Record<string, string> {
  return Object.fromEntries(
    [
      ...dependencies.partials.map((name) => `partial:${name}`),
      ...dependencies.tables.map((name) => `table:${name}`),
      ...dependencies.labels.map((name) => `label:${name}`),
    ].map((dependency) => [dependency, fingerprint(dependency)]),
  );
}
