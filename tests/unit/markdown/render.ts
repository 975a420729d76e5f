import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Root } from 'mdast';
import { vi } from 'vitest';
import type { Problem } from '../../../src/lib/diagnostics/problem.ts';
import type { RefRegistry, RefTarget } from '../../../src/lib/refs/registry.ts';

/** A hand-made registry of version `v9`. */
export function registryOf(targets: RefTarget[]): RefRegistry {
  return { version: 'v9', targets: new Map(targets.map((t) => [t.label, t])), problems: [] };
}

/**
 * Loads the page transforms with `process.cwd()` at a temporary project holding `files` (content paths are
 * computed when `paths.ts` is imported), and returns a renderer: Markdown → HTML and problems, through
 * remark-parse, remark-directive, the four transforms in the order of remark-neuron-content, then remark-rehype.
 */
export async function setUpRenderer(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'neuron-docs-md-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  vi.spyOn(process, 'cwd').mockReturnValue(root);
  vi.resetModules();
  const [
    { unified },
    { default: remarkParse },
    { default: remarkDirective },
    { default: remarkRehype },
    { default: rehypeStringify },
  ] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-directive'),
    import('remark-rehype'),
    import('rehype-stringify'),
  ]);
  const { expandIncludes } = await import('../../../src/lib/markdown/transforms/includes.ts');
  const { expandTables } = await import('../../../src/lib/markdown/transforms/tables.ts');
  const { applyHeadings } = await import('../../../src/lib/markdown/transforms/headings.ts');
  const { applyDirectives } = await import('../../../src/lib/markdown/transforms/directives.ts');

  function render(
    markdown: string,
    registry: RefRegistry,
    options: { pageLabels?: string[]; pageFile?: string } = {},
  ): { html: string; problems: Problem[] } {
    const context = {
      pageFile: options.pageFile ?? 'content/docs/v9/page.mdx',
      source: markdown,
      version: 'v9',
      registry,
      pageLabels: options.pageLabels ?? [],
      problems: [] as Problem[],
    };
    const html = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(() => (tree: Root) => {
        expandIncludes(tree, context);
        expandTables(tree, context);
        applyHeadings(tree, context);
        applyDirectives(tree, context);
      })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown);
    return { html: String(html), problems: context.problems };
  }

  return {
    render,
    cleanUp: () => {
      vi.restoreAllMocks();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
