/**
 * Hand-made fixes of the sources, reviewed in `scripts/import/patches.yaml`: each replaces one exact text of
 * one file of one release before it is parsed, and says why. A patch whose text is not found exactly once
 * stops the import (the source changed: the patch must be looked at again). The same file also lists the few
 * navigation entries of pages that are not in the sources (seed pages kept by hand).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

const patchSchema = z.strictObject({
  /** The site version the patch applies to (`latest`, `v2.25.0`). */
  version: z.string().min(1),
  /** The source file, relative to the sources folder. */
  file: z.string().min(1),
  /** The exact text to replace; it must occur exactly once in the file. */
  find: z.string().min(1),
  /** What it becomes. */
  replace: z.string(),
  /** Why the source is wrong, and what Sphinx did with it. */
  why: z.string().min(1),
});

const navSchema = z.strictObject({
  version: z.string().min(1),
  /** A hand-made page (its slug) to list in the navigation. */
  page: z.string().min(1),
  /** The page after whose entry it goes (its first listing). */
  after: z.string().min(1),
  why: z.string().min(1),
});

export const patchesSchema = z.strictObject({
  patches: z.array(patchSchema).default([]),
  nav: z.array(navSchema).default([]),
});

export type Patches = z.output<typeof patchesSchema>;

export const PATCHES_FILE = join(import.meta.dirname, 'patches.yaml');

export function loadPatches(file = PATCHES_FILE): Patches {
  return patchesSchema.parse(parse(readFileSync(file, 'utf8')) ?? {});
}

/** Where a patch changed a release's source: what the import report lists, and what the fidelity check excuses. */
export interface AppliedPatch {
  readonly file: string;
  /** First and last line (1-based) of the replaced text in the original file. */
  readonly line: number;
  readonly endLine: number;
  readonly why: string;
}

/**
 * The patched texts of the release's files (`path` → text), read from the sources folder, and where each patch
 * applied (lines of the original text).
 */
export function patchedFiles(
  patches: Patches,
  version: string,
  sourcesDir: string,
): { texts: Map<string, string>; applied: AppliedPatch[] } {
  const texts = new Map<string, string>();
  const applied: AppliedPatch[] = [];
  for (const patch of patches.patches.filter((entry) => entry.version === version)) {
    const original = readFileSync(join(sourcesDir, patch.file), 'utf8');
    const text = texts.get(patch.file) ?? original;
    const count = text.split(patch.find).length - 1;
    if (count !== 1) {
      throw new Error(
        `scripts/import/patches.yaml: the patch of ${patch.file} (${version}) finds its text ${count} times, not once.\n` +
          `  fix: update or remove the patch (${patch.why})`,
      );
    }
    texts.set(
      patch.file,
      text.replace(patch.find, () => patch.replace),
    );
    // Lines of the original: a second patch of the same file is found there too (patches do not overlap)
    const at = original.indexOf(patch.find);
    const line = at === -1 ? 1 : original.slice(0, at).split('\n').length;
    applied.push({ file: patch.file, line, endLine: line + patch.find.split('\n').length - 1, why: patch.why });
  }
  return { texts, applied };
}
