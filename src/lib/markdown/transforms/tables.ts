import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { suggest } from '../../refs/suggest.ts';
import { toTableModel } from '../../tables/table-model.ts';
import { tableToMdast } from '../../tables/table-to-mdast.ts';
import { sourceOf } from '../node-source.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';
import { expandOnce } from './fragment-cache.ts';
import { expandFragment } from './fragments.ts';

/**
 * The table that `::table{src="name"}` names, generated from its data file, to go where the directive is. A data
 * file that does not match its schema is reported once, by the content check that validates every table before
 * rendering; here it renders nothing.
 */
export function tableNodes(node: LeafDirective, context: TransformContext): RootContent[] {
  const name = requireAttribute(node, 'src', '::table{src="table-name"}', context);
  if (name === undefined) return [];
  context.dependencies.tables.add(name);
  const loaded = context.tables.load(context.version, name);
  if (loaded.ok) {
    return expandOnce(`table\u0000${context.version}\u0000${name}`, context, (scratch) => {
      const options = { id: `table_${name}`, file: loaded.file, lineOf: loaded.lineOf, styles: scratch.styles };
      const root: Root = { type: 'root', children: [tableToMdast(toTableModel(loaded.data), options)] };
      // Cells are Markdown: partials and tables in them go in now, as in a page (this pass does not visit them).
      expandFragment(root, scratch, 0);
      return root.children;
    });
  }
  if (loaded.missing) {
    const close = suggest(name, context.tables.names(context.version));
    const file = context.paths.displayPath(context.paths.tableFile(context.version, name));
    context.problems.push({
      code: 'missing-table',
      ...sourceOf(node, context.pageFile),
      message: `table "${name}" does not exist (looked for ${file})`,
      hint: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : 'create the data file',
    });
  }
  return [];
}
