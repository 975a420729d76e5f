/**
 * A Jupyter notebook → the doctree shape of rst_doctree.py, as nbsphinx shows it (its builds never ran the
 * notebooks: `nbsphinx_execute = "never"`): Markdown cells as Markdown, code cells as code blocks in the
 * notebook's language, and each code cell's stored outputs after it (`nb_output`): text, images (PNG, JPEG,
 * SVG, kept as data URIs until the image is published), HTML. A cell tagged hidden for nbsphinx is left out.
 */
import type { DElement, DNode, ParsedDocument, ParsedLabel } from './doctree.ts';
import { markdownCell, nest } from './myst/parse.ts';
import type { Project, ProjectDoc } from './project.ts';

interface Cell {
  cell_type: 'markdown' | 'code' | 'raw';
  source: string | string[];
  metadata?: { nbsphinx?: string; raw_mimetype?: string; tags?: string[] };
  outputs?: Output[];
}

interface Output {
  output_type: 'stream' | 'execute_result' | 'display_data' | 'error';
  text?: string | string[];
  data?: Record<string, string | string[]>;
  traceback?: string[];
  ename?: string;
  evalue?: string;
}

const joined = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join('') : (value ?? ''));
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

function outputNodes(output: Output, line: number): DElement[] {
  if (output.output_type === 'stream') return [literal(joined(output.text), line)];
  if (output.output_type === 'error') {
    return [literal(stripAnsi((output.traceback ?? [`${output.ename}: ${output.evalue}`]).join('\n')), line)];
  }
  const data = output.data ?? {};
  for (const mime of ['image/png', 'image/jpeg', 'image/gif']) {
    if (data[mime]) {
      return [
        {
          t: 'image',
          l: line,
          a: { uri: `data:${mime};base64,${joined(data[mime]).replace(/\s/g, '')}`, alt: 'output' },
        },
      ];
    }
  }
  if (data['image/svg+xml']) {
    const svg = Buffer.from(joined(data['image/svg+xml'])).toString('base64');
    return [{ t: 'image', l: line, a: { uri: `data:image/svg+xml;base64,${svg}`, alt: 'output' } }];
  }
  if (data['text/html']) return [{ t: 'raw', l: line, a: { format: 'html' }, c: [joined(data['text/html'])] }];
  if (data['text/markdown']) return [{ t: 'paragraph', l: line, c: [joined(data['text/markdown'])] }];
  if (data['text/latex'])
    return [{ t: 'math_block', l: line, c: [joined(data['text/latex']).replace(/^\$\$?|\$\$?$/g, '')] }];
  if (data['text/plain']) return [literal(joined(data['text/plain']), line)];
  const kinds = Object.keys(data).join(', ');
  return [{ t: 'nb_unshown', l: line, a: { mime: kinds } }];
}

const literal = (text: string, line: number): DElement => ({
  t: 'literal_block',
  l: line,
  a: { language: 'none' },
  c: [text.replace(/\n$/, '')],
});

export function parseNotebook(doc: ProjectDoc, text: string, project: Project): ParsedDocument {
  const notebook = JSON.parse(text) as {
    cells: Cell[];
    metadata?: { kernelspec?: { language?: string }; language_info?: { name?: string } };
  };
  const language = notebook.metadata?.language_info?.name ?? notebook.metadata?.kernelspec?.language ?? 'python';
  const blocks: DElement[] = [];
  // lines are cell numbers (1-based): a notebook has no source lines to point at
  notebook.cells.forEach((cell, index) => {
    const line = index + 1;
    if (cell.metadata?.nbsphinx === 'hidden' || cell.metadata?.tags?.includes('nbsphinx-hidden')) return;
    const source = joined(cell.source);
    if (cell.cell_type === 'markdown') blocks.push(...markdownCell(source, line, project, doc));
    else if (cell.cell_type === 'raw') {
      const mime = cell.metadata?.raw_mimetype ?? '';
      if (mime === 'text/html') blocks.push({ t: 'raw', l: line, a: { format: 'html' }, c: [source] });
      else if (mime === 'text/markdown') blocks.push(...markdownCell(source, line, project, doc));
      else if (source.trim()) blocks.push({ t: 'nb_raw_cell', l: line, a: { mime }, c: [source] });
    } else {
      if (source.trim()) blocks.push({ t: 'literal_block', l: line, a: { language }, c: [source] });
      const outputs: DNode[] = (cell.outputs ?? []).flatMap((output) => outputNodes(output, line));
      if (outputs.length) blocks.push({ t: 'nb_output', l: line, c: outputs });
    }
  });
  const labels: ParsedLabel[] = [];
  return { docname: doc.docname, tree: { t: 'document', c: nest(blocks, labels) }, labels, messages: [] };
}
