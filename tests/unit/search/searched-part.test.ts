import { describe, expect, it } from 'vitest';
import { searchedPart } from '../../../src/lib/search/build-indexes.ts';

const page = (main: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><header>Menu</header>` +
  `<nav>Sidebar link</nav>${main}<footer>Footer</footer></body></html>`;

describe('searchedPart', () => {
  it('keeps the head and the searched <main>, and drops the header, sidebar and footer', () => {
    const html = searchedPart(page('<main id="content" data-pagefind-body><h1>Title</h1><p>Body</p></main>'));
    expect(html).toBe(
      '<!doctype html><html lang="en"><head><title>T</title></head><body>' +
        '<main id="content" data-pagefind-body><h1>Title</h1><p>Body</p></main></body></html>',
    );
  });

  it('gives a page without a searched element whole (Pagefind then decides)', () => {
    const html = page('<main id="content"><p>Not searched</p></main>');
    expect(searchedPart(html)).toBe(html);
  });
});
