import { existsSync, readFileSync } from 'node:fs';
import { render } from 'astro:content';
import { LEGACY_URLS_FILE, partialFile, displayPath } from '../content/paths.ts';
import { currentVersion, loadVersions } from '../content/versions.ts';
import { problems as collector } from '../diagnostics/collector.ts';
import { ContentError } from '../diagnostics/problem.ts';
import { loadYamlData } from '../diagnostics/yaml-data.ts';
import { buildSidebar, type NavSection } from '../navigation/sidebar.ts';
import { plainTitle } from '../refs/plain-title.ts';
import { getRegistry } from '../refs/registry.ts';
import { getDocPages, type DocPage } from '../site/doc-pages.ts';
import { perBuild } from '../site/per-build.ts';
import { loadTable } from '../tables/load-table.ts';
import { toTableModel } from '../tables/table-model.ts';
import { resolveLegacyRedirects, type LegacyRedirect } from './legacy-redirects.ts';
import { legacyUrlsSchema } from './legacy-urls-schema.ts';
import { pageAnchors, sharedAnchors } from './page-anchors.ts';
import { createPageMap, type PageMap } from './page-map.ts';
import { pageSections, type TextResolvers, type TextSection } from './page-text.ts';
import { buildVersionMenu, type VersionMenu } from './version-menu.ts';

/*
 * The build-time glue between the content collection and the pure versioning modules of this folder. Only this
 * module touches `astro:content`, so everything else here is unit-tested without Astro.
 */

/** The page map of every page of every version, built once per build. */
export const getPageMap: () => Promise<PageMap> = perBuild(() =>
  getDocPages().then((pages) =>
    createPageMap(
      pages.map((page) => ({
        version: page.version,
        slug: page.slug,
        pageId: page.entry.data.pageId,
        title: page.entry.data.title,
      })),
    ),
  ),
);

const byLocation = perBuild(() =>
  getDocPages().then((pages) => new Map(pages.map((page) => [`${page.version}/${page.slug}`, page]))),
);

/** The collection entry of a page of the map (indexed: every page's menu looks up its counterparts). */
export async function docPage(version: string, slug: string): Promise<DocPage | undefined> {
  return (await byLocation()).get(`${version}/${slug}`);
}

const anchors = new Map<string, Promise<Set<string>>>();

/**
 * Every anchor of a page: the heading ids as the build rendered them (Astro's `headings`, cheap: MDX computes
 * them at compile time) and the Sphinx ids of its labels.
 */
export function anchorsOf(page: DocPage): Promise<Set<string>> {
  let found = import.meta.env.DEV ? undefined : anchors.get(page.entry.id); // see perBuild: edits in dev
  if (!found) {
    found = render(page.entry).then(({ headings }) =>
      pageAnchors({
        labels: page.entry.data.labels,
        body: page.entry.body ?? '',
        headingIds: headings.map((heading) => heading.slug),
      }),
    );
    anchors.set(page.entry.id, found);
  }
  return found;
}

/**
 * The version menu of a page. Each link to another version that has the page carries the anchors both pages
 * share, so the menu script keeps the reader's `#section` only when it exists on the target (see
 * `src/scripts/version-menu.ts`). Generated pages about a page (its "what changed") pass `keepAnchors = false`:
 * they do not have the page's sections.
 */
export async function versionMenuOf(pageId: string, version: string, keepAnchors = true): Promise<VersionMenu> {
  const map = await getPageMap();
  const here = map.find(pageId, version);
  const own = keepAnchors && here ? await docPage(here.version, here.slug) : undefined;
  const shared = new Map<string, string[]>();
  if (own) {
    const mine = await anchorsOf(own);
    for (const other of map.versionsOf(pageId)) {
      if (other.version === version) continue;
      const page = await docPage(other.version, other.slug);
      if (page) shared.set(other.version, sharedAnchors(mine, await anchorsOf(page)));
    }
  }
  return buildVersionMenu({ pageId, version }, loadVersions(), map, (id) => shared.get(id) ?? []);
}

/** The sidebar of a version, with `currentSlug` marked (none for generated pages). */
export async function versionSidebar(version: string, currentSlug = ''): Promise<NavSection[]> {
  const pages = (await getDocPages()).filter((page) => page.version === version);
  return buildSidebar(
    pages.map((page) => ({
      slug: page.slug,
      title: page.entry.data.title,
      section: page.entry.data.nav.section,
      order: page.entry.data.nav.order,
      label: page.entry.data.nav.label,
    })),
    version,
    currentSlug,
  );
}

/** Resolves directives to text in one version: reference titles, partials and tables as that version has them. */
export function textResolvers(version: string): TextResolvers {
  const resolvers: TextResolvers = {
    refTitle: (label) => {
      const target = getRegistry(version).targets.get(label);
      if (!target || target.kind === 'unresolved') return undefined;
      // Titles from the original site are inline Markdown (``neuron-rtd``); the page shows their text.
      return target.kind === 'external' ? plainTitle(target.title) : target.title;
    },
    partial: (name) => {
      const file = partialFile(version, name);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    },
    table: (name) => {
      const loaded = loadTable(version, name);
      if (!loaded.ok) return undefined;
      const model = toTableModel(loaded.data);
      const text = (markdown: string) =>
        pageSections(markdown, resolvers)
          .flatMap((section) => section.blocks)
          .join(' ');
      return [
        text(model.caption.markdown),
        model.head.map((cell) => text(cell.markdown)).join(' | '),
        ...model.rows.map((row) => row.cells.map((cell) => text(cell.markdown)).join(' | ')),
        ...model.footnotes.map((note) => `${note.mark} ${text(note.text.markdown)}`),
      ].filter(Boolean);
    },
  };
  return resolvers;
}

/** The text of a page, section by section, with its directives resolved in its own version. */
export function sectionsOf(page: DocPage): TextSection[] {
  return pageSections(page.entry.body ?? '', textResolvers(page.version));
}

/** Whether a version is the current one. */
export const isCurrent = (version: string): boolean => currentVersion().id === version;

/**
 * The legacy redirects from `content/data/legacy-urls.yaml`. Bad data, or an entry naming a page that does not
 * exist, is reported through the build's problem collector (the build then fails with its file and line).
 */
export async function getLegacyRedirects(): Promise<LegacyRedirect[]> {
  if (!existsSync(LEGACY_URLS_FILE)) return [];
  const result = loadYamlData(LEGACY_URLS_FILE, legacyUrlsSchema);
  if (!result.ok) throw new ContentError(result.problems);
  const { redirects, unknown } = resolveLegacyRedirects(result.data.redirects, await getPageMap());
  collector.report(
    unknown.map(({ index, message }) => ({
      code: 'invalid-data',
      file: displayPath(LEGACY_URLS_FILE),
      line: result.lineOf(['redirects', index]),
      message,
      hint: 'set `version` and `pageId` to a page that exists (see the page’s frontmatter)',
    })),
  );
  return redirects;
}
