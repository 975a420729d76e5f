/**
 * Files the build writes beside each page from what its render stored: the Markdown twin (and each version's
 * `llms-full.txt`) and the reference previews.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { previewOf, type Preview } from '../../lib/refs/previews.ts';
import { resolveDoc } from '../../lib/refs/registry.ts';
import { publishTwin } from '../../lib/render/markdown-twin.ts';
import { readRenderedMarkdown, readRenderedMeta, readRenderedSections } from '../../lib/render/render-store.ts';
import type { TextSection } from '../../lib/render/text-sections.ts';
import { llmsSummary, llmsTitle } from '../../lib/site/llms-txt.ts';
import { llmsFull, readingList, twinUrl } from '../../lib/site/twins.ts';
import type { RenderedSite } from './docs-engine.ts';

/**
 * Each page's Markdown twin beside its HTML, and each version's `llms-full.txt`: every twin of the version in the
 * order of its tree (before the link check, which checks the links to them).
 */
export function writeTwins(outDir: string, renderDir: string, site: RenderedSite, origin: string): void {
  // One version's twins in memory at a time
  for (const version of site.snapshot.versions) {
    const pages = new Map(site.pages.filter((page) => page.version === version.id).map((page) => [page.url, page]));
    const twins = readingList(site.snapshot.navigation.get(version.id) ?? [], [...pages.keys()]).map((url) => {
      const page = pages.get(url)!;
      const twin = publishTwin(readRenderedMarkdown(renderDir, page.render.key), origin);
      const file = join(outDir, twinUrl(url));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, twin);
      return twin;
    });
    const text = llmsFull(llmsTitle(version.label), llmsSummary(version.label), twins);
    writeFileSync(join(outDir, version.id, 'llms-full.txt'), text);
  }
}

/**
 * Each page's reference previews, `previews.json` in its folder: the title and first words of every page and
 * section it links to (by `:ref`, `:doc` or a card), keyed by the link's `href`. The page's preview script fetches
 * it once, on the first preview asked for.
 */
export function writePreviews(outDir: string, renderDir: string, site: RenderedSite): void {
  for (const version of site.snapshot.versions) {
    const registry = site.snapshot.registries.get(version.id);
    if (!registry) continue;
    const pages = new Map(site.pages.filter((page) => page.version === version.id).map((page) => [page.url, page]));
    const sections = new Map<string, readonly TextSection[]>();
    const sectionsOf = (url: string, key: string) => {
      let found = sections.get(url);
      if (!found) sections.set(url, (found = readRenderedSections(renderDir, key)));
      return found;
    };
    for (const page of pages.values()) {
      const { references } = readRenderedMeta(renderDir, page.render.key);
      const links = [
        ...references.labels.flatMap((label) => {
          const target = registry.targets.get(label);
          return target?.kind === 'internal' ? [{ href: target.url, title: target.title }] : [];
        }),
        ...references.docs.flatMap((slug) => {
          const target = resolveDoc(registry, slug);
          return target ? [{ href: target.url, title: undefined }] : [];
        }),
      ];
      const previews: Record<string, Preview> = {};
      for (const { href, title } of links) {
        const [url = '', anchor = ''] = href.split('#');
        const target = pages.get(url);
        if (!target || previews[href]) continue;
        previews[href] = previewOf({
          page: target.frontmatter,
          sections: sectionsOf(url, target.render.key),
          anchor,
          sectionTitle: title,
        });
      }
      if (Object.keys(previews).length === 0) continue;
      writeFileSync(join(outDir, page.url, 'previews.json'), JSON.stringify(previews));
    }
  }
}
