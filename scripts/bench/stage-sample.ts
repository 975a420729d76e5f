/**
 * Writes a sampled corpus (`sample.ts`) into a project's `content/`, which holds everything of the real content
 * but its pages: the kept pages, each version's navigation without the pages left out, its references to them
 * rewritten (pages, partials, tables, HTML fragments), the labels now unresolved, and the legacy URLs of the kept
 * pages only. What still resolves is asked of the site's own reference registry, so the sample follows the
 * build's rules (partials' labels included).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { checkFrontmatter } from '../../src/lib/content/check-pages.ts';
import { contentPaths, pageUrl } from '../../src/lib/content/paths.ts';
import type { NavEntry } from '../../src/lib/navigation/nav-schema.ts';
import { buildRegistry, type PageSource } from '../../src/lib/refs/registry.ts';
import { versionShares, type CorpusPage } from './corpus.ts';
import { pruneNav, rewriteDropped, samplingOrder, sampleSlugs, type Remaining } from './sample.ts';

const slugOf = (path: string) => path.replace(/\.mdx?$/, '');

/** Every file under `dir` (none when it does not exist). */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
    : [];

/** Writes corpus pages into a `content/docs/` folder, each under its version. */
export function writePages(docsDir: string, pages: readonly CorpusPage[]): void {
  for (const page of pages) {
    const file = join(docsDir, page.version, page.path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, page.text);
  }
}

/**
 * Writes `total` of the real pages into `<root>/content/docs/`, each version's share sampled in its reading
 * order (`keep`: pages kept whatever their place, as `<version>/<slug>`), and makes the rest of `content/`
 * agree. Returns the pages written.
 */
export function stageSample(
  root: string,
  real: readonly CorpusPage[],
  total: number,
  keep: readonly string[],
): CorpusPage[] {
  const paths = contentPaths(root);
  const byVersion = Map.groupBy(real, (page) => page.version);
  const shares = versionShares(new Map([...byVersion].map(([version, list]) => [version, list.length])), total);
  const keptBy = new Map<string, CorpusPage[]>();
  for (const [version, pages] of byVersion) {
    const navFile = paths.navFile(version);
    const nav = parse(readFileSync(navFile, 'utf8')) as { items: NavEntry[] };
    const order = samplingOrder(
      nav.items,
      pages.map((page) => slugOf(page.path)),
    );
    const forced = keep.flatMap((entry) => (entry.startsWith(`${version}/`) ? [entry.slice(version.length + 1)] : []));
    const slugs = sampleSlugs(order, shares.get(version) ?? 0, forced);
    writeFileSync(navFile, stringify({ items: pruneNav(nav.items, slugs) }));
    keptBy.set(
      version,
      pages.filter((page) => slugs.has(slugOf(page.path))),
    );
  }
  const kept = [...keptBy.values()].flat();
  writePages(paths.docsDir, kept);

  const remaining = new Map<string, Remaining>();
  const pageIds = new Set<string>();
  for (const [version, pages] of keptBy) {
    const sources: PageSource[] = pages.map((page) => {
      const file = join(paths.docsDirOf(version), page.path);
      const frontmatter = checkFrontmatter(page.text, page.path).page?.frontmatter;
      if (frontmatter) pageIds.add(`${version}/${frontmatter.pageId}`);
      return { file, source: page.text, frontmatter };
    });
    const registry = buildRegistry(paths, version, sources);
    remaining.set(version, {
      labels: new Set(registry.targets.keys()),
      pages: new Set(registry.pages.keys()),
      urls: new Set([...registry.pages.values()].map((page) => page.url)),
    });
  }
  const urls = new Set([...remaining.values()].flatMap((version) => [...version.urls]));

  for (const [version, own] of remaining) {
    const unresolved = new Set<string>();
    const rewrite = (file: string, base?: string) => {
      const text = readFileSync(file, 'utf8');
      const rewritten = rewriteDropped(text, { ...own, urls }, unresolved, base);
      if (rewritten !== text) writeFileSync(file, rewritten);
    };
    // An HTML fragment's relative links start from the page that shows it.
    const fragmentBase = new Map<string, string>();
    for (const page of keptBy.get(version) ?? []) {
      const url = pageUrl(version, slugOf(page.path));
      rewrite(join(paths.docsDirOf(version), page.path));
      for (const [, name = ''] of page.text.matchAll(/::html\{src="([^"]+)"\}/g)) fragmentBase.set(name, url);
    }
    for (const file of [...filesUnder(paths.partialsDir(version)), ...filesUnder(paths.tablesDir(version))])
      rewrite(file);
    for (const [name, base] of fragmentBase) rewrite(paths.htmlFile(version, name), base);
    const file = paths.unresolvedRefsFile(version);
    const list = existsSync(file)
      ? (parse(readFileSync(file, 'utf8')) as { labels: { label: string }[] })
      : { labels: [] };
    const note = 'its page was left out of the bench sample';
    list.labels.push(...[...unresolved].sort().map((label) => ({ label, note })));
    writeFileSync(file, stringify(list));
  }

  const legacy = parse(readFileSync(paths.legacyUrlsFile, 'utf8')) as {
    redirects: { version: string; pageId: string }[];
  };
  legacy.redirects = legacy.redirects.filter((entry) => pageIds.has(`${entry.version}/${entry.pageId}`));
  writeFileSync(paths.legacyUrlsFile, stringify(legacy));
  return kept;
}
