/**
 * How Sphinx rendered a `:ref:` of a release: the labels its sources define and their titles, from the docutils
 * oracle (`tests/fidelity/oracle/<version>.json.gz`, written by scripts/oracle/extract.py from the sources at that
 * release). Independent of src/ and of the importer.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * A label the release defines: a `:ref:` with its own text links to it; one without text shows its title, or,
 * when the label titles nothing (`title: null`), the bare label, unlinked. An undefined label is plain text.
 */
export type RefTarget = { readonly resolved: true; readonly title: string | null } | { readonly resolved: false };

export type RefResolver = (label: string) => RefTarget;

/** Builds a resolver over label → title (null: defined, without a title). Labels compare as Sphinx's: lower case. */
export function makeRefResolver(labels: Readonly<Record<string, string | null>>): RefResolver {
  const byLabel = new Map(Object.entries(labels).map(([label, title]) => [label.toLowerCase(), title]));
  return (label) => {
    const key = label.replace(/\s+/gu, ' ').trim().toLowerCase();
    if (!byLabel.has(key)) return { resolved: false };
    return { resolved: true, title: byLabel.get(key) ?? null };
  };
}

const ORACLE_DIR = join(import.meta.dirname, 'oracle');

/** The labels of one release (a version with oracle data: latest, v2.28.1, …). */
export function loadRefResolver(version: string): RefResolver {
  const file = join(ORACLE_DIR, `${version}.json.gz`);
  const oracle = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    labels?: Record<string, string | null>;
  };
  if (oracle.labels === undefined) {
    throw new Error(`${file} has no labels: regenerate it with npm run oracle:extract -- --version ${version}`);
  }
  return makeRefResolver(oracle.labels);
}
