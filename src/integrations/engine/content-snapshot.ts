import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFrontmatter, checkPageIds, type CheckedPage } from '../../lib/content/check-pages.ts';
import type { Frontmatter } from '../../lib/content/frontmatter-schema.ts';
import { PAGE_EXTENSIONS, pageUrl, type ContentPaths } from '../../lib/content/paths.ts';
import { loadVersions } from '../../lib/content/versions.ts';
import type { Version } from '../../lib/content/versions-schema.ts';
import { ContentError, type Problem } from '../../lib/diagnostics/problem.ts';
import { loadYamlData } from '../../lib/diagnostics/yaml-data.ts';
import { navSchema } from '../../lib/navigation/nav-schema.ts';
import { buildNavTree, type NavNode } from '../../lib/navigation/nav-tree.ts';
import { buildRegistry, type PageSource, type RefRegistry } from '../../lib/refs/registry.ts';
import { createTableLoader, type TableLoader } from '../../lib/tables/load-table.ts';
import { GENERATED_SEGMENTS } from '../../lib/versions/page-map.ts';

/** A page of a version, read and checked. */
export interface PageRecord {
  /** The file (absolute) and as shown to authors. */
  file: string;
  shown: string;
  version: string;
  slug: string;
  url: string;
  source: string;
  frontmatter: Frontmatter;
}

/** All content of the site as one build sees it, with the problems found before rendering. */
export interface ContentSnapshot {
  versions: Version[];
  /** Pages with valid frontmatter, sorted by file. */
  pages: PageRecord[];
  registries: Map<string, RefRegistry>;
  /** Each version's navigation tree, from its `nav.yaml`. */
  navigation: Map<string, NavNode[]>;
  tables: TableLoader;
  /** Versions, frontmatter, page ids, URLs, labels and table data that are wrong. */
  problems: Problem[];
}

/** Every page file of a version, sorted so that reports are stable. */
export function listPageFiles(paths: ContentPaths, version: string): string[] {
  const root = paths.docsDirOf(version);
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((name) => PAGE_EXTENSIONS.some((ext) => name.endsWith(ext)))
    .map((name) => join(root, name))
    .sort();
}

/**
 * Reads and checks all content before anything is rendered: versions, every page's frontmatter, page ids and
 * URLs, the label registry of each version (with its duplicates) and every table data file.
 */
export function readContent(paths: ContentPaths): ContentSnapshot {
  const problems: Problem[] = [];
  let versions: Version[];
  try {
    versions = loadVersions(paths);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return {
      versions: [],
      pages: [],
      registries: new Map(),
      navigation: new Map(),
      tables: createTableLoader(paths),
      problems: [...error.problems],
    };
  }
  const tables = createTableLoader(paths);
  const pages: PageRecord[] = [];
  const registries = new Map<string, RefRegistry>();
  const navigation = new Map<string, NavNode[]>();
  for (const { id: version } of versions) {
    const checked: CheckedPage[] = [];
    const sources: PageSource[] = listPageFiles(paths, version).map((file) => ({
      file,
      source: readFileSync(file, 'utf8'),
    }));
    const byUrl = new Map<string, string>();
    for (const entry of sources) {
      const { file, source } = entry;
      const shown = paths.displayPath(file);
      const location = paths.locatePage(file);
      const { page, problems: found } = checkFrontmatter(source, shown);
      problems.push(...found);
      if (!page || !location) continue;
      const url = pageUrl(location.version, location.slug);
      const generated = GENERATED_SEGMENTS.find((segment) => location.slug.split('/')[0] === segment);
      if (generated) {
        problems.push({
          code: 'duplicate-url',
          file: shown,
          message: `this page would be published at ${url}, under /${version}/${generated}/, where the site's generated pages are`,
          hint: `move the file out of the folder "${generated}" (the names ${GENERATED_SEGMENTS.map((s) => `"${s}"`).join(', ')} are taken at the top of a version)`,
        });
        continue;
      }
      const other = byUrl.get(url);
      if (other) {
        problems.push({
          code: 'duplicate-url',
          file: shown,
          message: `this page and ${other} are both published at ${url}`,
          hint: 'a folder’s `index.mdx` is the folder’s URL: rename or move one of the two files',
        });
        continue;
      }
      byUrl.set(url, shown);
      checked.push(page);
      entry.frontmatter = page.frontmatter;
      pages.push({ file, shown, version, slug: location.slug, url, source, frontmatter: page.frontmatter });
    }
    problems.push(...checkPageIds(checked));
    const registry = buildRegistry(paths, version, sources);
    registries.set(version, registry);
    problems.push(...registry.problems, ...tables.check(version));
    const slugs = sources.flatMap(({ file }) => paths.locatePage(file)?.slug ?? []);
    const nav = readNavigation(paths, version, slugs, pages);
    navigation.set(version, nav.tree);
    problems.push(...nav.problems);
  }
  return { versions, pages, registries, navigation, tables, problems };
}

/**
 * A version's navigation tree from its `nav.yaml`, which every version has. An entry may name any page file of
 * the version (`slugs`): one whose frontmatter is wrong is reported for that, not as a missing page.
 */
function readNavigation(
  paths: ContentPaths,
  version: string,
  slugs: readonly string[],
  pages: readonly PageRecord[],
): { tree: NavNode[]; problems: Problem[] } {
  const file = paths.navFile(version);
  const shown = paths.displayPath(file);
  if (!existsSync(file)) {
    const hint = 'list the version’s pages in reading order there (see “Navigation” in CONTRIBUTING.md)';
    return { tree: [], problems: [{ code: 'invalid-data', file: shown, message: 'does not exist', hint }] };
  }
  const result = loadYamlData(file, navSchema, shown);
  if (!result.ok) return { tree: [], problems: result.problems };
  const titles = new Map(
    pages
      .filter((page) => page.version === version)
      .map((page) => [page.slug, page.frontmatter.nav.label ?? page.frontmatter.title]),
  );
  const info = new Map(slugs.map((slug) => [slug, { slug, label: titles.get(slug) ?? slug }]));
  return buildNavTree(result.data.items, version, info, { file: shown, lineOf: result.lineOf });
}
