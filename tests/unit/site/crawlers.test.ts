import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from '../../../src/lib/site/crawlers.ts';

describe('sitemapXml', () => {
  it('lists each URL, escaped, in a sitemaps.org urlset', () => {
    expect(sitemapXml(['https://x.example/latest/', 'https://x.example/latest/a/?q=1&b=2'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://x.example/latest/</loc></url>',
        '  <url><loc>https://x.example/latest/a/?q=1&amp;b=2</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap', () => {
    expect(robotsTxt('https://x.example/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap.xml\n',
    );
  });
});
