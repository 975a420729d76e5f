/**
 * A site published under a base path (`https://example.com/docs/`): the one owner of the rule.
 *
 * The site is built as if it were at the root (every URL builder says `/latest/…`, the render cache holds pages
 * that do not depend on where they are published), and the finished pages are rebased when they are published:
 * every root-relative URL in an HTML tag's attributes and every absolute URL of the site's origin gets the base
 * path, as Lume's and Eleventy's base-path plugins do. Astro's own asset URLs (`/_astro/…`) carry the base already
 * (Astro's `base` option), and the scripts read it from `import.meta.env.BASE_URL`.
 */
/** The base path as `/` or `/docs/` (leading and trailing slash), from Astro's `base` (`/docs`, `docs/`, ``). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A root-relative path under the base: `withBase('/docs/', '/latest/')` → `/docs/latest/`. */
export function withBase(base: string, path: string): string {
  return base === '/' || !path.startsWith('/') || path.startsWith('//') ? path : `${base}${path.slice(1)}`;
}

/** The site path of a root-relative path under the base (`/docs/latest/` → `/latest/`), or undefined outside it. */
export function withoutBase(base: string, path: string): string | undefined {
  if (base === '/') return path;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
}

/** Attributes whose value is a URL, and `data-*` attributes, whose root-relative values are URLs on this site. */
const URL_ATTRIBUTE = /(\s(?:href|src|action|poster|data-[\w-]+)=")(\/(?!\/)[^"]*)"/g;
/** `<meta http-equiv="refresh" content="0; url=/…">`. */
const REFRESH = /(\scontent="\d+;\s*url=)(\/(?!\/)[^"]*)"/g;
/** A start tag: text never holds one (its `<` is escaped), so code that shows HTML is left alone. */
const TAG = /<[a-zA-Z][^<>]*>/g;

/** A root-relative URL under the base, unless it is there already (Astro's assets). */
const rebasePath = (base: string, path: string) => (path.startsWith(base) ? path : withBase(base, path));

/** Absolute URLs of the site's origin with the base path: `https://x.org/latest/` → `https://x.org/docs/latest/`. */
export function rebaseText(text: string, base: string, origin: string): string {
  if (base === '/') return text;
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`${escaped}(/[^\\s"'<>)\\]]*)`, 'g'), (whole, path: string) =>
    path.startsWith(base) ? whole : `${origin}${withBase(base, path)}`,
  );
}

/** A built HTML page under the base path: its tags' URL attributes and its absolute URLs of the site's origin. */
export function rebaseHtml(html: string, base: string, origin: string): string {
  if (base === '/') return html;
  const tags = html.replace(TAG, (tag) =>
    tag
      .replace(URL_ATTRIBUTE, (_, head: string, path: string) => `${head}${rebasePath(base, path)}"`)
      .replace(REFRESH, (_, head: string, path: string) => `${head}${rebasePath(base, path)}"`),
  );
  return rebaseText(tags, base, origin);
}
