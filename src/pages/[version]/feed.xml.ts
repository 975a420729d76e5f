import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, feedUrl } from '../../lib/site/feed.ts';
import { getDocPages, perVersionPaths } from '../../lib/site/site-data.ts';

/** Each version's announcements feed (pages that have a `date`), beside its pages. */
export const getStaticPaths = perVersionPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { version } = props as Awaited<ReturnType<typeof perVersionPaths>>[number]['props'];
  const absolute = (path: string) => new URL(path, site).href;
  const entries = (await getDocPages())
    .filter((page) => page.version === version.id && page.entry.data.date && !page.entry.data.redirect)
    .map((page) => ({
      title: page.entry.data.title,
      url: absolute(page.url),
      date: page.entry.data.date!,
      summary: page.entry.data.description,
      tags: page.entry.data.tags ?? [],
    }));
  const xml = atomFeed({
    title: `Neuron Docs ${version.label}: announcements`,
    siteUrl: absolute(`/${version.id}/`),
    selfUrl: absolute(feedUrl(version.id)),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
