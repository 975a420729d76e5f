/**
 * Matching fragments against what a built page shows. Pure: the e2e spec collects a PageSnapshot
 * in the browser and calls checkPage(); unit tests call it on hand-made snapshots.
 */
import { normalize } from './normalize.ts';
import { describe } from './types.ts';
import type { Fragment } from './types.ts';

/** Texts of a built page (raw textContent; normalized here). */
export interface PageSnapshot {
  /** textContent of `<main>`. */
  readonly main: string;
  /** textContent of every `<h1>`–`<h6>` on the page (the title may sit outside `<main>`). */
  readonly headings: readonly string[];
  /** textContent of every `<pre>` in `<main>`. */
  readonly pres: readonly string[];
  /** textContent of every admonition (`.admonition`, a `role=note` box with its title) in `<main>`. */
  readonly asides: readonly string[];
  /** textContent of every `<table>` in `<main>`. */
  readonly tables: readonly string[];
  /** Every `<a>` in `<main>`: textContent and the href attribute as written. */
  readonly links: readonly { readonly text: string; readonly href: string | null }[];
}

export interface CheckResult {
  readonly total: number;
  readonly found: number;
  /** One readable line per missing fragment. */
  readonly missing: readonly string[];
}

/** Non-overlapping occurrences of `needle` in `hay`. */
export function countOccurrences(hay: string, needle: string): number {
  if (needle === '') return 0;
  let n = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Where the page stops agreeing with the fragment: the longest word prefix found, and what follows. */
export function closestHint(expected: string, hays: readonly string[]): string {
  const words = expected.split(' ');
  const has = (k: number): boolean => hays.some((h) => h.includes(words.slice(0, k).join(' ')));
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return 'no part of it is on the page';
  const prefix = words.slice(0, lo).join(' ');
  const hay = hays.find((h) => h.includes(prefix)) ?? '';
  const at = hay.indexOf(prefix) + prefix.length;
  const tail = (s: string): string => JSON.stringify(s.slice(0, 60));
  return `the page agrees up to ${JSON.stringify(prefix.slice(-60))}, then expects ${tail(expected.slice(prefix.length))} but shows ${tail(hay.slice(at))}`;
}

interface Target {
  readonly where: string;
  readonly hays: readonly string[];
}

/**
 * Every fragment must be on the page, as many times as the original has it (an included file
 * rendered six times must be there six times). Where it must be depends on its kind:
 * code lines in a `<pre>`, headings in a heading, admonition content in an admonition box that also
 * shows the admonition's title, table cells somewhere in a `<table>`,
 * links as an `<a>` with exactly that text (and that href when one is known); the rest in `<main>`.
 */
export function checkPage(fragments: readonly Fragment[], page: PageSnapshot, url: string): CheckResult {
  const main = normalize(page.main);
  const pres = page.pres.map(normalize);
  const headings = page.headings.map(normalize);
  const asides = page.asides.map(normalize);
  const tables = page.tables.map(normalize);
  const links = page.links.map((l) => ({ text: normalize(l.text), href: l.href }));

  const target = (f: Fragment): Target => {
    if (f.kind === 'code') return { where: 'in a <pre>', hays: pres };
    if (f.admonition !== undefined) {
      const title = f.admonition;
      return { where: `in an admonition titled "${title}"`, hays: asides.filter((a) => a.includes(title)) };
    }
    if (f.kind === 'heading') return { where: 'in a heading', hays: headings };
    if (f.kind === 'cell') return { where: 'in a <table>', hays: tables };
    return { where: 'in <main>', hays: [main] };
  };

  const missing: string[] = [];
  const seen = new Map<string, number>();
  for (const raw of fragments) {
    const f: Fragment = { ...raw, text: normalize(raw.text) };
    if (f.kind === 'link') {
      const key = `link\u0000${f.text}\u0000${f.href ?? ''}`;
      const nth = (seen.get(key) ?? 0) + 1;
      seen.set(key, nth);
      const matching = links.filter((l) => l.text === f.text && (f.href === undefined || l.href === f.href));
      if (matching.length >= nth) continue;
      const sameText = links.filter((l) => l.text === f.text).map((l) => l.href);
      const why =
        sameText.length > 0
          ? `links with that text point to ${JSON.stringify(sameText)}`
          : `no <a> has that text${f.linkType === 'ref' ? ' (a :ref: needs a link; any href)' : ''}`;
      missing.push(`${describe(f)} not found as link #${nth} on ${url}: ${why}`);
      continue;
    }
    const t = target(f);
    const key = `${t.where}\u0000${f.text}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    const count = t.hays.reduce((n, h) => n + countOccurrences(h, f.text), 0);
    if (count >= nth) continue;
    const hint =
      count > 0
        ? `expected at least ${nth} occurrence(s), found ${count}`
        : closestHint(f.text, t.hays.length > 0 ? t.hays : [main]);
    missing.push(`${describe(f)} not found ${t.where} on ${url} (${hint})`);
  }
  return { total: fragments.length, found: fragments.length - missing.length, missing };
}
