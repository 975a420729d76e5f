/**
 * Reference titles for `:ref:` without explicit text, read from the facts about the originals
 * (`originals/neuron/refs.json` for the latest pages, `refs-historical.json` per old version). Independent of src/.
 */
import { readFileSync } from 'node:fs';
import { ORIGINAL_FACTS } from '../../scripts/originals.ts';

/** How Sphinx rendered a `:ref:` target: resolved ones are links titled by the target. */
export type RefTarget = { readonly resolved: true; readonly title: string } | { readonly resolved: false };

export type RefResolver = (label: string) => RefTarget;

export interface RefEntry {
  readonly label: string;
  readonly title: string | null;
  readonly status: string;
}

/** Versions whose ref data exists. */
export type RefVersion = 'latest' | 'v2.3.0' | 'v1.19.2';

/**
 * Builds a resolver over entries. `unresolved-at-tag` means even the original could not resolve the
 * label: Sphinx then printed the bare label as plain text (no link). A label missing from the data
 * is a hole in the oracle's data, so it throws instead of guessing.
 */
export function makeRefResolver(entries: readonly RefEntry[], what: string): RefResolver {
  const byLabel = new Map(entries.map((e) => [e.label.toLowerCase(), e]));
  return (label) => {
    const entry = byLabel.get(label.toLowerCase());
    if (entry === undefined) throw new Error(`:ref:\`${label}\` has no entry in ${what}`);
    if (entry.status === 'unresolved-at-tag' || entry.title === null) return { resolved: false };
    return { resolved: true, title: entry.title };
  };
}

export function loadRefResolver(version: RefVersion): RefResolver {
  if (version === 'latest') {
    const file = ORIGINAL_FACTS.refs;
    return makeRefResolver(JSON.parse(readFileSync(file, 'utf8')) as RefEntry[], file);
  }
  const file = ORIGINAL_FACTS.refsHistorical;
  const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RefEntry[] | undefined>;
  const entries = all[version];
  if (entries === undefined) throw new Error(`${file} has no version ${version}`);
  return makeRefResolver(entries, `${file} [${version}]`);
}
