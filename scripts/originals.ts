/**
 * Where the originals live: `originals/` at the top of the repository (see its README). The one place that builds
 * their paths — the importer scripts and the fidelity tests name an original by its path inside the folder
 * (`seeds/000_a71ed7f843050de5.txt`, the form the import manifest, the table data headers and
 * `content/data/legacy-urls.yaml` use) and ask here for the file.
 */
import { isAbsolute, join, normalize, sep } from 'node:path';

/** `originals/`, found from this file, so it works from any working directory and in any clone. */
export const ORIGINALS_DIR = join(import.meta.dirname, '..', 'originals');

/**
 * The file of an original named by its path inside `originals/`. Throws on a name that would leave the folder: every
 * original must be committed there, not read from beside the repository.
 */
export function originalPath(name: string): string {
  const inside = normalize(name);
  if (isAbsolute(inside) || inside === '..' || inside.startsWith(`..${sep}`)) {
    throw new Error(
      `original "${name}" is not inside originals/: name it by its path in that folder (e.g. "seeds/000_….txt"), and commit the file there`,
    );
  }
  return join(ORIGINALS_DIR, inside);
}

/** The facts about the original site (originals/README.md says what each holds). */
export const ORIGINAL_FACTS = {
  /** `:ref:` labels of the seeds: title, published URL, where defined, status. */
  refs: originalPath('neuron/refs.json'),
  /** The same per historical version (`v2.3.0`, `v1.19.2`). */
  refsHistorical: originalPath('neuron/refs-historical.json'),
  /** Where each original page was published on the original site, per version. */
  legacyUrls: originalPath('neuron/legacy-urls.json'),
} as const;
