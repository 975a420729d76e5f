/**
 * What is known about a release before its pages are converted (documents, labels, API entries, numbers,
 * program output) and the version-wide outputs the pages add to (tables, HTML snippets, partials, assets,
 * the loss report, the reference counts).
 */
import { stringify } from 'yaml';
import type { ApiObject } from '../api-names.ts';
import { contentHash, type Assets } from '../assets.ts';
import type { DElement, ParsedDocument } from '../doctree.ts';
import type { LabelRegistry } from '../labels.ts';
import type { Numbering } from '../numbering.ts';
import type { LossReport } from '../problems.ts';
import type { Project, ProjectDoc } from '../project.ts';
import type { RefUsage } from '../ref-usage.ts';
import type { OutlineItem } from '../section-outline.ts';
import type { Toctree } from '../toctree.ts';

export interface DocRecord extends ProjectDoc, Omit<ParsedDocument, 'error'> {
  /** The title Sphinx gives the document (its first section title, plain text). */
  readonly title: string;
}

export interface ProgramResult {
  readonly output?: string;
  readonly returncode?: number;
  readonly error?: string;
}

export interface DocSections {
  /** What Sphinx's toc lists under the page's title: its sections and toctrees, in order. */
  readonly outline: readonly OutlineItem[];
  /** The id of each section's heading on this site. */
  readonly anchors: ReadonlyMap<DElement, string>;
}

export interface VersionData {
  /** The site's version id (`latest`, `v2.3.0`). */
  readonly id: string;
  readonly project: Project;
  readonly docs: ReadonlyMap<string, DocRecord>;
  readonly labels: LabelRegistry;
  readonly apis: ReadonlyMap<string, ApiObject & { docname: string }>;
  readonly numbers: Numbering;
  /** Each toctree directive node's entries. */
  readonly toctrees: ReadonlyMap<DElement, Toctree>;
  /** The toctrees of a document, in reading order. */
  childToctrees(docname: string): readonly Toctree[];
  /** Output of each `program-output` command, by `programKey()`. */
  readonly programs: ReadonlyMap<string, ProgramResult>;
  readonly assets: Assets;
  /** What readers do not get as the original showed it (it cannot be reproduced offline). */
  readonly loss: LossReport;
  /** Defects of the sources the original site did not show either (Sphinx warned and left them out). */
  readonly sourceDefects: LossReport;
  readonly refs: RefUsage;
  readonly tables: DataFiles;
  readonly html: DataFiles;
  readonly partials: Partials;
  /** A document's outline (its title section's content) and its headings' ids on this site (`section-outline.ts`). */
  sectionsOf(docname: string): DocSections | undefined;
  /** The page slug of a document (its docname, but for the few moved by `pageSlugs`). */
  slugOf(docname: string): string;
  /**
   * The anchor a link into `docname` leads to here: a MyST heading slug (`#4-validate-accuracy`, which MyST
   * resolved to the section) becomes the section's id on this site; any other anchor is kept.
   */
  anchorIn(docname: string, anchor: string): string;
}

/** Data files of one kind, by name: the same name twice must hold the same text. */
export class DataFiles {
  readonly files = new Map<string, string>();

  /** Adds a file; a different text under a taken name gets the name with its hash. Returns the name. */
  add(name: string, text: string): string {
    const existing = this.files.get(name);
    if (existing === undefined || existing === text) {
      this.files.set(name, text);
      return name;
    }
    const hashed = `${name}-${contentHash(text).slice(0, 8)}`;
    this.files.set(hashed, text);
    return hashed;
  }
}

/** A YAML data file with a header naming where it comes from. */
export function yamlFile(header: string, data: unknown): string {
  return `# ${header}\n${stringify(data, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/**
 * Every place a file is included, with the Markdown its slice became there. Usually all places give the same
 * text (one partial); when they differ (a label only one page keeps, a path relative to the including page),
 * each distinct text is its own partial, the commonest keeping the plain name.
 */
export class Partials {
  private readonly occurrences = new Map<string, { text: string; docname: string }[]>();
  private readonly texts = new Map<string, { base: string; text: string }>();
  private names: Map<string, Map<string, string>> | undefined;

  /**
   * Records that a page includes `base` and it reads `text` there; returns a placeholder for the include line,
   * which `resolve()` turns into `::include{src="…"}` once every page is converted and the names are known.
   * The placeholder depends only on the partial and its text, so a partial that includes another stays the same
   * text wherever it is included.
   */
  add(base: string, text: string, docname: string): string {
    const list = this.occurrences.get(base) ?? [];
    list.push({ text, docname });
    this.occurrences.set(base, list);
    const id = contentHash(`${base}\0${text}`);
    this.texts.set(id, { base, text });
    return `\u0000include:${id}\u0000`;
  }

  /** Replaces the include placeholders of a page's or partial's text. */
  resolve(markdown: string): string {
    return markdown.replace(/\u0000include:([0-9a-f]+)\u0000/g, (_, id: string) => {
      const entry = this.texts.get(id)!;
      return `::include{src="${this.nameOf(entry.base, entry.text)}"}`;
    });
  }

  /** The partial name of `base` with this text (call after every page is converted). */
  nameOf(base: string, text: string): string {
    this.names ??= this.assign();
    return this.names.get(base)?.get(text) ?? base;
  }

  private assign(): Map<string, Map<string, string>> {
    const names = new Map<string, Map<string, string>>();
    for (const [base, list] of this.occurrences) {
      const counts = new Map<string, { count: number; first: string }>();
      for (const { text, docname } of list) {
        const entry = counts.get(text) ?? { count: 0, first: docname };
        entry.count++;
        if (docname < entry.first) entry.first = docname;
        counts.set(text, entry);
      }
      const ranked = [...counts].sort((a, b) => b[1].count - a[1].count || a[1].first.localeCompare(b[1].first));
      names.set(
        base,
        new Map(
          ranked.map(([text], index) => [text, index === 0 ? base : `${base}--${contentHash(text).slice(0, 8)}`]),
        ),
      );
    }
    return names;
  }

  /** Partial name → Markdown, for writing. */
  files(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [base, list] of this.occurrences) {
      for (const { text } of list) out.set(this.nameOf(base, text), `${this.resolve(text)}\n`);
    }
    return out;
  }
}
