import { describe, expect, it } from 'vitest';
import { atomFeed, feedUrl } from '../../../src/lib/site/feed.ts';

const entry = (title: string, date: string, tags: string[] = []) => ({
  title,
  url: `https://x.example/latest/${title.toLowerCase()}/`,
  date: new Date(date),
  summary: `About ${title} & more`,
  tags,
});

describe('atomFeed', () => {
  const xml = atomFeed({
    title: 'Neuron Docs Latest: announcements',
    siteUrl: 'https://x.example/latest/',
    selfUrl: 'https://x.example/latest/feed.xml',
    entries: [entry('Older', '2023-05-01T01:00:00Z'), entry('Newer', '2024-01-02T00:00:00Z', ['eol', 'torch'])],
  });

  it('is an Atom feed whose updated date is the newest post’s', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<link rel="self" href="https://x.example/latest/feed.xml"/>');
    expect(xml).toContain('  <updated>2024-01-02T00:00:00.000Z</updated>\n  <author>');
  });

  it('lists the posts newest first, with their links, tags and escaped summaries', () => {
    expect([...xml.matchAll(/<entry>\s*<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual(['Newer', 'Older']);
    expect(xml).toContain(
      [
        '  <entry>',
        '    <title>Newer</title>',
        '    <link href="https://x.example/latest/newer/"/>',
        '    <id>https://x.example/latest/newer/</id>',
        '    <updated>2024-01-02T00:00:00.000Z</updated>',
        '    <category term="eol"/>',
        '    <category term="torch"/>',
        '    <summary>About Newer &amp; more</summary>',
        '  </entry>',
      ].join('\n'),
    );
  });

  it('is published beside the version’s pages', () => {
    expect(feedUrl('v2.3.0')).toBe('/v2.3.0/feed.xml');
  });
});
