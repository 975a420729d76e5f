import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../../content');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .map((name) => join(dir, name));
}

const stripFrontmatter = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

// Syntax check of what the importer wrote: the site's pipeline (remark-directive on MDX) must parse every page.
describe('generated MDX', () => {
  const pages = files(join(contentDir, 'docs'), '.mdx').filter((file) => readFileSync(file, 'utf8').includes('by scripts/import-rst.ts'));

  it('finds the imported pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((file) => [file.slice(contentDir.length + 1), file]))('%s compiles', async (_name, file) => {
    await expect(compile(stripFrontmatter(readFileSync(file, 'utf8')), { remarkPlugins: [remarkDirective] })).resolves.toBeDefined();
  });

  it.each(files(join(contentDir, 'partials'), '.md').map((file) => [file.slice(contentDir.length + 1), file]))('%s compiles as Markdown', async (_name, file) => {
    await expect(compile(readFileSync(file, 'utf8'), { format: 'md', remarkPlugins: [remarkDirective] })).resolves.toBeDefined();
  });
});
