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
 * Reads the HTML as text, each page once, keeping only its ids and its distinct links (not its text: a build of
 * thousands of pages must not hold them all); a link written on many pages (the navigation) is resolved once.
 */
export function checkBuiltLinks(outDir: string): BrokenLink[] {
  const files = new Set(
    (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).map((f) => f.split('\\').join('/')),
  );
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, Set<string>>();
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const text = readFileSync(join(outDir, file), 'utf8');
    ids.set(file, new Set(Array.from(text.matchAll(ID), (m) => m[1] ?? '')));
    links.set(file, new Set(Array.from(text.matchAll(HREF), (m) => (m[1] ?? '').replaceAll('&amp;', '&'))));
  }
  const exists = (file: string) => files.has(file);
  // Resolved once per absolute link, and once per page for relative ones.
  const targets = new Map<string, string | undefined>();
  const targetOf = (pathPart: string, page: string) => {
    const key = pathPart.startsWith('/') ? pathPart : `${page}\u0000${pathPart}`;
    if (!targets.has(key)) {
      const path = pathPart === '' ? page : new URL(pathPart, `http://site${page}`).pathname;
      targets.set(key, fileOfUrl(path, exists));
    }
    return targets.get(key);
  };
  const broken: BrokenLink[] = [];
  for (const [file, hrefs] of links) {
    const page = urlOfFile(file);
    for (const href of hrefs) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // external
      const [pathPart = '', anchor] = href.split('#', 2);
      const target = targetOf(pathPart, page);
      if (!target) broken.push({ page, href, reason: 'missing-page' });
      else if (anchor && !ids.get(target)?.has(safeDecode(anchor) ?? anchor))
        broken.push({ page, href, reason: 'missing-anchor' });
    }
  }
  return broken;
}
