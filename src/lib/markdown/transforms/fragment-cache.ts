import type { RootContent } from 'mdast';
import type { TransformContext } from './context.ts';

/**
 * The nodes of a partial or table, expanded once per renderer (`expand` runs on a scratch context) and reused by
 * every page that shows it: the page takes on what the expansion found, as if it had expanded it itself.
 */
export function expandOnce(
  key: string,
  context: TransformContext,
  expand: (scratch: TransformContext) => RootContent[],
): RootContent[] {
  let fragment = context.fragments.get(key);
  if (!fragment) {
    const scratch: TransformContext = {
      ...context,
      problems: [],
      dependencies: { partials: new Set(), tables: new Set(), labels: new Set() },
      labels: new Set(),
    };
    const nodes = expand(scratch);
    fragment = {
      nodes,
      partials: [...scratch.dependencies.partials],
      tables: [...scratch.dependencies.tables],
      labels: [...scratch.labels],
      problems: scratch.problems,
    };
    context.fragments.set(key, fragment);
  }
  for (const name of fragment.partials) context.dependencies.partials.add(name);
  for (const name of fragment.tables) context.dependencies.tables.add(name);
  for (const label of fragment.labels) context.labels.add(label);
  context.problems.push(...fragment.problems);
  return fragment.nodes;
}
