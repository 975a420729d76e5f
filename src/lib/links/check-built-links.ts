import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { withBase, withoutBase } from '../site/base-path.ts';

/** A link in a built page that leads nowhere. */
export interface BrokenLink {
  /** URL path of the page holding the link (`/latest/about-neuron/sdk-policy/`). */
  page: string;
  href: string;
  reason: 'missing-page' | 'missing-anchor';
}

const ID = /\sid="([^"]+)"/g;
const HREF = /<a\s(?:[^>]*?\s)?href="([^"]*)"/g;

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The URL path a built file answers to: `latest/a/index.html` → `/latest/a/`. */
export function urlOfFile(relativeFile: string): string {
  const path = `/${relativeFile.split('\\').join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The built file a URL path leads to, if any: `/latest/a/` → `latest/a/index.html`. */
export function fileOfUrl(path: string, exists: (file: string) => boolean): string | undefined {
  const decoded = safeDecode(path);
  if (decoded === undefined) return undefined; // a malformed escape (`/100%/`) leads nowhere
  const clean = decoded.replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find(exists);
}

/**
 * Checks every internal link of a built site: the page must exist and its `#anchor` must be an id on it.
 * Reads the HTML as text in two passes, one page at a time: the first keeps each page's ids, the second checks
 * each page's distinct links as it reads them. Nothing else of a page is kept, so memory does not grow with the
 * site's text; a link written on many pages (the navigation) is resolved once. A site published under a base
 * path (`/docs/`, see `site/base-path.ts`) is checked as served there: a link outside the base leads nowhere.
 */
export function checkBuiltLinks(outDir: string, base = '/'): BrokenLink[] {
  const files = new Set(
    (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split('\\').join('/')),
  );
  const pages = [...files].filter((file) => file.endsWith('.html'));
  const read = (file: string) => readFileSync(join(outDir, file), 'utf8');
  const ids = new Map<string, Set<string>>();
  for (const file of pages) ids.set(file, new Set(copies(Array.from(read(file).matchAll(ID), (m) => m[1] ?? ''))));
  const exists = (file: string) => files.has(file);
  // Resolved once per absolute link, and once per page for relative ones (kept as copies: see `copies`).
  const targets = new Map<string, string | undefined>();
  const targetOf = (pathPart: string, page: string) => {
    const key = pathPart.startsWith('/') ? pathPart : `${page}\u0000${pathPart}`;
    if (!targets.has(key)) {
      const served = withBase(base, page);
      const path = withoutBase(base, pathPart === '' ? served : new URL(pathPart, `http://site${served}`).pathname);
      const [copiedKey = key, target] = copies([key, (path !== undefined && fileOfUrl(path, exists)) || '']);
      targets.set(copiedKey, target || undefined);
    }
    return targets.get(key);
  };
  const broken: BrokenLink[] = [];
  for (const file of pages) {
    const page = urlOfFile(file);
    const hrefs = new Set(Array.from(read(file).matchAll(HREF), (m) => (m[1] ?? '').replaceAll('&amp;', '&')));
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external
      const [pathPart = '', anchor] = href.split('#', 2);
      const target = targetOf(pathPart, page);
      if (!target) broken.push({ page, href: copies([href])[0] ?? href, reason: 'missing-page' });
      else if (anchor && !ids.get(target)?.has(safeDecode(anchor) ?? anchor))
        broken.push({ page, href: copies([href])[0] ?? href, reason: 'missing-anchor' });
    }
  }
  return broken;
}

/**
 * Copies of strings cut out of a page's text. V8 keeps a cut-out string as a view of the whole text, so keeping
 * one id of a page would keep the whole page: joining makes one new string, and its pieces are views of it only
 * (separated by a newline, which no id, href or file name holds).
 */
function copies(strings: readonly string[]): string[] {
  return strings.length === 0 ? [] : strings.join('\n').split('\n');
}
