/**
 * The state of converting one page: where each node comes from (file and line, for errors and the loss report),
 * the reference context (module, class, program, highlight language) in reading order, and what the page adds
 * to the version's outputs besides its MDX (tables, HTML snippets, partials, assets).
 */
import { ApiScope } from '../api-names.ts';
import { children, isElement, type DElement } from '../doctree.ts';
import { ImportError, type LossEntry, type SourceLocation } from '../problems.ts';
import type { VersionData } from './version.ts';

/** What page-level directives (`meta`, `contents`, `post`, docinfo) set in the frontmatter. */
export interface PageMeta {
  description?: string;
  keywords?: string[];
  meta?: Record<string, string>;
  toc?: { title: string; depth: number };
  date?: string;
  tags?: string[];
  orphan?: boolean;
  search?: boolean;
  /** Where the page sends its readers (`.. meta:: :http-equiv=refresh:`), as a URL of this site or absolute. */
  redirect?: string;
}

export class Page {
  readonly scope = new ApiScope();
  readonly meta: PageMeta = {};
  /** `.. highlight::` language (Sphinx: the default language of later code blocks and `::` blocks). */
  highlight: string;
  /** The includes whose lines are being converted, innermost last (their partial names the tables in them). */
  readonly includes: string[] = [];
  /** Include marker key → partial name, for cutting the included blocks out at the end. */
  readonly includeBases = new Map<string, string>();
  private readonly files = new WeakMap<DElement, string>();
  private readonly lines = new WeakMap<DElement, number>();
  private readonly counters = new Map<string, number>();

  readonly version: VersionData;
  readonly docname: string;
  /** The page's source file, relative to the sources folder. */
  readonly file: string;
  readonly tree: DElement;

  constructor(version: VersionData, docname: string, file: string, tree: DElement) {
    this.version = version;
    this.docname = docname;
    this.file = file;
    this.tree = tree;
    this.highlight = version.project.conf.highlight_language ?? 'default';
    this.index(tree, file, 1);
  }

  private index(node: DElement, file: string, line: number): void {
    const here = node.s ?? file;
    const at = node.l ?? line;
    this.files.set(node, here);
    this.lines.set(node, at);
    for (const child of children(node)) if (isElement(child)) this.index(child, here, at);
  }

  location(node: DElement): SourceLocation {
    return { file: this.files.get(node) ?? this.file, line: this.lines.get(node) ?? 1 };
  }

  fail(node: DElement, construct: string, problem: string, hint: string): never {
    throw new ImportError(this.location(node), construct, problem, hint);
  }

  /** Records something the reader does not get as the original showed it (see docs/components.md). */
  loss(node: DElement, construct: string, instead: string, detail?: string): void {
    this.version.loss.add(this.entry(node, construct, instead, detail));
  }

  /**
   * Records a defect of the sources that the original site did not show either (Sphinx warned and left it out):
   * the reader sees what the original showed, so it is no loss, but the report lists it for the sources' owners.
   */
  asOriginal(node: DElement, construct: string, instead: string, detail?: string): void {
    this.version.sourceDefects.add(this.entry(node, construct, instead, detail));
  }

  private entry(node: DElement, construct: string, instead: string, detail: string | undefined): LossEntry {
    return { construct, ...this.location(node), instead, ...(detail ? { detail } : {}) };
  }

  /**
   * A file the page needs that is not here: a blob the git mirror lacks is a loss (the original had the file);
   * a file the release lacks is a defect of the sources (the original lacked it too).
   */
  missingFile(
    node: DElement,
    construct: string,
    path: string,
    instead: string,
    absent = 'is not in the release',
  ): void {
    const missing = this.version.assets.missing(path);
    if (missing.kind === 'blob')
      this.loss(node, 'missing-blob', instead, `${path}: blob ${missing.blob} is not in the git mirror`);
    else this.asOriginal(node, construct, instead, `${path} ${absent}`);
  }

  /** The next number for a named series on this page or partial (`table`, …), from 1. */
  next(series: string): number {
    const key = `${this.includes.at(-1) ?? this.docname}\0${series}`;
    const value = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, value);
    return value;
  }

  /** The folder of the current document, for paths relative to it (Sphinx's `relfn2path`). */
  get directory(): string {
    const slash = this.docname.lastIndexOf('/');
    return slash < 0 ? '' : this.docname.slice(0, slash);
  }
}
