import type { APIRoute, GetStaticPaths } from 'astro';
import { llmsTxt } from '../../lib/site/llms-txt.ts';
import { getDocPages, perVersionPaths, versionTree } from '../../lib/site/site-data.ts';

/** Each version's llms.txt: an index of its pages for language models (llmstxt.org). */
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
    title: `AWS Neuron SDK documentation (${version.label})`,
    summary: `The documentation of the AWS Neuron SDK, version ${version.label}: setup, frameworks, compiler, runtime, tools, NKI and release notes for AWS Inferentia and Trainium.`,
    tree: await versionTree(version.id),
    pages: new Map(pages),
    absolute: (path) => new URL(path, site).href,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
