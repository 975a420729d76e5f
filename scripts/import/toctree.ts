/**
 * Toctree entries as Sphinx 5's `TocTree.parse_content` reads them: `Title <target>` or a bare target, globs
 * matched against the other documents (sorted, each at most once), suffixes dropped, paths made absolute from
 * the containing document, URLs and `self` kept as they are. Unknown documents are dropped, as Sphinx dropped
 * them with a warning; they are returned so the import can report them.
 */
import { posix } from 'node:path';
import { compileGlob } from './glob.ts';

export type TocEntry =
  | { readonly kind: 'doc'; readonly docname: string; readonly title?: string }
  | { readonly kind: 'url'; readonly url: string; readonly title?: string }
  | { readonly kind: 'self'; readonly title?: string };

export interface Toctree {
  readonly entries: readonly TocEntry[];
  readonly caption?: string;
  readonly hidden: boolean;
  readonly glob: boolean;
  readonly maxdepth?: number;
  readonly titlesonly: boolean;
  /** `:includehidden:`: the hidden toctrees of its pages are listed under them too. */
  readonly includehidden: boolean;
  readonly numbered: boolean;
  /** Entries naming no document of the release (Sphinx warned and left them out). */
  readonly missing: readonly string[];
  /**
   * Entries Sphinx took for URLs (its `url_re` is `.+://.*`) that are no URL, such as a whole RST bullet line
   * with a link in it: Sphinx made a link whose address was that text, which led nowhere. They are left out.
   */
  readonly notUrls: readonly string[];
}

const EXPLICIT_TITLE = /^(.+?)\s*(?<!\0)<([^<]*?)>$/s;
const URL = /^(.+):\/\/.*/;
const GLOB = /[*?[]/;

/** `docname_join`: a path relative to the document's folder, or absolute (`/…`) from the source root. */
export function docnameJoin(base: string, target: string): string {
  // Python's posixpath.join drops what comes before an absolute part; Node's does not
  const joined = target.startsWith('/') ? target : posix.join('/', base, '..', target);
  return posix.normalize(joined).slice(1);
}

export function parseToctree(
  docname: string,
  content: string,
  options: Record<string, string | null>,
  allDocs: ReadonlySet<string>,
  suffixes: readonly string[],
): Toctree {
  const has = (name: string) => Object.hasOwn(options, name);
  const glob = has('glob');
  const remaining = new Set([...allDocs].filter((doc) => doc !== docname));
  const entries: TocEntry[] = [];
  const missing: string[] = [];
  const notUrls: string[] = [];
  for (const raw of content.split('\n')) {
    const entry = raw.trim();
    if (!entry) continue;
    const explicit = EXPLICIT_TITLE.exec(entry);
    if (glob && GLOB.test(entry) && !explicit && !URL.test(entry)) {
      const matcher = compileGlob(docnameJoin(docname, entry));
      for (const match of [...remaining].filter((doc) => matcher(doc)).sort()) {
        remaining.delete(match);
        entries.push({ kind: 'doc', docname: match });
      }
      continue;
    }
    const ref = explicit ? explicit[2]!.trim() : entry;
    const title = explicit ? explicit[1]!.replace(/\0/g, '') : undefined;
    let target = ref;
    for (const suffix of suffixes) {
      if (target.endsWith(suffix)) {
        target = target.slice(0, -suffix.length);
        break;
      }
    }
    if (URL.test(ref)) {
      if (isUrl(ref)) entries.push({ kind: 'url', url: ref, ...(title ? { title } : {}) });
      else notUrls.push(entry);
    } else if (ref === 'self') entries.push({ kind: 'self', ...(title ? { title } : {}) });
    else {
      const absolute = docnameJoin(docname, target);
      if (!allDocs.has(absolute)) missing.push(absolute);
      else {
        remaining.delete(absolute);
        entries.push({ kind: 'doc', docname: absolute, ...(title ? { title } : {}) });
      }
    }
  }
  const maxdepth = Number.parseInt(options['maxdepth'] ?? '', 10);
  const caption = options['caption']?.trim();
  return {
    entries: has('reversed') ? entries.reverse() : entries,
    ...(caption ? { caption } : {}),
    hidden: has('hidden'),
    glob,
    ...(Number.isFinite(maxdepth) && maxdepth > 0 ? { maxdepth } : {}),
    titlesonly: has('titlesonly'),
    includehidden: has('includehidden'),
    numbered: has('numbered'),
    missing,
    notUrls,
  };
}

function isUrl(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    new globalThis.URL(text);
    return true;
  } catch {
    return false;
  }
}
