/**
 * The fidelity oracle's check, pure parts: what a built page shows (from its HTML, without a browser), which
 * fragments a loss-report entry excuses, and whether each fragment the oracle extracted from the original sources
 * (scripts/oracle/extract.py → tests/fidelity/oracle/<version>.json.gz) is on its page.
 *
 * Matching follows tests/fidelity/check.ts (`checkPage`): code lines in a `<pre>`, headings in a heading, table
 * cells in a `<table>`, admonition content in an admonition that shows the admonition's title, the rest in
 * `<main>`, each as many times as the original has it. Normalisation is what a reader would accept as the same
 * text: whitespace, typographic quotes/dashes/ellipsis (Sphinx's smartquotes), invisible characters; case only for
 * the admonition title.
 */
import { parse } from 'parse5';
import { closestHint, countOccurrences } from '../../tests/fidelity/check.ts';
import { normalize } from '../../tests/fidelity/normalize.ts';

/** One fragment as the oracle stores it: kind, index into the document's `files`, line, text, admonition title. */
export type OracleFragment = [kind: string, file: number, line: number, text: string, admonition?: string];

export interface OracleDocument {
  readonly title: string;
  /** `files[0]` is the document; the others are files it includes. */
  readonly files: readonly string[];
  readonly fragments: readonly OracleFragment[];
  /** Lines a directive occupies: file index, first line, last line, directive name. */
  readonly spans: readonly [file: number, start: number, end: number, name: string][];
}

export interface OracleVersion {
  readonly format: number;
  readonly version: string;
  readonly rev: string;
  readonly commit: string;
  readonly documents: Readonly<Record<string, OracleDocument>>;
}

/** An entry of `content/import-report/<version>.json` `loss`. */
export interface LossEntry {
  readonly construct: string;
  readonly file: string;
  readonly line: number;
  readonly instead: string;
  readonly detail?: string;
  /** Last line of what the entry covers, when it spans lines that are not one directive (a patch). */
  readonly endLine?: number;
}

/** Texts of a built page, as tests/fidelity/check.ts's PageSnapshot. */
export interface PageTexts {
  readonly main: string;
  readonly headings: readonly string[];
  readonly pres: readonly string[];
  readonly asides: readonly string[];
  readonly tables: readonly string[];
  readonly links: readonly { readonly text: string; readonly href: string | null }[];
}

export interface Miss {
  /** `file:line` in the sources (the document or a file it includes). */
  readonly where: string;
  readonly kind: string;
  readonly text: string;
  /** Where it was looked for and what the page shows there instead. */
  readonly hint: string;
}

export interface DocumentResult {
  readonly total: number;
  readonly found: number;
  /** Fragments a loss-report entry covers (not checked). */
  readonly excused: number;
  readonly missing: readonly Miss[];
}

/**
 * The page side and the oracle side are compared after this: whitespace collapsed, and the typography Sphinx's
 * smartquotes (or the site) may apply folded — quotes, dashes, ellipsis, the arrow of a return annotation, invisible
 * characters. No word is dropped.
 */
export function fold(text: string): string {
  return normalize(
    text
      .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu, '')
      .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/gu, '"')
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/gu, "'")
      .replace(/[\u2010-\u2015\u2212]/gu, '-')
      .replace(/-{2,}/gu, '-')
      .replace(/\u2026/gu, '...')
      .replace(/\u2192/gu, '->'),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// HTML → PageTexts

interface HNode {
  readonly nodeName: string;
  readonly tagName?: string;
  readonly value?: string;
  readonly attrs?: readonly { name: string; value: string }[];
  readonly childNodes?: readonly HNode[];
  readonly content?: HNode;
}

function attr(node: HNode, name: string): string | null {
  return node.attrs?.find((a) => a.name === name)?.value ?? null;
}

function textContent(node: HNode): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (node.nodeName === '#comment') return '';
  let out = '';
  for (const c of node.childNodes ?? []) out += textContent(c);
  return out;
}

function isAdmonition(node: HNode): boolean {
  const cls = (attr(node, 'class') ?? '').split(/\s+/u);
  return cls.includes('admonition') || (node.tagName === 'aside' && attr(node, 'role') === 'note');
}

/** What tests/e2e/fidelity.spec.ts collects in the browser, from the page's HTML. */
export function pageTexts(html: string): PageTexts {
  const doc = parse(html) as unknown as HNode;
  const headings: string[] = [];
  const pres: string[] = [];
  const asides: string[] = [];
  const tables: string[] = [];
  const links: { text: string; href: string | null }[] = [];
  let main: HNode | null = null;
  const walk = (node: HNode, inMain: boolean): void => {
    const tag = node.tagName;
    let here = inMain;
    if (tag === 'main' && main === null) {
      main = node;
      here = true;
    }
    if (tag !== undefined) {
      if (/^h[1-6]$/u.test(tag)) headings.push(textContent(node));
      if (here) {
        if (tag === 'pre') pres.push(textContent(node));
        else if (tag === 'table') tables.push(textContent(node));
        else if (tag === 'a') links.push({ text: textContent(node), href: attr(node, 'href') });
        if (isAdmonition(node)) asides.push(textContent(node));
      }
    }
    for (const c of node.childNodes ?? []) walk(c, here);
    if (node.content !== undefined) walk(node.content, here);
  };
  walk(doc, false);
  return { main: main === null ? '' : textContent(main), headings, pres, asides, tables, links };
}

// ---------------------------------------------------------------------------------------------------------------
// Loss report → excused fragments

/**
 * Whether a fragment (file, line) is covered by a loss entry: the entry names the line of a construct; when a
 * directive starts on that line, everything the directive spans is covered, else that line only.
 */
export function excuser(doc: OracleDocument, losses: readonly LossEntry[]): (file: number, line: number) => boolean {
  const ranges: [number, number, number][] = [];
  for (const loss of losses) {
    const file = doc.files.indexOf(loss.file);
    if (file === -1) continue;
    const spans = doc.spans.filter(([f, start]) => f === file && start === loss.line);
    if (spans.length === 0) ranges.push([file, loss.line, loss.endLine ?? loss.line]);
    for (const [, start, end] of spans) ranges.push([file, start, end]);
  }
  return (file, line) => ranges.some(([f, start, end]) => f === file && line >= start && line <= end);
}

// ---------------------------------------------------------------------------------------------------------------
// The check

interface Target {
  readonly where: string;
  readonly hays: readonly string[];
}

/** Every fragment of `doc` on `page` (losses excused), as many times as the original has it. */
export function checkDocument(doc: OracleDocument, page: PageTexts, losses: readonly LossEntry[]): DocumentResult {
  const main = fold(page.main);
  const mainTight = main.replace(/\s+/gu, '');
  const pres = page.pres.map(fold);
  const headings = page.headings.map(fold);
  const asides = page.asides.map(fold);
  const asidesLower = asides.map((a) => a.toLowerCase());
  const tables = page.tables.map(fold);
  const excused = excuser(doc, losses);

  const target = (kind: string, admonition: string | undefined): Target => {
    if (kind === 'code') return { where: 'in a <pre>', hays: pres };
    if (kind === 'signature') return { where: 'in <main> (spaces ignored)', hays: [mainTight] };
    if (admonition !== undefined && admonition !== '') {
      const title = fold(admonition).toLowerCase();
      return {
        where: `in an admonition titled "${admonition}"`,
        hays: asides.filter((_, i) => asidesLower[i]?.includes(title)),
      };
    }
    if (kind === 'heading') return { where: 'in a heading', hays: headings };
    if (kind === 'cell') return { where: 'in a <table>', hays: tables };
    return { where: 'in <main>', hays: [main] };
  };

  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  const missing: Miss[] = [];
  let nExcused = 0;
  for (const [kind, file, line, raw, admonition] of doc.fragments) {
    if (excused(file, line)) {
      nExcused++;
      continue;
    }
    const text = kind === 'signature' ? fold(raw).replace(/\s+/gu, '') : fold(raw);
    if (text === '') continue;
    const t = target(kind, admonition);
    const key = `${t.where}\u0000${text}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    let count = counts.get(key);
    if (count === undefined) {
      count = t.hays.reduce((n, h) => n + countOccurrences(h, text), 0);
      counts.set(key, count);
    }
    if (count >= nth) continue;
    const tight = text.replace(/\s+/gu, '');
    const spacing =
      count === 0 && kind !== 'signature' && t.hays.some((h) => h.replace(/\s+/gu, '').includes(tight))
        ? ' (the page has it with different spacing)'
        : '';
    const hint =
      count > 0
        ? `expected at least ${nth} occurrence(s) ${t.where}, found ${count}`
        : `not ${t.where}: ${closestHint(text, t.hays.length > 0 ? t.hays : [main])}${spacing}`;
    missing.push({ where: `${doc.files[file] ?? doc.files[0]}:${line}`, kind, text: raw, hint });
  }
  const total = doc.fragments.length - nExcused;
  return { total, found: total - missing.length, excused: nExcused, missing };
}
