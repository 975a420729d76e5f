/**
 * What an original page is made of, counted straight from its source (RST, rendered text or Markdown), as an
 * oracle independent of the importer: how many sections, admonitions, tables and code blocks the built page must
 * show, and which RST labels must be anchors on it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { originalPath } from '../../../scripts/originals.ts';
import type { Original } from '../../fidelity/originals.ts';

export interface OriginalStructure {
  sections: number;
  admonitions: number;
  tables: number;
  /** Tables with a title (a caption on the page). */
  captions: number;
  /** Tables with a header row (column headers on the page). */
  headedTables: number;
  codeBlocks: number;
  /** Every RST label of the page (`.. _label:`), as written. */
  labels: string[];
  /** `.. contents:: :depth:` of the page, if it has a contents block. */
  tocDepth: number | undefined;
}

const ADMONITION = /^\s*\.\. (note|important|warning|tip|caution|danger|attention|hint|error|seealso|admonition) ?::/;
const UNDERLINE = /^([=\-^~"'`#*+_])\1{2,}\s*$/;

/** `includeDir`: the folder, inside `originals/`, that `.. include::` targets resolve against. */
function rstStructure(source: string, includeDir: string): OriginalStructure {
  const lines = source.split('\n');
  let admonitions = 0;
  let tables = 0;
  let captions = 0;
  let headedTables = 0;
  let codeBlocks = 0;
  let sections = -1; // the first heading is the page title
  let tocDepth: number | undefined;
  const labels: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1] ?? '';
    if (ADMONITION.test(line)) admonitions += 1;
    const include = /^\s*\.\. include:: (.+)$/.exec(line);
    if (include?.[1]) {
      const included = readFileSync(originalPath(join(includeDir, include[1].trim())), 'utf8');
      admonitions += included.split('\n').filter((l) => ADMONITION.test(l)).length;
    }
    const directive = /^\s*\.\. (list-table|table)::(.*)$/.exec(line);
    if (directive) {
      if (directive[2]?.trim()) captions += 1;
      if (directive[1] === 'list-table') {
        tables += 1;
        const after = lines.slice(index + 1);
        const options = after.slice(
          0,
          after.findIndex((o) => !/^\s+:/.test(o)),
        );
        if (options.some((o) => /:header-rows:\s*[1-9]/.test(o))) headedTables += 1;
      }
    }
    // A grid table starts at a border line; a `+===+` line under its first row makes that row a header.
    if (/^\s*\+[-=]+\+/.test(line) && !/^\s*[+|]/.test(previous)) {
      tables += 1;
      const rest = lines.slice(index);
      const end = rest.findIndex((l) => !/^\s*[+|]/.test(l));
      if (rest.slice(0, end === -1 ? undefined : end).some((l) => /^\s*\+=[=+]*\+\s*$/.test(l))) headedTables += 1;
    }
    if (/^\s*\.\. (code|code-block|sourcecode)\s*::/.test(line)) codeBlocks += 1;
    if (UNDERLINE.test(line) && previous.trim() !== '' && !/^\s*[+|]/.test(previous) && !/^\s*\.\./.test(previous))
      sections += 1;
    const label = /^\.\. _([^:]+):\s*$/.exec(line);
    if (label?.[1]) labels.push(label[1]);
    if (/^\s*\.\. contents::/.test(line))
      tocDepth = Number(/:depth:\s*(\d+)/.exec(lines.slice(index, index + 4).join('\n'))?.[1] ?? 99);
  });
  return { sections, admonitions, tables, captions, headedTables, codeBlocks, labels, tocDepth };
}

/** The structure of one original. 003 (rendered text) and 004 (Markdown) are counted by their own markers. */
export function originalStructure(original: Original): OriginalStructure {
  const source = readFileSync(originalPath(original.source), 'utf8');
  if (original.format === 'rst') return rstStructure(source, original.includeDir ?? dirname(original.source));
  if (original.format === 'text') {
    // Sphinx's rendered text: headings end with its permalink mark `#`; each admonition starts with "Note".
    const lines = source.split('\n');
    return {
      sections: lines.filter((l) => /\S#$/.test(l)).length - 1,
      admonitions: lines.filter((l) => l.trim() === 'Note').length,
      tables: 4,
      captions: 0,
      headedTables: 4,
      codeBlocks: 0,
      labels: [],
      tocDepth: undefined,
    };
  }
  return {
    sections: source.split('\n').filter((l) => /^#{2,6} /.test(l)).length,
    admonitions: 0,
    tables: 0,
    captions: 0,
    headedTables: 0,
    codeBlocks: source.split('\n').filter((l) => l.startsWith('```')).length / 2,
    labels: [],
    tocDepth: undefined,
  };
}

/** Sphinx's id of a label (docutils `make_id`), written out here as the test's own reading of the rule. */
export function sphinxId(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
}
