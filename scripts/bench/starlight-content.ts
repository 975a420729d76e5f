/**
 * Writes the Starlight version of a corpus: reads the corpus' `content/` folder (pages, partials, tables,
 * external and unresolved labels of every version) and writes `src/content/docs/<version>/<path>.mdx`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { includedPartials } from '../../src/lib/content/partials.ts';
import { pageUrl } from '../../src/lib/content/paths.ts';
import { docSlug } from '../../src/lib/refs/registry.ts';
import { loadYamlData } from '../../src/lib/diagnostics/yaml-data.ts';
import { externalRefsSchema, unresolvedRefsSchema } from '../../src/lib/refs/external-refs-schema.ts';
import { tableData } from '../../src/lib/tables/schemas.ts';
import { toTableModel, type TableModel } from '../../src/lib/tables/table-model.ts';
import { starlightLabels, toStarlightPage } from './starlight-convert.ts';

function yamlData<T>(file: string, load: (file: string) => { ok: true; data: T } | { ok: false }): T | undefined {
  if (!existsSync(file)) return undefined;
  const result = load(file);
  if (!result.ok) throw new Error(`invalid data in ${file}`);
  return result.data;
}

/** The page files of a folder, relative to it, sorted. */
export function pageFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
    .sort();
}

/** Converts every version of `<contentDir>/docs` into `<docsOut>/<version>/…`; returns the pages written. */
export function writeStarlightContent(contentDir: string, docsOut: string): number {
  let written = 0;
  for (const version of readdirSync(join(contentDir, 'docs'))) {
    const root = join(contentDir, 'docs', version);
    const data = join(contentDir, 'data', version);
    const pages = pageFiles(root).map((path) => ({
      path,
      slug: path.replace(/\.mdx?$/, ''),
      text: readFileSync(join(root, path), 'utf8'),
    }));
    const external = yamlData(join(data, 'external-refs.yaml'), (f) => loadYamlData(f, externalRefsSchema, f));
    const unresolved = yamlData(join(data, 'unresolved-refs.yaml'), (f) => loadYamlData(f, unresolvedRefsSchema, f));
    const partial = (name: string) => {
      const file = join(contentDir, 'partials', version, `${name}.md`);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    // A partial's labels are those of each page that shows it.
    const shown = pages.map((page) => ({
      slug: page.slug,
      text: [page.text, ...includedPartials(page.text, partial).map((included) => included.source)].join('\n\n'),
    }));
    const labels = starlightLabels(
      version,
      shown,
      external?.refs ?? [],
      unresolved?.labels.map(({ label }) => label) ?? [],
    );
    const tables = new Map<string, TableModel | undefined>();
    const slugs = new Set(pages.map((page) => page.slug));
    const context = {
      labels,
      docUrl: (slug: string) => {
        const clean = docSlug(slug);
        return slugs.has(clean) ? pageUrl(version, clean) : undefined;
      },
      partial,
      table: (name: string) => {
        if (!tables.has(name)) {
          const table = yamlData(join(data, 'tables', `${name}.yaml`), (f) => loadYamlData(f, tableData, f));
          tables.set(name, table && toTableModel(table));
        }
        return tables.get(name);
      },
    };
    for (const page of pages) {
      const file = join(docsOut, version, page.path.replace(/\.md$/, '.mdx'));
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(file, toStarlightPage(page.text, context));
      } catch (error) {
        throw new Error(`${version}/${page.path}: ${(error as Error).message}`, { cause: error });
      }
      written += 1;
    }
  }
  return written;
}
