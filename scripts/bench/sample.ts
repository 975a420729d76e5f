/**
 * A corpus smaller than the real documentation: a sample of each version's pages, shaped like a smaller real
 * version (its home, then its navigation breadth-first: the top sections and their first levels before deeper
 * pages). Pure: it takes the pages' slugs, navigation and text and returns what the bench writes.
 *
 * The pages left out are still named by the pages kept (references, `:doc` links, cards, Markdown links). A
 * reference to a label no kept page defines becomes one the original could not resolve (listed in the version's
 * `unresolved-refs.yaml`, shown as plain text), as does a `:doc` link or a card to a page left out; a Markdown link
 * to a page left out leads to its version's home. So the sample builds with every gate on, and its pages keep
 * the weight of their references.
 */
import type { NavEntry } from '../../src/lib/navigation/nav-schema.ts';
import { docSlug } from '../../src/lib/refs/registry.ts';

const HOME = 'index';

/** Slugs in sampling order: the home page, the navigation breadth-first, then the pages outside it, sorted. */
export function samplingOrder(items: readonly NavEntry[], slugs: readonly string[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const take = (slug: string) => {
    if (!seen.has(slug)) order.push(slug);
    seen.add(slug);
  };
  if (slugs.includes(HOME)) take(HOME);
  const existing = new Set(slugs);
  let level: readonly NavEntry[] = items;
  while (level.length > 0) {
    const next: NavEntry[] = [];
    for (const entry of level) {
      if ('page' in entry && existing.has(entry.page)) take(entry.page);
      if ('items' in entry && entry.items) next.push(...entry.items);
    }
    level = next;
  }
  for (const slug of [...slugs].sort()) take(slug);
  return order;
}

/** The first `count` slugs of `order`, and those of `keep` that exist besides. */
export function sampleSlugs(order: readonly string[], count: number, keep: readonly string[] = []): Set<string> {
  const kept = new Set(order.slice(0, count));
  for (const slug of keep) if (order.includes(slug)) kept.add(slug);
  return kept;
}

/**
 * The navigation without the entries of pages left out: an entry left out gives its place to its kept
 * descendants; a caption with nothing left under it goes too.
 */
export function pruneNav(items: readonly NavEntry[], kept: ReadonlySet<string>): NavEntry[] {
  return items.flatMap((entry): NavEntry[] => {
    if ('url' in entry) return [entry];
    const children = pruneNav(entry.items ?? [], kept);
    if ('caption' in entry) return children.length > 0 ? [{ ...entry, items: children }] : [];
    if (!kept.has(entry.page)) return children;
    return [{ ...entry, ...(entry.items ? { items: children } : {}) }];
  });
}

/** What exists in a sampled version, to tell a reference that still resolves from one that no longer does. */
export interface Remaining {
  /** The labels defined by the kept pages and the partials they show. */
  labels: ReadonlySet<string>;
  /** The kept pages' slugs. */
  pages: ReadonlySet<string>;
  /** The kept pages' URLs, of every version (Markdown links may cross versions). */
  urls: ReadonlySet<string>;
}

/** Index just after the bracketed text opening at `start` (`[` … `]`, nested brackets and escapes allowed). */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const char = text[at];
    if (char === '\\') at += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) return at + 1;
  }
  return -1;
}

/**
 * References (`:ref`, `:badge`) to labels that are gone, listed as unresolved, and `:doc` links to pages left out,
 * turned into references to an unresolved label (the slug).
 */
function rewriteRoles(text: string, remaining: Remaining, unresolved: Set<string>): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(/:(ref|badge|doc)(?=[[{])/g)) {
    const at = match.index;
    const attributes = at + match[0].length;
    const open = text[attributes] === '[' ? closingBracket(text, attributes) : attributes;
    const block = open < 0 ? undefined : /^\{((?:"[^"]*"|[^}"])*)\}/.exec(text.slice(open))?.[1];
    const to = block === undefined ? undefined : /(?:^|\s)to="([^"]+)"/.exec(block)?.[1];
    if (to === undefined) continue;
    if (match[1] !== 'doc') {
      if (!remaining.labels.has(to)) unresolved.add(to);
    } else if (!remaining.pages.has(docSlug(to))) {
      if (!remaining.labels.has(to)) unresolved.add(to);
      out += `${text.slice(from, at)}:ref`;
      from = attributes;
    }
  }
  return out + text.slice(from);
}

/** Whether a link of the docs' text names a page of a version that is not among `urls` (none: not a page link). */
function leftOut(url: string, urls: ReadonlySet<string>): string | undefined {
  const home = /^\/(?:latest|v\d[^/]*)\//.exec(url)?.[0];
  return home !== undefined && !urls.has(url.replace(/index\.html$/, '')) ? home : undefined;
}

/**
 * One text of a sampled version (a page, a partial, a table, an HTML fragment) with its references to what was
 * left out rewritten; the labels to list as unresolved are added to `unresolved`. A link to a page left out
 * leads to its version's home instead; `base` is the URL relative links start from (the page that shows the text).
 */
export function rewriteDropped(text: string, remaining: Remaining, unresolved: Set<string>, base?: string): string {
  return rewriteRoles(text, remaining, unresolved)
    .replace(
      /\{([^{}\n]*)\blinkType="(doc|ref)"([^{}\n]*)\}/g,
      (whole, before: string, type: string, after: string) => {
        const link = /\blink="([^"]+)"/.exec(before + after)?.[1];
        if (link === undefined) return whole;
        if (type === 'ref') {
          if (!remaining.labels.has(link)) unresolved.add(link);
          return whole;
        }
        if (remaining.pages.has(docSlug(link))) return whole;
        if (!remaining.labels.has(link)) unresolved.add(link);
        return `{${before}linkType="ref"${after}}`;
      },
    )
    .replace(/(\]\(|href=")([^)"#\s]+)(#[^)"\s]*)?/g, (whole, head: string, link: string) => {
      if (/^[a-z]+:/i.test(link) || (!link.startsWith('/') && base === undefined)) return whole;
      const url = link.startsWith('/') ? link : new URL(link, `http://site${base}`).pathname;
      const home = leftOut(url, remaining.urls);
      return home === undefined ? whole : `${head}${home}`;
    });
}
