import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
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
  const pages = files(join(contentDir, 'docs'), '.mdx').filter((file) =>
    readFileSync(file, 'utf8').includes('by scripts/import-rst.ts'),
  );

  it('finds the imported pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
  });

  it.each(pages.map((file) => [file.slice(contentDir.length + 1), file]))('%s compiles', async (_name, file) => {
    const source = stripFrontmatter(readFileSync(file, 'utf8'));
    const found = { refs: 0, containers: 0, leaves: 0, leaked: [] as string[] };
    const collect = () => (tree: Node) => {
      visit(tree, (node: Node & { name?: string; value?: string }) => {
        if (node.type === 'textDirective' && node.name === 'ref') found.refs++;
        if (node.type === 'containerDirective') found.containers++;
        if (node.type === 'leafDirective') found.leaves++;
        // Directive syntax that ended up as text means the emitter produced something the parser did not read.
        if (node.type === 'text' && /:ref|::|\{to=/.test(node.value ?? '')) found.leaked.push(node.value ?? '');
      });
    };
    await compile(source, { remarkPlugins: [remarkDirective, collect] });
    expect(found.leaked).toEqual([]);
    expect(found.refs).toBe(source.match(/(^|[^\\]):ref[[{]/g)?.length ?? 0);
    expect(found.containers).toBe(source.match(/^\s*:::[a-z]/gm)?.length ?? 0);
    expect(found.leaves).toBe(source.match(/^\s*::[a-z]/gm)?.length ?? 0);
  });

  it.each(files(join(contentDir, 'partials'), '.md').map((file) => [file.slice(contentDir.length + 1), file]))(
    '%s compiles as Markdown',
    async (_name, file) => {
      await expect(
        compile(readFileSync(file, 'utf8'), { format: 'md', remarkPlugins: [remarkDirective] }),
      ).resolves.toBeDefined();
    },
  );
});
