import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { MAX_INCLUDE_DEPTH } from '../../content/partials.ts';
import { suggest } from '../../refs/suggest.ts';
import { sourceOf } from '../node-source.ts';
import { parseFragment } from '../parse-fragment.ts';
import { requireAttribute } from './attributes.ts';
import type { TransformContext } from './context.ts';
import { expandOnce } from './fragment-cache.ts';
import { expandFragment } from './fragments.ts';

/**
 * The content of the partial that `::include{src="name"}` names, parsed and expanded (its own includes, tables
 * and labels), to go where the directive is; references in it resolve in the including page's version. `depth`
 * counts the partials around it, to catch cycles.
 */
export function includeNodes(node: LeafDirective, context: TransformContext, depth: number): RootContent[] {
  const at = sourceOf(node, context.pageFile);
  const name = requireAttribute(node, 'src', '::include{src="partial-name"}', context);
  if (!name) return [];
  const { paths, version } = context;
  const file = paths.partialFile(version, name);
  context.dependencies.partials.add(name);
  if (!existsSync(file)) {
    const close = suggest(name, partialNames(context));
    context.problems.push({
      code: 'missing-partial',
      ...at,
      message: `partial "${name}" does not exist (looked for ${paths.displayPath(file)})`,
      hint:
        close.length > 0
          ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?`
          : `create ${paths.displayPath(file)}`,
    });
    return [];
  }
  if (depth >= MAX_INCLUDE_DEPTH) {
    context.problems.push({
      code: 'missing-partial',
      ...at,
      message: `partial "${name}" is included more than ${MAX_INCLUDE_DEPTH} levels deep`,
      hint: 'a partial probably includes itself; remove the cycle',
    });
    return [];
  }
  return expandOnce(`partial\u0000${version}\u0000${name}\u0000${depth}`, context, (scratch) => {
    const fragment = parseFragment(readFileSync(file, 'utf8'), { file: paths.displayPath(file), line: 1 });
    expandFragment(fragment, scratch, depth + 1);
    return fragment.children;
  });
}

function partialNames({ paths, version }: TransformContext): string[] {
  const folder = paths.partialsDir(version);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => basename(name, '.md'));
}
