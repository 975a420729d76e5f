/**
 * The docutils doctree as `rst_doctree.py` prints it: an element is `{ t, a, l, s, c }` (tag name, attributes,
 * line, source file when it differs from the parent's, children) and a text node is a string.
 */
import { roleText } from './xref-title.ts';

export interface DElement {
  readonly t: string;
  readonly a?: Record<string, unknown>;
  readonly l?: number;
  readonly s?: string;
  /** Children; the import replaces a notebook's raw RST cell's children with the parsed RST (import-version.ts). */
  c?: readonly DNode[];
}
export type DNode = DElement | string;

/** One document as the Python front-end returns it. */
export interface ParsedDocument {
  readonly docname: string;
  readonly tree: DElement;
  /** Explicit labels, as Sphinx's std domain records them (see `explicit_labels` in rst_doctree.py). */
  readonly labels: readonly ParsedLabel[];
  /** docutils' system messages (level 2 warning, 3 error, 4 severe). */
  readonly messages: readonly { level: number; line?: number; source?: string; text: string }[];
  readonly error?: string;
}

export interface ParsedLabel {
  readonly name: string;
  readonly kind:
    'section' | 'rubric' | 'figure' | 'table' | 'container' | 'code-block' | 'other' | 'duplicate' | 'document';
  readonly id?: string;
  readonly title?: string;
  readonly line?: number;
}

export const isElement = (node: DNode | undefined): node is DElement => typeof node === 'object';

export const children = (node: DElement): readonly DNode[] => node.c ?? [];

export const elements = (node: DElement): DElement[] => children(node).filter(isElement);

/** An attribute as a string ('' when absent). */
export function attr(node: DElement, name: string): string {
  const value = node.a?.[name];
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

export function attrList(node: DElement, name: string): string[] {
  const value = node.a?.[name];
  return Array.isArray(value) ? value.map(String) : [];
}

/** A directive node's name, arguments (one string: the argument text), options and raw content. */
export function directiveParts(node: DElement) {
  const options = (node.a?.['options'] ?? {}) as Record<string, string | null>;
  return {
    name: attr(node, 'name'),
    argument: ((node.a?.['arguments'] ?? []) as string[]).join(' '),
    options,
    content: attr(node, 'content'),
    has: (option: string) => Object.hasOwn(options, option),
    option: (option: string) => {
      const value = options[option];
      return value === null || value === undefined ? '' : String(value).trim();
    },
  };
}

/** docutils' `astext()`: the text of a node and its descendants. */
export function textOf(node: DNode): string {
  if (typeof node === 'string') return node;
  if (node.t === 'role') {
    // what the role shows (`~torch.nn.LSTM` shows `LSTM`), as the inline converter writes it; a MyST link's role
    // carries the nodes of its text
    if (children(node).length > 0) return children(node).map(textOf).join('');
    return roleText(attr(node, 'name'), attr(node, 'value'));
  }
  if (node.t === 'system_message') return '';
  return children(node).map(textOf).join('');
}

/** Depth-first visit of every element (parents before children). */
export function* walk(node: DElement): Generator<DElement> {
  yield node;
  for (const child of children(node)) if (isElement(child)) yield* walk(child);
}
