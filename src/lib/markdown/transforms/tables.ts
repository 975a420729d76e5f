import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import type { Parent, RootContent } from 'mdast';
import { displayPath, tableFile, tablesDir } from '../../content/paths.ts';
import { suggest } from '../../refs/suggest.ts';
import { loadTable } from '../../tables/load-table.ts';
import { toTableModel } from '../../tables/table-model.ts';
import { tableToMdast } from '../../tables/table-to-mdast.ts';
import { sourceOf } from '../node-source.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

const reported = new WeakSet<object>();

/** Replaces every `::table{src="name"}` with the table generated from its data file. */
export function expandTables(tree: Parent, context: TransformContext): void {
  tree.children = (tree.children as RootContent[]).map((node) => {
    if (node.type !== 'leafDirective' || node.name !== 'table') {
      if ('children' in node) expandTables(node as Parent, context);
      return node;
    }
    const at = sourceOf(node, context.pageFile);
    const name = requireAttribute(node, 'src', '::table{src="table-name"}', context);
    if (!name) return { type: 'html', value: '' };
    const loaded = loadTable(context.version, name);
    if (!loaded.ok) {
      if (loaded.missing) {
        const dir = tablesDir(context.version);
        const names = existsSync(dir) ? readdirSync(dir).map((n) => basename(n, '.yaml')) : [];
        const close = suggest(name, names);
        context.problems.push({
          code: 'missing-table',
          ...at,
          message: `table "${name}" does not exist (looked for ${displayPath(tableFile(context.version, name))})`,
          hint: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : 'create the data file',
        });
      } else if (!reported.has(loaded)) {
        reported.add(loaded); // a table used on several pages is reported once
        context.problems.push(...loaded.problems);
      }
      return { type: 'html', value: '' };
    }
    return tableToMdast(toTableModel(loaded.data), { id: `table_${name}`, file: loaded.file, lineOf: loaded.lineOf });
  }) as Parent['children'];
}
