import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { displayPath, tableFile, tablesDir } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { tableData, type TableData } from './schemas.ts';

/** A loaded table: its data, its file for messages, and the line of any path inside it. */
export type LoadedTable =
  | { ok: true; data: TableData; file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; problems: Problem[]; missing: boolean };

const cache = new Map<string, LoadedTable>();

/** Loads and validates `content/data/<version>/tables/<name>.yaml`, once per build. */
export function loadTable(version: string, name: string): LoadedTable {
  const file = tableFile(version, name);
  const cached = cache.get(file);
  if (cached) return cached;
  let loaded: LoadedTable;
  if (!existsSync(file)) {
    loaded = { ok: false, missing: true, problems: [] };
  } else {
    const result = loadYamlData(file, tableData);
    loaded = result.ok
      ? { ok: true, data: result.data, file: displayPath(file), lineOf: result.lineOf }
      : { ok: false, missing: false, problems: result.problems };
  }
  cache.set(file, loaded);
  return loaded;
}

/** Forgets loaded tables (after an edit in `astro dev`). */
export function clearTables(): void {
  cache.clear();
}

/** Validates every table data file of a version, used or not, so bad data never waits for a page to use it. */
export function checkTables(version: string): Problem[] {
  const dir = tablesDir(version);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => {
      const loaded = loadTable(version, basename(name, '.yaml'));
      return loaded.ok ? [] : loaded.problems;
    });
}
