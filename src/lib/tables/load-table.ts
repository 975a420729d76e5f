import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { ContentPaths } from '../content/paths.ts';
import type { Problem } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { tableData, type TableData } from './schemas.ts';

/** A loaded table: its data, its file for messages, and the line of any path inside it. */
export type LoadedTable =
  | { ok: true; data: TableData; file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined }
  | { ok: false; problems: Problem[]; missing: boolean };

/** Loads the table data files of a project, each once (one loader per build, or per edit in the dev server). */
export interface TableLoader {
  /** Loads and validates `content/data/<version>/tables/<name>.yaml`. */
  load(version: string, name: string): LoadedTable;
  /** The names of a version's tables, for "did you mean" hints. */
  names(version: string): string[];
  /** Validates every table data file of a version, used or not, so bad data never waits for a page to use it. */
  check(version: string): Problem[];
}

/** A table loader over the content at `paths`. */
export function createTableLoader(paths: ContentPaths): TableLoader {
  const cache = new Map<string, LoadedTable>();
  const names = (version: string) => {
    const dir = paths.tablesDir(version);
    return existsSync(dir)
      ? readdirSync(dir)
          .filter((name) => name.endsWith('.yaml'))
          .map((name) => basename(name, '.yaml'))
          .sort()
      : [];
  };
  const load = (version: string, name: string): LoadedTable => {
    const file = paths.tableFile(version, name);
    let loaded = cache.get(file);
    if (loaded) return loaded;
    if (!existsSync(file)) {
      loaded = { ok: false, missing: true, problems: [] };
    } else {
      const shown = paths.displayPath(file);
      const result = loadYamlData(file, tableData, shown);
      loaded = result.ok
        ? { ok: true, data: result.data, file: shown, lineOf: result.lineOf }
        : { ok: false, missing: false, problems: result.problems };
    }
    cache.set(file, loaded);
    return loaded;
  };
  return {
    load,
    names,
    check: (version) =>
      names(version).flatMap((name) => {
        const loaded = load(version, name);
        return loaded.ok ? [] : loaded.problems;
      }),
  };
}
