/**
 * Converts the Sphinx RST pages listed in `scripts/import-manifest.ts` (sources in `originals/`) into MDX pages,
 * Markdown partials and typed table data. Run: `node scripts/import-rst.ts` to write the files, or with `--check`
 * to fail (exit 1) when a committed file differs from what the importer generates now.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Document, isScalar, isSeq, visit } from 'yaml';
import { convertPage, convertPartial } from '../src/lib/rst-import/convert-page.ts';
import { ImportError } from '../src/lib/rst-import/source.ts';
import { tableData } from '../src/lib/tables/schemas.ts';
import { pages, partials } from './import-manifest.ts';
import { originalPath } from './originals.ts';

/** YAML with short lists of plain values on one line (`formats: [deb, rpm]`), like hand-written data files. */
function toYaml(data: object): string {
  const document = new Document(data);
  visit(document, {
    Seq(_key, node) {
      if (isSeq(node) && node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const check = process.argv.slice(2).includes('--check');
const root = process.cwd();

const outputs = new Map<string, string>();
let warnings = 0;
const warn = (file: string) => (line: number, message: string) => {
  warnings++;
  console.warn(`warning: ${file}:${line}: ${message}`);
};

try {
  for (const page of pages) {
    const converted = convertPage(
      readFileSync(originalPath(page.source), 'utf8'),
      { file: page.source, ...page },
      warn(page.source),
    );
    outputs.set(join('content/docs', page.version, `${page.slug}.mdx`), converted.mdx);
    for (const table of converted.tables) {
      const result = tableData.safeParse(table.data);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
        throw new ImportError(page.source, table.line, `table "${table.name}" does not match its schema: ${issues}`);
      }
      const header = `# Imported from ${page.source} (table at line ${table.line}) by scripts/import-rst.ts.\n`;
      outputs.set(join('content/data', page.version, 'tables', `${table.name}.yaml`), header + toYaml(table.data));
    }
  }
  for (const partial of partials) {
    const markdown = convertPartial(
      readFileSync(originalPath(partial.source), 'utf8'),
      partial.source,
      warn(partial.source),
    );
    outputs.set(join('content/partials', partial.version, `${partial.name}.md`), markdown);
  }
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}

let stale = 0;
for (const [path, text] of outputs) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`${relative(root, file)}: ${current === undefined ? 'missing' : 'differs from the importer output'}`);
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${path}`);
  }
}
console.log(`${outputs.size} files, ${warnings} warning(s)${check ? `, ${stale} out of date` : ''}`);
if (check && stale > 0) {
  console.error('Run `node scripts/import-rst.ts` to regenerate, and commit the result.');
  process.exit(1);
}
