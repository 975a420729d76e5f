import { existsSync, readFileSync } from 'node:fs';
import type { ContentPaths } from '../../lib/content/paths.ts';
import { apiFingerprint } from '../../lib/refs/api-index.ts';
import { docFingerprint, refFingerprint, type RefRegistry } from '../../lib/refs/registry.ts';
import type { RenderedPage } from '../../lib/render/render-page.ts';
import { hash } from './render-cache.ts';

/** The current fingerprint of one of a page's dependencies (`partial:x`, `table:x`, `html:x`, `label:x`, `doc:x`, `api:kind|name`). */
export type Fingerprint = (dependency: string) => string;

/**
 * Fingerprints of what a page can depend on besides its source, per version: a partial's, a table's or an HTML
 * fragment's content, a label's title, URL and kind, a page's title, an API entry's place. A render is still good while each of its dependencies has the fingerprint it had.
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
    if (kind === 'html') return fileHash(paths.htmlFile(version, name));
    const registry = registries.get(version);
    if (!registry) return 'unknown';
    if (kind === 'label') return refFingerprint(registry, name);
    if (kind === 'doc') return docFingerprint(registry, name);
    if (kind === 'api') {
      const [apiKind = '', apiName = ''] = name.split(/\|(.*)/s);
      return apiFingerprint(registry.apis, apiName, apiKind);
    }
    return 'unknown';
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
      ...dependencies.html.map((name) => `html:${name}`),
      ...dependencies.labels.map((name) => `label:${name}`),
      ...dependencies.docs.map((slug) => `doc:${slug}`),
      ...dependencies.apis.map((api) => `api:${api}`),
    ].map((dependency) => [dependency, fingerprint(dependency)]),
  );
}
