import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { contentPaths } from '../../../src/lib/content/paths.ts';
import type { Problem } from '../../../src/lib/diagnostics/problem.ts';
import type { ApiIndex } from '../../../src/lib/refs/api-index.ts';
import type { PageTarget, RefRegistry, RefTarget } from '../../../src/lib/refs/registry.ts';
import { createCodeHighlighter } from '../../../src/lib/render/highlight.ts';
import { createPageRenderer, type RenderedPage } from '../../../src/lib/render/render-page.ts';
import { createTableLoader } from '../../../src/lib/tables/load-table.ts';

/** A hand-made registry of version `v9`: labels, and optionally pages by slug and an API index. */
export function registryOf(
  targets: RefTarget[],
  extra: { pages?: Record<string, PageTarget>; apis?: Partial<ApiIndex> } = {},
): RefRegistry {
  return {
    version: 'v9',
    targets: new Map(targets.map((t) => [t.label, t])),
    pages: new Map(Object.entries(extra.pages ?? {})),
    apis: { entries: new Map(), duplicates: [], byPage: new Map(), external: [], ...extra.apis },
    problems: [],
  };
}

/**
 * A temporary project holding `files` (partials, table data…) and a render function over it that runs the real
 * page renderer, as the build does: Markdown of a page of version `v9` → HTML and problems.
 */
export async function setUpRenderer(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'neuron-docs-md-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const paths = contentPaths(root);
  const highlight = await createCodeHighlighter();

  /** Everything the renderer gives for a page: HTML, headings, anchors, text sections, problems… */
  async function renderPage(
    markdown: string,
    registry: RefRegistry,
    options: { pageLabels?: string[]; page?: string; title?: string; description?: string } = {},
  ): Promise<RenderedPage> {
    const render = await createPageRenderer({
      paths,
      registries: new Map([['v9', registry]]),
      tables: createTableLoader(paths),
      highlight,
    });
    return render({
      file: join(root, options.page ?? 'content/docs/v9/page.mdx'),
      source: markdown,
      version: 'v9',
      pageLabels: options.pageLabels ?? [],
      title: options.title,
      description: options.description,
    });
  }

  /** The HTML and problems of a page. */
  async function render(
    markdown: string,
    registry: RefRegistry,
    options: { pageLabels?: string[]; page?: string } = {},
  ): Promise<{ html: string; problems: Problem[] }> {
    const page = await renderPage(markdown, registry, options);
    return { html: page.html.trim(), problems: page.problems };
  }

  return { render, renderPage, root, cleanUp: () => rmSync(root, { recursive: true, force: true }) };
}
