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

test('each version has an Atom feed of its announcements, newest first, linked from its pages', async ({
  page,
  request,
}) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  const href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
  expect(href).toBe('/latest/feed.xml');
  const response = await request.get(href!);
  expect(response.headers()['content-type']).toMatch(/^application\/(atom\+)?xml/);
  const xml = await response.text();
  const dates = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => Date.parse(m[1]!));
  expect(dates.length).toBeGreaterThan(100);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const links = [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link href="([^"]+)"/g)].map((m) => new URL(m[1]!));
  for (const url of links.slice(0, 3)) expect((await request.get(url.pathname)).status(), url.pathname).toBe(200);
  expect((await request.get('/v1.19.2/feed.xml')).status()).toBe(200);
});

test('the announcements page lists the posts of the feed, newest first, with dates and tags', async ({
  page,
  request,
}) => {
  const xml = await (await request.get('/v2.28.1/feed.xml')).text();
  const fed = [...xml.matchAll(/<entry>\s*<title>[^<]*<\/title>\s*<link href="([^"]+)"/g)].map(
    (m) => new URL(m[1]!).pathname,
  );
  // ABlog's index page in the sources (its blog_path)
  await page.goto('/v2.28.1/about-neuron/announcements/');
  const list = page.getByRole('region', { name: 'All announcements' });
  const items = list.locator('li');
  const listed = await items.locator('> a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(listed.length).toBeGreaterThan(50);
  expect(listed).toEqual(fed);
  const dates = await items.locator('time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
  expect(dates.map((date) => Date.parse(date ?? ''))).toEqual(
    dates.map((date) => Date.parse(date ?? '')).sort((a, b) => b - a),
  );
  await expect(items.locator('.post-tags').first()).toContainText('Tags:');
  await expect(list.getByRole('link', { name: 'Atom feed' })).toHaveAttribute('href', '/v2.28.1/feed.xml');
});

test('each version has an llms.txt: every page of it, as a Markdown link with its description', async ({ request }) => {
  const text = await (await request.get('/v2.3.0/llms.txt')).text();
  expect(text).toMatch(/^# AWS Neuron SDK documentation \(/);
  const links = [...text.matchAll(/^- \[[^\]]+\]\((https?:\/\/[^)]+)\)/gm)].map((m) => new URL(m[1]!).pathname);
  expect(links.length).toBeGreaterThan(300);
  expect(new Set(links).size).toBe(links.length);
  expect(links.every((path) => path.startsWith('/v2.3.0/'))).toBe(true);
  // each link is the page's Markdown twin (llmstxt.org)
  expect(links).toContain('/v2.3.0/general/sdk-policy.md');
  expect(links.every((path) => path.endsWith('.md'))).toBe(true);
  for (const path of links.filter((_, index) => index % 100 === 0))
    expect((await request.get(path)).status(), path).toBe(200);
});

test('each page has a Markdown twin: references absolute, tables as Markdown, admonitions readable', async ({
  page,
  request,
}) => {
  await page.goto('/latest/about-neuron/sdk-policy/');
  const href = await page.locator('link[rel="alternate"][type="text/markdown"]').getAttribute('href');
  expect(href).toBe('/latest/about-neuron/sdk-policy.md');
  await expect(page.getByRole('link', { name: 'View as Markdown' })).toHaveAttribute('href', href!);
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  const twin = await response.text();
  expect(
    twin.startsWith(
      `# ${await page
        .locator('h1')
        .textContent()
        .then((t) => t?.trim())}\n`,
    ),
  ).toBe(true);
  // Every reference of the page leads where the page's link leads, as an absolute URL on the site's origin
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
  const refs = await page
    .locator('.content a.ref-internal')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(refs.length).toBeGreaterThan(3);
  for (const ref of refs) expect(twin).toContain(`](${origin}${ref})`);
  // The page's tables are GFM tables: a header row's delimiter per table
  const tables = await page.locator('.content table').count();
  expect(tables).toBeGreaterThan(0);
  expect(twin.match(/^\| *:?-{3,}/gm)?.length).toBe(tables);
  // Nothing of the page's chrome
  expect(twin).not.toMatch(/Section titled|Copy as Markdown|Referenced from/);
});

test('"Copy as Markdown" puts the page’s twin on the clipboard', async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/latest/about-neuron/sdk-policy/');
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
  // (by its class: its name changes to say it copied)
  const button = page.locator('button.copy-page');
  // the clipboard takes text from a focused page only (two tests run at once)
  await page.bringToFront();
  await button.click();
  await expect(button).toHaveText('Copied');
  const twin = await (await request.get('/latest/about-neuron/sdk-policy.md')).text();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(twin);
});

test('each version has an llms-full.txt: every page’s twin, in the order of the tree', async ({ request }) => {
  const full = await (await request.get('/v2.3.0/llms-full.txt')).text();
  const index = await (await request.get('/v2.3.0/llms.txt')).text();
  expect(full).toMatch(/^# AWS Neuron SDK documentation \(2\.3\.0\)\n/);
  const twin = await (await request.get('/v2.3.0/general/sdk-policy.md')).text();
  expect(full).toContain(twin.trimEnd());
  // as many pages as the index lists (each twin starts with its title as a level-1 heading after a blank line)
  const listed = [...index.matchAll(/^- \[/gm)].length;
  expect([...full.matchAll(/^# .+\n\n> /gm)].length - 1).toBe(listed);
});
