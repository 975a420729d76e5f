/**
 * Figure, table and code-block numbers as Sphinx 5 assigns them with `numfig` (`assign_figure_numbers`): the
 * documents are walked from the root document through their toctrees, depth first, and each enumerable node
 * that has an id gets the next number of its type. Without numbered toctrees there are no section numbers, so
 * the count runs across the whole release; a document no toctree reaches gets no numbers.
 */
import type { LabelRegistry } from './labels.ts';

export type FigType = 'figure' | 'table' | 'code-block';

/** What a document holds, in reading order, for numbering: its numbered nodes and its toctrees' documents. */
export type NumberingEvent =
  | { readonly kind: 'node'; readonly figtype: FigType; readonly id: string }
  | { readonly kind: 'toctree'; readonly docnames: readonly string[] };

const DEFAULT_FORMAT: Record<string, string> = {
  section: 'Section %s',
  figure: 'Fig. %s',
  table: 'Table %s',
  'code-block': 'Listing %s',
};

export class Numbering {
  private readonly numbers = new Map<string, { figtype: FigType; number: number }>();
  private readonly format: Record<string, string>;
  private readonly labels: LabelRegistry;

  constructor(
    events: ReadonlyMap<string, readonly NumberingEvent[]>,
    rootDoc: string,
    enabled: boolean,
    format: Record<string, string> | undefined,
    labels: LabelRegistry,
  ) {
    this.labels = labels;
    this.format = { ...DEFAULT_FORMAT, ...format };
    if (!enabled) return;
    const counters = new Map<FigType, number>();
    const visited = new Set<string>();
    const walk = (docname: string) => {
      if (visited.has(docname)) return;
      visited.add(docname);
      for (const event of events.get(docname) ?? []) {
        if (event.kind === 'toctree') event.docnames.forEach(walk);
        else {
          const number = (counters.get(event.figtype) ?? 0) + 1;
          counters.set(event.figtype, number);
          this.numbers.set(`${docname}#${event.id}`, { figtype: event.figtype, number });
        }
      }
    };
    walk(rootDoc);
  }

  /**
   * The text of `:numref:` to a label (`Fig. 3`), with the role's own title format when given (`{number}`,
   * `{name}` or `%s`), or `undefined` when Sphinx assigned no number (it showed the text without a link).
   */
  numref(label: string, title: string | undefined): string | undefined {
    const target = this.labels.resolve(label, false) ?? this.labels.resolve(label, true);
    if (!target) return undefined;
    const assigned = this.numbers.get(`${target.docname}#${target.id}`);
    if (!assigned) return undefined;
    const pattern = title ?? this.format[assigned.figtype] ?? '';
    const number = String(assigned.number);
    if (pattern.includes('{name}') || pattern.includes('number')) {
      const named = this.labels.resolve(label, false);
      if (pattern.includes('{name}') && !named?.title) return undefined;
      return pattern.replace(/\{number\}/g, number).replace(/\{name\}/g, named?.title ?? '');
    }
    return pattern.replace('%s', number);
  }
}
