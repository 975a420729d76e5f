/**
 * Tables → data files (`kind: generic`, see docs/components.md) shown with `::table{src}`. Every docutils table
 * (grid, simple, list-table, csv-table, df-table, datatemplate output) reaches here as the same `table` node:
 * header rows from `thead`, stub columns from `colspec stub`, spans from `morecols`/`morerows`. A cell is
 * Markdown: one line when it is one paragraph, a block otherwise.
 */
import { attr, children, elements, type DElement } from '../doctree.ts';
import { leaf, renderBlocks, type Block } from '../mdx.ts';
import { convertBlocks } from './blocks.ts';
import { convertInline } from './inline.ts';
import type { Page } from './page.ts';
import { yamlFile } from './version.ts';

export type GenericCell = string | { text: string; colspan?: number; rowspan?: number };

export interface GenericTable {
  kind: 'generic';
  caption?: string;
  headerRows: number;
  headerColumns: number;
  widths?: number[];
  rows: GenericCell[][];
}

function cell(entry: DElement, page: Page): GenericCell {
  const blocks = convertBlocks(children(entry), page, 2);
  const markdown = renderBlocks(blocks);
  const colspan = Number(entry.a?.['morecols'] ?? 0) + 1;
  const rowspan = Number(entry.a?.['morerows'] ?? 0) + 1;
  if (colspan === 1 && rowspan === 1) return markdown;
  return { text: markdown, ...(colspan > 1 ? { colspan } : {}), ...(rowspan > 1 ? { rowspan } : {}) };
}

export function tableModel(node: DElement, page: Page): GenericTable {
  const title = elements(node).find((child) => child.t === 'title');
  const group = elements(node).find((child) => child.t === 'tgroup');
  if (!group) return page.fail(node, 'table', 'has no column group', 'report a docutils bug');
  const colspecs = elements(group).filter((child) => child.t === 'colspec');
  const head = elements(group).find((child) => child.t === 'thead');
  const body = elements(group).find((child) => child.t === 'tbody');
  const rows = [...(head ? elements(head) : []), ...(body ? elements(body) : [])].map((row) =>
    elements(row).map((entry) => cell(entry, page)),
  );
  const widths = colspecs.map((spec) => Number(spec.a?.['colwidth'] ?? 0));
  const autoWidths = (node.a?.['classes'] as string[] | undefined)?.includes('colwidths-auto') ?? false;
  return {
    kind: 'generic',
    ...(title ? { caption: convertInline(children(title), page) } : {}),
    headerRows: head ? elements(head).length : 0,
    headerColumns: colspecs.filter((spec) => spec.a?.['stub']).length,
    ...(!autoWidths && widths.every((width) => width > 0) ? { widths } : {}),
    rows,
  };
}

export function tableBlock(node: DElement, page: Page): Block[] {
  const table = tableModel(node, page);
  const base = page.includes.at(-1) ?? page.docname;
  const origin = attr(node, 'directive') || 'table';
  const { file, line } = page.location(node);
  const name = page.version.tables.add(
    `${base}--table-${page.next('table')}`,
    yamlFile(`Imported from ${file} (${origin} at line ${line}) by npm run import.`, table),
  );
  return [leaf('table', { src: name })];
}
