import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { Parent, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { displayPath, partialFile } from '../../content/paths.ts';
import { suggest } from '../../refs/suggest.ts';
import { sourceOf } from '../node-source.ts';
import { parseFragment } from '../parse-fragment.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';

const MAX_DEPTH = 8;

function partialNames(version: string): string[] {
  const folder = dirname(partialFile(version, 'x'));
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => n.endsWith('.md'))
        .map((n) => basename(n, '.md'))
    : [];
}

/**
 * Replaces every `::include{src="name"}` with the partial's content, parsed in place (so references in it
 * resolve in the including page's version). Partials may include partials, up to a depth that catches cycles.
 */
export function expandIncludes(tree: Root | Parent, context: TransformContext, depth = 0): void {
  const children: RootContent[] = [];
  for (const node of tree.children as RootContent[]) {
    if (node.type !== 'leafDirective' || node.name !== 'include') {
      if ('children' in node) expandIncludes(node as Parent, context, depth);
      children.push(node);
      continue;
    }
    children.push(...includePartial(node, context, depth));
  }
  tree.children = children as Parent['children'];
}

function includePartial(node: LeafDirective, context: TransformContext, depth: number): RootContent[] {
  const at = sourceOf(node, context.pageFile);
  const name = requireAttribute(node, 'src', '::include{src="partial-name"}', context);
  if (!name) return [];
  const file = partialFile(context.version, name);
  if (!existsSync(file)) {
    const close = suggest(name, partialNames(context.version));
    context.problems.push({
      code: 'missing-partial',
      ...at,
      message: `partial "${name}" does not exist (looked for ${displayPath(file)})`,
      hint: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : `create ${displayPath(file)}`,
    });
    return [];
  }
  if (depth >= MAX_DEPTH) {
    context.problems.push({
      code: 'missing-partial',
      ...at,
      message: `partial "${name}" is included more than ${MAX_DEPTH} levels deep`,
      hint: 'a partial probably includes itself; remove the cycle',
    });
    return [];
  }
  const fragment = parseFragment(readFileSync(file, 'utf8'), { file: displayPath(file), line: 1 });
  expandIncludes(fragment, context, depth + 1);
  return fragment.children;
}
