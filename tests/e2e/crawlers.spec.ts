import { expect, test } from '@playwright/test';

// For machines as well as people: a sitemap of the current version, robots.txt, and Open Graph on every page.

test('the sitemap lists the pages of the current version only, each of which answers', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.headers()['content-type']).toContain('application/xml');
  const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  expect(urls.length).toBeGreaterThan(1000);
  expect(urls.every((url) => url.pathname.startsWith('/latest/'))).toBe(true);
  expect(urls.map((url) => url.pathname)).toContain('/latest/about-neuron/sdk-policy/');
  for (const url of urls.filter((_, index) => index % 200 === 0)) {
    expect((await request.get(url.pathname)).status(), url.pathname).toBe(200);
  }
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});

test('a page says what it is to link previews (Open Graph)', async ({ page }) => {
  await page.goto('/v2.3.0/general/sdk-policy/');
  const title = await page.title();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /.+/);
  // an old version's page points previews, as search engines, at the current page
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/latest\//);
});
