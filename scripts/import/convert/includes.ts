/**
 * `.. include::` → `::include{src="<name>"}` and a partial holding exactly the included slice. The Python
 * front-end parses the included lines in place, between a start and an end marker, so they are converted in the
 * including page's context (its title levels, labels, paths); here the blocks between the markers are cut out
 * into the partial. The partial's name is the included file's path without extension, plus a hash of the slice
 * options when only a part of the file is included.
 */
import { createHash } from 'node:crypto';
import { attr, type DElement } from '../doctree.ts';
import { codeFence } from '../escape.ts';
import { renderBlocks, text, type Block } from '../mdx.ts';
import type { Page } from './page.ts';

const SLICE_OPTIONS = ['start-line', 'end-line', 'start-after', 'end-before'];

/** The partial name of an include: `setup/install-templates/note`, or with a `--<hash>` of its slice. */
export function partialBase(path: string, options: Record<string, unknown>, literal: boolean): string {
  const stem = path.replace(/\.[^./]+$/, '');
  const slice = SLICE_OPTIONS.filter((option) => option in options).map(
    (option) => `${option}=${String(options[option])}`,
  );
  const suffix = slice.length ? `--${createHash('sha256').update(slice.join('\n')).digest('hex').slice(0, 8)}` : '';
  return `${stem}${suffix}${literal ? '--literal' : ''}`;
}

/** The block an include marker becomes while its page converts. */
export function includeMarker(node: DElement, page: Page): Block[] {
  const options = (node.a?.['options'] ?? {}) as Record<string, unknown>;
  const path = attr(node, 'path');
  const error = attr(node, 'error');
  if (error)
    page.fail(
      node,
      'include',
      `${error.replace(/^include: /, '')} in ${path}`,
      'fix the option to match the included file, with a patch in scripts/import/patches.yaml',
    );
  if (node.a?.['missing']) {
    page.missingFile(node, 'missing-include', path, 'nothing, as on the original site when the file was absent');
    return [];
  }
  if (node.a?.['literal'] !== undefined) {
    const language = typeof options['code'] === 'string' ? options['code'] : 'text';
    const base = partialBase(path, options, true);
    return [includeBlock(base, codeFence(attr(node, 'literal'), language || 'text'), page)];
  }
  const key = attr(node, 'key');
  if (attr(node, 'edge') === 'start') {
    const base = partialBase(path, options, false);
    page.includes.push(base);
    page.includeBases.set(key, base);
    return [{ kind: 'marker', edge: 'start', key }];
  }
  page.includes.pop();
  return [{ kind: 'marker', edge: 'end', key }];
}

function includeBlock(base: string, markdown: string, page: Page): Block {
  return text(page.version.partials.add(base, markdown, page.docname));
}

/**
 * Replaces each start…end marker range of a block list (and of the lists inside it) by an include of a partial
 * holding the range's Markdown. Innermost ranges first, so a nested include stays an include in its partial.
 */
export function collapseIncludes(blocks: readonly Block[], page: Page): Block[] {
  const out: Block[] = [];
  const starts: number[] = [];
  for (const block of blocks) {
    const inner = collapseInside(block, page);
    if (inner.kind === 'marker' && inner.edge === 'start') {
      starts.push(out.length);
      out.push(inner);
    } else if (inner.kind === 'marker' && inner.edge === 'end') {
      const start = starts.pop();
      if (start === undefined) continue; // its start was in another list: the include spans a structure
      const [marker, ...range] = out.splice(start);
      const base = page.includeBases.get((marker as Extract<Block, { kind: 'marker' }>).key) ?? '';
      out.push(includeBlock(base, renderBlocks(range), page));
    } else out.push(inner);
  }
  return out;
}

function collapseInside(block: Block, page: Page): Block {
  switch (block.kind) {
    case 'container':
      return { ...block, children: collapseIncludes(block.children, page) };
    case 'quote':
      return { ...block, children: collapseIncludes(block.children, page) };
    case 'list':
      return { ...block, items: block.items.map((item) => collapseIncludes(item, page)) };
    default:
      return block;
  }
}
