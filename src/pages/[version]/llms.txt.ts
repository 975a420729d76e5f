import type { APIRoute, GetStaticPaths } from 'astro';
import { llmsSummary, llmsTitle, llmsTxt } from '../../lib/site/llms-txt.ts';
import { twinUrl } from '../../lib/site/twins.ts';
import { getDocPages, perVersionPaths, versionTree } from '../../lib/site/site-data.ts';

/** Each version's llms.txt: an index of its pages' Markdown twins for language models (llmstxt.org). */
export const getStaticPaths = perVersionPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { version } = props as Awaited<ReturnType<typeof perVersionPaths>>[number]['props'];
  const pages = (await getDocPages())
    .filter((page) => page.version === version.id && !page.entry.data.redirect)
    .map(
      (page) =>
        [page.url, { url: page.url, title: page.entry.data.title, description: page.entry.data.description }] as const,
    );
  const text = llmsTxt({
    title: llmsTitle(version.label),
    summary: llmsSummary(version.label),
    tree: await versionTree(version.id),
    pages: new Map(pages),
    // Each page's Markdown twin, as llmstxt.org proposes
    absolute: (path) => new URL(twinUrl(path), site).href,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
