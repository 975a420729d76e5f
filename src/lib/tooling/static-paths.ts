/**
 * The pure parts of the static file server (`scripts/serve.ts`): which file a request URL means, and the
 * content type of a file. No I/O here except through the `isFile` callback, so every rule is unit-tested.
 */
import { extname, join, resolve, sep } from 'node:path';

/** What a request resolves to. */
export type StaticResolution =
  /** Serve this absolute file path with status 200. */
  | { kind: 'file'; file: string }
  /** Redirect (301) to this location: `/foo` → `/foo/` when `/foo/index.html` exists. */
  | { kind: 'redirect'; location: string }
  /** Nothing there: serve the 404 page. */
  | { kind: 'not-found' }
  /** A malformed or hostile path (bad percent-encoding, `..`, NUL, backslash): answer 400. */
  | { kind: 'bad-request' };

/**
 * Splits a request target (`/a/b/?q=1`) into its decoded path segments, or `undefined` when the path is
 * malformed or tries to leave the root: a `..` or `.` segment (also percent-encoded, `%2e%2e`, and
 * `%2f`-smuggled separators), a NUL byte or a backslash.
 */
export function decodeRequestPath(target: string): { segments: string[]; trailingSlash: boolean } | undefined {
  const pathPart = target.split(/[?#]/, 1)[0] ?? '';
  if (!pathPart.startsWith('/')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const parts = decoded.split('/');
  // parts[0] is the empty string before the leading slash.
  const segments = parts.slice(1).filter((segment, index, all) => segment !== '' || index === all.length - 1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const trailingSlash = segments.length === 0 || segments[segments.length - 1] === '';
  return { segments: segments.filter((segment) => segment !== ''), trailingSlash };
}

/** The query string of a request target, with its `?` (empty when there is none). */
function queryOf(target: string): string {
  const at = target.indexOf('?');
  if (at === -1) return '';
  const hash = target.indexOf('#', at);
  return hash === -1 ? target.slice(at) : target.slice(at, hash);
}

/** Whether `file` lies inside the folder `root` (both absolute). */
export function isInside(root: string, file: string): boolean {
  const base = resolve(root);
  const target = resolve(file);
  return target === base || target.startsWith(base.endsWith(sep) ? base : base + sep);
}

/**
 * Resolves a request target against the served folder:
 * - `/a/b/` → `root/a/b/index.html`;
 * - `/a/b.css` → `root/a/b.css` when that is a file;
 * - `/a/b` → redirect to `/a/b/` (query kept) when `root/a/b/index.html` exists;
 * - anything else → not found.
 *
 * `isFile` answers whether an absolute path is an existing regular file (injected, so this stays pure).
 */
export function resolveStaticPath(
  target: string,
  root: string,
  isFile: (absolutePath: string) => boolean,
): StaticResolution {
  const decoded = decodeRequestPath(target);
  if (decoded === undefined) return { kind: 'bad-request' };
  const base = resolve(root);
  const { segments, trailingSlash } = decoded;
  const joined = join(base, ...segments);
  if (!isInside(base, joined)) return { kind: 'bad-request' };

  if (trailingSlash) {
    const index = join(joined, 'index.html');
    return isFile(index) ? { kind: 'file', file: index } : { kind: 'not-found' };
  }
  if (isFile(joined)) return { kind: 'file', file: joined };
  if (isFile(join(joined, 'index.html'))) {
    // Collapse leading slashes: `//host/x` must not become a protocol-relative (off-site) redirect.
    const pathPart = (target.split(/[?#]/, 1)[0] ?? '').replace(/^\/+/, '/');
    return { kind: 'redirect', location: `${pathPart}/${queryOf(target)}` };
  }
  return { kind: 'not-found' };
}

const OCTET_STREAM = 'application/octet-stream';

/** Content types by lower-case extension (with the dot). Text types carry `charset=utf-8`. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  // Pagefind's index files are opaque (compressed) binaries.
  '.pf_meta': OCTET_STREAM,
  '.pf_index': OCTET_STREAM,
  '.pf_fragment': OCTET_STREAM,
  '.pagefind': OCTET_STREAM,
};

/** The `Content-Type` of a file, by its extension; unknown extensions are `application/octet-stream`. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? OCTET_STREAM;
}

/**
 * The `Cache-Control` of a file by its path in the site (`_astro/page.Bx1.css`): HTML is always revalidated
 * (`no-cache`); Astro's bundles, whose names hold a hash of their content, are kept for a year (a new build
 * names a changed bundle anew); other files get none.
 */
export function cacheControlFor(sitePath: string): string | undefined {
  if (contentTypeFor(sitePath).startsWith('text/html')) return 'no-cache';
  return sitePath.replace(/\\/g, '/').startsWith('_astro/') ? 'public, max-age=31536000, immutable' : undefined;
}
