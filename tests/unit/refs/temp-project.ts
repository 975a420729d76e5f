import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { vi } from 'vitest';

/** A throw-away project root holding the given files (paths relative to it). */
export function makeProject(files: Record<string, string>): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'neuron-docs-refs-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Imports a module afresh with `process.cwd()` pointing at `root` (content paths are computed at import). */
export async function importInProject<T>(root: string, specifier: string): Promise<T> {
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  vi.resetModules();
  return (await import(specifier)) as T;
}
