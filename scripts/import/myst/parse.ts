/**
 * A MyST Markdown page → the doctree shape of rst_doctree.py (docs/components.md, "Notebooks and MyST
 * pages"): headings nest into sections, `(label)=` labels the next heading, directive fences become directive
 * nodes (admonitions as docutils admonitions, `{include}` as include markers around the included page's nodes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { markdownToMdast } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { DElement, DNode, ParsedDocument, ParsedLabel } from '../doctree.ts';
import { textOf } from '../doctree.ts';
import { normalizeLabel } from '../labels.ts';
import type { ProjectDoc, Project } from '../project.ts';
import { splitFences, type Segment } from './fences.ts';
import { splitDivs, type DivPiece } from './html-divs.ts';
import { blockNodes, inlineNodes, type Mdast } from './mdast.ts';

const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'attention',
  'caution',
  'warning',
  'danger',
  'error',
  'seealso',
]);
const PARSED = new Set([
  'dropdown',
  'grid',
  'grid-item',
  'grid-item-card',
  'card',
  'tab-set',
  'tab-item',
  'container',
  'only',
]);
const TITLED = new Set(['dropdown', 'grid-item-card', 'card', 'tab-item']);

interface Context {
  readonly project: Project;
  /** The file being read (relative to the sources), for paths and messages. */
  readonly file: string;
  readonly docDir: string;
  counter: { value: number };
}

/** MyST's heading anchors (`myst_heading_anchors`): GitHub-style slugs. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function markdownBlocks(text: string, line: number): DElement[] {
  const tree = markdownToMdast(text, { features: { gfm: true } }) as unknown as Mdast;
  return blockNodes(tree.children ?? [], line);
}

function inlineFrom(text: string, line: number): DNode[] {
  const tree = markdownToMdast(text, { features: { gfm: true } }) as unknown as Mdast;
  const paragraph = tree.children?.[0];
  return paragraph ? inlineNodes(paragraph.children ?? [], line) : [];
}

function parseSegments(text: string, firstLine: number, context: Context): DElement[] {
  return splitFences(text, firstLine).flatMap((segment) =>
    segment.kind === 'markdown' ? markdownBlocks(segment.text, segment.line) : directive(segment, context),
  );
}

function directive(segment: Extract<Segment, { kind: 'directive' }>, context: Context): DElement[] {
  const { name, argument, options, content, line, contentLine } = segment;
  const children = () => parseSegments(content, contentLine, context);
  if (ADMONITIONS.has(name)) {
    const body = [...(argument ? [{ t: 'paragraph', c: inlineFrom(argument, line) } as DElement] : []), ...children()];
    return [{ t: name, l: line, c: body }];
  }
  if (name === 'admonition') {
    // docutils' generic admonition: its argument is the title (`:::admonition[Title]`), `:class:` its classes
    const classes = (options['class'] ?? '').split(/\s+/).filter(Boolean);
    const title: DElement = { t: 'title', l: line, c: inlineFrom(argument, line) };
    return [{ t: 'admonition', l: line, ...(classes.length ? { a: { classes } } : {}), c: [title, ...children()] }];
  }
  if (name === 'math') return [{ t: 'math_block', l: line, c: [content] }];
  if (name === 'include') return include(segment, context);
  if (name === 'image' || name === 'figure') {
    const image: DElement = {
      t: 'image',
      l: line,
      a: { uri: argument, alt: options['alt'] ?? '', width: options['width'] ?? '' },
    };
    if (name === 'image') return [image];
    return [{ t: 'figure', l: line, c: [image, { t: 'caption', c: inlineFrom(content, contentLine) }] }];
  }
  const a: Record<string, unknown> = { name, arguments: argument ? [argument] : [], options };
  const c: DNode[] = [];
  if (TITLED.has(name) && argument) c.push({ t: 'directive_title', c: inlineFrom(argument, line) });
  if (name === 'grid-item-card' || name === 'card') c.push(...cardParts(content, contentLine, context));
  else if (PARSED.has(name)) c.push(...children());
  else a['content'] = content;
  return [{ t: 'directive', a, l: line, s: context.file, c }];
}

function cardParts(content: string, line: number, context: Context): DElement[] {
  const lines = content.split('\n');
  const header = lines.findIndex((l) => /^\^{3,}\s*$/.test(l));
  const footer = lines.findIndex((l) => /^\+{3,}\s*$/.test(l));
  const parts: DElement[] = [];
  const part = (kind: string, from: number, to: number) =>
    parts.push({
      t: 'card_part',
      a: { part: kind },
      c: parseSegments(lines.slice(from, to).join('\n'), line + from, context),
    });
  const bodyStart = header >= 0 ? header + 1 : 0;
  if (header >= 0) part('header', 0, header);
  part('body', bodyStart, footer >= bodyStart ? footer : lines.length);
  if (footer >= bodyStart) part('footer', footer + 1, lines.length);
  return parts;
}

/** `{include}`: the file's (sliced) Markdown, parsed in place between include markers. */
function include(segment: Extract<Segment, { kind: 'directive' }>, context: Context): DElement[] {
  const target = segment.argument;
  const path = posix.normalize(target.startsWith('/') ? target.slice(1) : posix.join(context.docDir, target));
  const options = segment.options;
  const file = join(context.project.sourcesDir, path);
  const marker = { path, argument: target, options };
  if (!existsSync(file))
    return [{ t: 'include', l: segment.line, s: context.file, a: { ...marker, edge: 'start', missing: true } }];
  let text = readFileSync(file, 'utf8');
  const startLine = Number.parseInt(options['start-line'] ?? '', 10);
  const endLine = Number.parseInt(options['end-line'] ?? '', 10);
  if (Number.isFinite(startLine) || Number.isFinite(endLine)) {
    text = text
      .split(/(?<=\n)/)
      .slice(Number.isFinite(startLine) ? startLine : 0, Number.isFinite(endLine) ? endLine : undefined)
      .join('');
  }
  if (options['start-after']) text = text.slice(text.indexOf(options['start-after']) + options['start-after'].length);
  if (options['end-before'] && text.includes(options['end-before']))
    text = text.slice(0, text.indexOf(options['end-before']));
  const key = `myst-${++context.counter.value}`;
  const inner: Context = { ...context, file: path, docDir: context.docDir };
  return [
    { t: 'include', l: segment.line, s: context.file, a: { ...marker, edge: 'start', key } },
    ...parseSegments(text, 1, inner).map((node) => ({ ...node, s: node.s ?? path })),
    { t: 'include', l: segment.line, s: context.file, a: { edge: 'end', key } },
  ];
}

/** Flat blocks with `heading` nodes → nested sections; `(label)=` targets label what follows them. */
function nest(blocks: DElement[], labels: ParsedLabel[]): DElement[] {
  const root: { depth: number; children: DNode[]; node?: DElement } = { depth: 0, children: [] };
  const stack = [root];
  let pending: string[] = [];
  for (const block of blocks) {
    if (block.t === 'target') {
      pending.push(normalizeLabel(String(block.a?.['label'])));
      continue;
    }
    if (block.t === 'heading') {
      const depth = Number(block.a?.['depth'] ?? 1);
      while (stack.length > 1 && stack.at(-1)!.depth >= depth) stack.pop();
      const title = textOf(block).replace(/\s+/g, ' ').trim();
      const id = slug(title);
      const title_: DElement = { t: 'title', ...(block.l ? { l: block.l } : {}), c: block.c ?? [] };
      const section: DElement = {
        t: 'section',
        ...(block.l ? { l: block.l } : {}),
        ...(block.s ? { s: block.s } : {}),
        a: { ids: [id, ...pending], names: [title.toLowerCase()], ...(pending.length ? { labels: pending } : {}) },
        c: [title_],
      };
      for (const name of pending)
        labels.push({ name, kind: 'section', id: name, title, ...(block.l ? { line: block.l } : {}) });
      pending = [];
      stack.at(-1)!.children.push(section);
      stack.push({ depth, children: section.c as DNode[], node: section });
      continue;
    }
    if (pending.length) {
      const labelled = { ...block, a: { ...block.a, labels: pending } };
      for (const name of pending) labels.push({ name, kind: 'other', id: name, ...(block.l ? { line: block.l } : {}) });
      pending = [];
      stack.at(-1)!.children.push(labelled);
      continue;
    }
    stack.at(-1)!.children.push(block);
  }
  return root.children as DElement[];
}

/** YAML front matter at the top of a MyST page (`orphan: true` …) → docinfo fields. */
function frontMatter(text: string): { body: string; offset: number; docinfo?: DElement } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { body: text, offset: 1 };
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  const fields = Object.keys(data).map(
    (key) =>
      ({
        t: 'field',
        c: [
          { t: 'field_name', c: [key] },
          { t: 'field_body', c: [] },
        ],
      }) as DElement,
  );
  return {
    body: text.slice(match[0].length),
    offset: match[0].split('\n').length,
    ...(fields.length ? { docinfo: { t: 'docinfo', c: fields } } : {}),
  };
}

export function parseMarkdownDocument(doc: ProjectDoc, text: string, project: Project): ParsedDocument {
  const { body, offset, docinfo } = frontMatter(text);
  const context: Context = {
    project,
    file: doc.path,
    docDir: posix.dirname(doc.docname) === '.' ? '' : posix.dirname(doc.docname),
    counter: { value: 0 },
  };
  const labels: ParsedLabel[] = [];
  const children = nest(parseSegments(body, offset, context), labels);
  return {
    docname: doc.docname,
    tree: { t: 'document', c: [...(docinfo ? [docinfo] : []), ...children] },
    labels,
    messages: [],
  };
}

/**
 * The Markdown of a notebook cell → doctree blocks, as nbsphinx reads it: Markdown, inside `<div>` blocks too
 * (html-divs.ts).
 */
export function markdownCell(text: string, line: number, project: Project, doc: ProjectDoc): DElement[] {
  const context: Context = {
    project,
    file: doc.path,
    docDir: posix.dirname(doc.docname) === '.' ? '' : posix.dirname(doc.docname),
    counter: { value: 0 },
  };
  return cellBlocks(splitDivs(text, line), context);
}

/** nbsphinx's `ReplaceAlertDivs`: a div of class `alert alert-info` or `alert alert-warning` is an admonition. */
const ALERT = /^alert alert-(info|warning)$/;

function cellBlocks(pieces: readonly DivPiece[], context: Context): DElement[] {
  return pieces.flatMap((piece): DElement[] => {
    if (piece.kind === 'markdown') return parseSegments(piece.text, piece.line, context);
    const body = cellBlocks(piece.body, context);
    const alert = piece.onlyClass ? ALERT.exec(piece.classes.join(' ')) : null;
    if (alert) return [{ t: alert[1] === 'info' ? 'note' : 'warning', l: piece.line, c: body }];
    return [{ t: 'container', l: piece.line, a: { classes: piece.classes }, c: body }];
  });
}

export { nest };
