import * as pagefind from 'pagefind';
import { escapeXml } from '../site/crawlers.ts';
import { searchFilterMetas, type PageKind } from './page-kind.ts';

/** A page as the dev server's search reads it: its rendered body, title and the filters the layout gives it. */
export interface DevSearchPage {
  url: string;
  title: string;
  /** The rendered body (the render store's HTML). */
  html: string;
  kind: PageKind;
  instances: readonly string[];
}

/**
 * The HTML Pagefind reads of a page in the dev server: what it reads of a built page (`searchedPart`): the title
 * and the filters in the head, the title and the body in `<main>`.
 */
export function devSearchDocument(page: DevSearchPage): string {
  const filters = searchFilterMetas(page.kind, page.instances).map(
    (meta) =>
      `<meta name="${meta.name}" content="${escapeXml(meta.content)}" data-pagefind-filter="${meta['data-pagefind-filter']}">`,
  );
  const title = escapeXml(page.title);
  return `<!doctype html><html lang="en"><head><title>${title}</title>${filters.join('')}</head><body><main data-pagefind-body><h1>${title}</h1>${page.html}</main></body></html>`;
}

/**
 * A version's search bundle made in memory for the dev server (nothing is written): its files by path in the
 * bundle folder, as a build writes them to `/<version>/_search/`.
 */
export async function devSearchBundle(pages: readonly DevSearchPage[]): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: devSearchDocument(page) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(`Pagefind could not make the bundle: ${written.errors.join('; ')}`);
    return new Map(written.files.map((file) => [file.path, file.content]));
  } finally {
    await index.deleteIndex();
  }
}

/** The Content-Type of a bundle file, by its name. */
export function bundleFileType(path: string): string {
  if (path.endsWith('.js')) return 'text/javascript';
  if (path.endsWith('.json')) return 'application/json';
  if (path.endsWith('.css')) return 'text/css';
  return 'application/octet-stream';
}
