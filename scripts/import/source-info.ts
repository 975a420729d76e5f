/**
 * What `extract-tree.ts` records about a sources folder, in `<sources>/.import-source.json`: the repository and
 * revision it holds, and the files the git mirror could not provide (they go to the loss report).
 */
export const SOURCE_INFO_FILE = '.import-source.json';

/** One entry of `git ls-tree -r`. */
export interface TreeEntry {
  readonly mode: string;
  readonly type: string;
  readonly object: string;
  readonly path: string;
}

export interface SourceInfo {
  /** `owner/name` on GitHub. */
  readonly repository: string;
  /** The revision as asked for (`v2.3.0`, `81ce03ae`). */
  readonly revision: string;
  /** The full commit id. */
  readonly commit: string;
  /** The commit date (ISO 8601). */
  readonly date: string;
  /** How many blobs the tree names. */
  readonly files: number;
  /** Blobs the mirror lacks: the file is absent from the sources folder. */
  readonly missing: { path: string; blob: string }[];
  /** Tree entries that are not blobs (submodules): not extracted. */
  readonly skipped: { path: string; mode: string }[];
  /**
   * Renames of page files in the revision's history (`git log -M`), newest first: `[old path, new path]`.
   * They tie a page to its earlier names (`general/sdk-policy` → `about-neuron/sdk-policy`).
   */
  readonly renames: [string, string][];
}
