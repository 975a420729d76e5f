import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed, feedUrl } from '../../lib/site/feed.ts';
import { perVersionPaths, versionPosts } from '../../lib/site/site-data.ts';

/** Each version's announcements feed (pages that have a `date`), beside its pages. */
export const getStaticPaths = perVersionPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { version } = props as Awaited<ReturnType<typeof perVersionPaths>>[number]['props'];
  const absolute = (path: string) => new URL(path, site).href;
  const entries = (await versionPosts(version.id)).map((post) => ({
    title: post.title,
    url: absolute(post.url),
    date: post.date,
    summary: post.description,
    tags: post.tags,
  }));
  const xml = atomFeed({
    title: `Neuron Docs ${version.label}: announcements`,
    siteUrl: absolute(`/${version.id}/`),
    selfUrl: absolute(feedUrl(version.id)),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
