/**
 * The labels of one release, resolved as Sphinx 5's standard domain resolved them. Sphinx reads documents in
 * sorted docname order and each document's `process_doc` overwrites `labels[name]` and `anonlabels[name]`, so
 * of a label defined in two documents the one read last wins (Sphinx warned "duplicate label"). A label defined
 * twice in one document is a docutils duplicate target: it resolves nowhere. `:ref:` with text looks in
 * `anonlabels` (any explicit label); without text in `labels` (labels of a section, rubric, captioned figure,
 * table or code block, or a toctree with a caption).
 */
import type { ParsedLabel } from './doctree.ts';

export interface LabelTarget {
  readonly name: string;
  readonly docname: string;
  readonly id: string;
  readonly kind: ParsedLabel['kind'];
  /** The title `:ref:` without text shows (plain text), when the label has one. */
  readonly title?: string;
  readonly line?: number;
}

export interface Duplicate {
  readonly name: string;
  /** Every document that defines it, in the order Sphinx read them; the last one wins. */
  readonly docnames: readonly string[];
}

export class LabelRegistry {
  private readonly anon = new Map<string, LabelTarget>();
  private readonly named = new Map<string, LabelTarget>();
  private readonly definers = new Map<string, string[]>();
  /** Labels defined twice within one document (unusable, as in docutils). */
  readonly sameDocument: { name: string; docname: string }[] = [];

  /** Adds the labels of each document; call in sorted docname order (Sphinx's read order). */
  addDocument(docname: string, labels: readonly ParsedLabel[]): void {
    for (const label of labels) {
      if (label.kind === 'duplicate') {
        this.sameDocument.push({ name: label.name, docname });
        continue;
      }
      const target: LabelTarget = {
        name: label.name,
        docname,
        id: label.id ?? label.name,
        kind: label.kind,
        ...(label.title !== undefined ? { title: label.title } : {}),
        ...(label.line !== undefined ? { line: label.line } : {}),
      };
      const definers = this.definers.get(label.name) ?? [];
      if (definers.at(-1) !== docname) definers.push(docname);
      this.definers.set(label.name, definers);
      this.anon.set(label.name, target);
      if (target.title !== undefined && target.kind !== 'other') this.named.set(label.name, target);
    }
  }

  /** The target of `:ref:` to `name` (normalised: lower case, single spaces), as Sphinx resolved it. */
  resolve(name: string, explicitTitle: boolean): LabelTarget | undefined {
    return explicitTitle ? this.anon.get(name) : this.named.get(name);
  }

  /** Whether any document defines the label at all (for the proof of an unresolved reference). */
  definedAnywhere(name: string): LabelTarget | undefined {
    return this.anon.get(name);
  }

  /** Is this definition the one Sphinx kept (the last document that defines the label)? */
  wins(name: string, docname: string): boolean {
    return this.anon.get(name)?.docname === docname;
  }

  duplicates(): Duplicate[] {
    return [...this.definers]
      .filter(([, docnames]) => docnames.length > 1)
      .map(([name, docnames]) => ({ name, docnames }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  all(): LabelTarget[] {
    return [...this.anon.values()];
  }
}

/** docutils' `fully_normalize_name`: lower case, runs of whitespace as one space. */
export const normalizeLabel = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
