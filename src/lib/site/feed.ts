/**
 * A version's announcements (pages with a `date`: the ablog posts of the sources) as an Atom feed (RFC 4287),
 * newest first, so readers can follow them in a feed reader.
 */
import { escapeXml } from './crawlers.ts';

/** One dated post. */
export interface FeedEntry {
  title: string;
  /** Absolute URL of the post; also its Atom id. */
  url: string;
  date: Date;
  summary: string;
  tags: readonly string[];
}

/** The feed: its title, the absolute URLs of the site and of the feed itself, and the posts (any order). */
export interface Feed {
  title: string;
  siteUrl: string;
  selfUrl: string;
  entries: readonly FeedEntry[];
}

/** The feed as Atom XML: entries newest first (then by title); `updated` is the newest post's date. */
export function atomFeed({ title, siteUrl, selfUrl, entries }: Feed): string {
  const sorted = [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title));
  const updated = (sorted[0]?.date ?? new Date(0)).toISOString();
  const items = sorted.map((entry) =>
    [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link href="${escapeXml(entry.url)}"/>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <updated>${entry.date.toISOString()}</updated>`,
      ...entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(title)}</title>`,
    `  <link href="${escapeXml(siteUrl)}"/>`,
    `  <link rel="self" href="${escapeXml(selfUrl)}"/>`,
    `  <id>${escapeXml(selfUrl)}</id>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>AWS Neuron</name></author>',
    ...items,
    '</feed>',
    '',
  ].join('\n');
}

/** Where a version's feed is published. */
export const feedUrl = (version: string): string => `/${version}/feed.xml`;
