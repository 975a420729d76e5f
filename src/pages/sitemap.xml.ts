import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/site/crawlers.ts';
import { getDocPages, versionsOf } from '../lib/site/site-data.ts';

/** The current version's pages that stand on their own: not moved (`redirect`), not kept out of search. */
export const GET: APIRoute = async ({ site }) => {
  const pages = await getDocPages();
  const { current } = await versionsOf(pages[0]?.version ?? '');
  const urls = pages
    .filter((page) => page.version === current.id && !page.entry.data.redirect && page.entry.data.search)
    .map((page) => new URL(page.url, site).href)
    .sort();
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
