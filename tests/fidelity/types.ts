/** What kind of source construct a fragment comes from (used in failure messages and for structural checks). */
export type FragmentKind = 'paragraph' | 'list-item' | 'code' | 'cell' | 'caption' | 'heading' | 'admonition' | 'link';

/** A piece of text from an original page that must be present on the built page. */
export interface Fragment {
  /** Normalized text (see normalize.ts) expected on the page. */
  readonly text: string;
  readonly kind: FragmentKind;
  /** Source file, by its path inside `originals/` (e.g. `seeds/002_f61334f1418c0811.txt`). */
  readonly source: string;
  /** 1-based line in `source` where the construct starts. */
  readonly line: number;
  /** `file:line` of the `.. include::` that brought this fragment in, if any. */
  readonly via?: string;
  /** Title of the admonition (`Note`, `Important`, …) the fragment sits in, if any. */
  readonly admonition?: string;
  /** For `link` fragments: the expected href; absent when any href will do (`:ref:`). */
  readonly href?: string;
  /** For `link` fragments: what produced it. */
  readonly linkType?: 'external' | 'ref';
}

export function describe(f: Fragment): string {
  const where = f.admonition === undefined ? '' : ` (in ${f.admonition})`;
  const href = f.href === undefined ? '' : ` -> ${f.href}`;
  const via = f.via === undefined ? '' : ` (included from ${f.via})`;
  return `${f.source}:${f.line}${via} ${f.kind}${where}: "${f.text}"${href}`;
}
