/**
 * How search answers a reader the first time: in Chromium, on a built site served locally, search is opened, its
 * code loads while the reader types (a second: `TYPING_MS`), then the query arrives in one keystroke (the last);
 * measured are the time from that keystroke to the first result shown, and every byte search fetched from the
 * opening on (gzip for text files, as served for Pagefind's own compressed index files). Each sample is a fresh
 * browser context: nothing cached, no index chunk loaded.
 */
import { chromium, type Page } from '@playwright/test';
import { findBrowser } from '../find-browser.ts';
import { startServer } from '../serve.ts';
import { gzipSize } from './page-weight.ts';

/** How long a reader types a short query after opening search (about five keystrokes). */
export const TYPING_MS = 1000;

/** A site's search, as a reader uses it. */
export interface SearchSite {
  /** The built site. */
  dist: string;
  /** The page search is opened on. */
  url: string;
  /** Opens search (a shortcut, a button). */
  open: (page: Page) => Promise<void>;
  /** The search field and one result, as CSS selectors. */
  input: string;
  result: string;
}

/** One cold search: milliseconds to the first result, bytes fetched. */
export interface SearchSample {
  firstResultMs: number;
  fetchedBytes: number;
}

/** What a fetched file weighs on the wire: text gzipped, the rest (Pagefind's gzipped chunks, WebAssembly) as is. */
export const wireSize = (path: string, body: Buffer): number =>
  /\.(m?js|json|css|html|txt)$/.test(path) ? gzipSize(body) : body.length;

/** `samples` cold searches for `query` on `site`. */
export async function measureSearch(site: SearchSite, query: string, samples = 3): Promise<SearchSample[]> {
  const server = await startServer({ dir: site.dist, port: 0 });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  });
  try {
    const found: SearchSample[] = [];
    for (let run = 0; run < samples; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(site.url, server.url).href, { waitUntil: 'networkidle' });
      const sizes: Promise<number>[] = [];
      page.on('response', (response) => {
        sizes.push(
          response.body().then(
            (body) => wireSize(new URL(response.url()).pathname, body),
            () => 0,
          ),
        );
      });
      await site.open(page);
      await page.locator(site.input).waitFor();
      // What opening loads (search's code, and Pagefind's worker and WebAssembly, which network idleness does not
      // wait for: they start once its code has run) arrives while a reader types
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(TYPING_MS);
      const firstResultMs = await page.evaluate(
        ({ input, result, text }) =>
          new Promise<number>((resolve) => {
            const field = document.querySelector<HTMLInputElement>(input);
            if (!field) throw new Error(`no ${input}`);
            const observer = new MutationObserver(() => {
              if (!document.querySelector(result)) return;
              observer.disconnect();
              resolve(performance.now() - start);
            });
            observer.observe(document.body, { childList: true, subtree: true });
            const start = performance.now();
            field.value = text;
            field.dispatchEvent(new InputEvent('input', { bubbles: true, data: text }));
          }),
        { input: site.input, result: site.result, text: query },
      );
      await page.waitForLoadState('networkidle');
      found.push({ firstResultMs, fetchedBytes: (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) });
      await context.close();
    }
    return found;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Our search: the shortcut opens it. */
export const oursSearch = (dist: string, url: string): SearchSite => ({
  dist,
  url,
  open: (page) => page.keyboard.press('Control+k'),
  input: '.search-dialog input[type="search"]',
  result: '.search-results > li',
});

/** Starlight's: its search button opens Pagefind's UI. */
export const starlightSearch = (dist: string, url: string): SearchSite => ({
  dist,
  url,
  open: (page) => page.locator('button[data-open-modal]').first().click(),
  input: '.pagefind-ui__search-input',
  result: '.pagefind-ui__result',
});
