import type { Node } from 'unist';
import { sourceOf } from '../node-source.ts';
import type { TransformContext } from './context.ts';

/**
 * Pages are MDX files whose content is Markdown and directives: that is what lets the build render them once,
 * in parallel, and keep the result (see `src/lib/render/`). An MDX comment (`{/* … *\/}`) is fine; imports,
 * components and other expressions are reported, with what to write instead. Either way the node is dropped.
 */
export function checkMdxNode(node: Node & { value?: string }, context: TransformContext): void {
  const comment = node.type.endsWith('Expression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value ?? '');
  if (comment) return;
  context.problems.push({
    code: 'unsupported-mdx',
    ...sourceOf(node, context.pageFile),
    message: `${describe(node.type)} is not supported in pages`,
    hint: 'pages hold Markdown and directives (`:::note`, `::include`, `::table`, `:ref`); a comment is `{/* … */}`',
  });
}

function describe(type: string): string {
  if (type === 'mdxjsEsm') return 'an `import`/`export`';
  if (type.startsWith('mdxJsx')) return 'a JSX element';
  return 'an expression in `{…}`';
}
