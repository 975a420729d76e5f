import type { RootContent } from 'mdast';
import { noDependencies, type TransformContext } from './context.ts';

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
      dependencies: noDependencies(),
      labels: new Set(),
      styles: new Map(),
    };
    const nodes = expand(scratch);
    fragment = {
      nodes,
      partials: [...scratch.dependencies.partials],
      tables: [...scratch.dependencies.tables],
      html: [...scratch.dependencies.html],
      labels: [...scratch.labels],
      problems: scratch.problems,
      styles: [...scratch.styles],
    };
    context.fragments.set(key, fragment);
  }
  for (const name of fragment.partials) context.dependencies.partials.add(name);
  for (const name of fragment.tables) context.dependencies.tables.add(name);
  for (const name of fragment.html) context.dependencies.html.add(name);
  for (const label of fragment.labels) context.labels.add(label);
  context.problems.push(...fragment.problems);
  for (const [name, style] of fragment.styles) context.styles.set(name, style);
  return fragment.nodes;
}
