import {
  applyCommandsToMdastHandle,
  convertMdastToHastHandle,
  createMdxMdastHandle,
  dropHandle,
  renderHandle,
  resolveHastSubscriptions,
  resolveMdastSubscriptions,
  visitHastHandle,
  visitHastHook,
  visitMdastHandle,
  visitMdastHook,
  type Features,
  type HastVisitorInstance,
  type MdastPluginInstance,
} from 'satteri';

/**
 * The parser features pages use: CommonMark, GFM (as `@astrojs/mdx` had: tables, footnotes…), directives, and
 * math (`$…$`, `$$…$$`; a literal dollar sign is written `\$`).
 */
export const PAGE_FEATURES: Features = { directive: true, math: true };

/**
 * GFM footnotes: their ids get a prefix with `_` (`footnote_fn-1`), a character Sphinx-form ids never hold, so a
 * footnote can never take a heading's or a label's id. The section's label id is fixed by Sätteri
 * (`footnote-label`): `footnoteIds` renames it in the HTML.
 */
const CONVERT_OPTIONS = { clobberPrefix: 'footnote_', footnoteLabel: 'Footnotes' };

/** Gives the footnote section's label (and the references that point at it) an id that cannot clash. */
export function footnoteIds(html: string): string {
  if (!html.includes('data-footnotes')) return html;
  return html
    .replace('<h2 class="sr-only" id="footnote-label">', '<h2 class="sr-only" id="footnote_label">')
    .replaceAll('aria-describedby="footnote-label"', 'aria-describedby="footnote_label"');
}

/** What an MDX → HTML run does besides parsing: mdast passes, then hast passes. */
export interface MdxPipeline {
  /** Run in order; each sees the tree as the previous one left it (nodes it inserted included). */
  mdast: readonly MdastPluginInstance[];
  hast: readonly HastVisitorInstance[];
}

/**
 * MDX → HTML with Sätteri: the parse, the mdast → hast conversion and the HTML are done in Rust; only the nodes
 * the plugins subscribe to cross into JavaScript. Sätteri's one-call `markdownToHtml` reads Markdown, not MDX,
 * so this runs its step-by-step API over an MDX parse. Positions are always tracked: problems need them.
 */
export async function mdxToHtml(source: string, pipeline: MdxPipeline, data: Record<string, unknown>): Promise<string> {
  const mdast = createMdxMdastHandle(source, PAGE_FEATURES, true);
  let hast: HastHandle;
  try {
    for (const plugin of pipeline.mdast) {
      // A plugin's `before` hook, its visitors and its `after` hook each see what the previous one did.
      const passes = [
        plugin.before && (() => visitMdastHook(mdast, plugin, plugin.before!, source, undefined, data, 'mdx')),
        () => visitMdastHandle(mdast, plugin, resolveMdastSubscriptions(plugin), source, undefined, data, 'mdx'),
        plugin.after && (() => visitMdastHook(mdast, plugin, plugin.after!, source, undefined, data, 'mdx')),
      ];
      for (const pass of passes) {
        if (!pass) continue;
        const result = await pass();
        if (result.hasMutations) applyCommandsToMdastHandle(mdast, result.commandBuffer);
      }
    }
    hast = convertMdastToHastHandle(mdast, CONVERT_OPTIONS);
  } finally {
    dropHandle(mdast);
  }
  try {
    for (const plugin of pipeline.hast) {
      if (plugin.before) await visitHastHook(hast, plugin, plugin.before, source, undefined, data, 'mdx');
      await visitHastHandle(hast, plugin, resolveHastSubscriptions(plugin), source, undefined, data, 'mdx');
      if (plugin.after) await visitHastHook(hast, plugin, plugin.after, source, undefined, data, 'mdx');
    }
    return footnoteIds(renderHandle(hast));
  } finally {
    dropHandle(hast);
  }
}
