import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

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
 * Reads the HTML as text: the build writes it, so a regular scan is enough and keeps this fast at 1,000 pages.
 */
export function checkBuiltLinks(outDir: string): BrokenLink[] {
  const files = new Set(
    (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split('\\').join('/')),
  );
  // Each page is read once: its text serves both its own links and, lazily, its ids as a link target.
  const html = new Map(
    [...files].filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(outDir, f), 'utf8')]),
  );
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...(html.get(file) ?? '').matchAll(ID)].map((m) => m[1] ?? ''));
      ids.set(file, set);
    }
    return set;
  };
  const exists = (file: string) => files.has(file);
  const broken: BrokenLink[] = [];
  for (const [file, text] of html) {
    const page = urlOfFile(file);
    for (const [, raw = ''] of text.matchAll(HREF)) {
      const href = raw.replaceAll('&amp;', '&');
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external
      const [pathPart = '', anchor] = href.split('#', 2);
      const path = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      const target = fileOfUrl(path, exists);
      if (!target) broken.push({ page, href, reason: 'missing-page' });
      else if (anchor && !idsOf(target).has(safeDecode(anchor) ?? anchor))
        broken.push({ page, href, reason: 'missing-anchor' });
    }
  }
  return broken;
}
