/**
 * The CSS of an HTML fragment, kept without inline style (the site's CSP allows none, so `<style>`, `style=""`
 * and `bgcolor` cannot stay as written). Its rules and style attributes are applied to the elements they select,
 * in cascade order, then: on an SVG element they become presentation attributes (markup, not style); on an HTML
 * element the declarations of a small safe list (colours, alignment, sizes, borders, spacing) become a class named
 * by their hash, which the build writes to the site's stylesheet, as it does for code colours. What cannot be
 * kept (other properties, selectors other than `tag`, `.class`, `tag.class`) is returned for the loss report.
 */
import type { Element, ElementContent, Root } from 'hast';
import { find, svg } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import { styleClass } from '../code-colors.ts';

/** A CSS rule of the simple kind fragments use: `tag`, `.class` or `tag.class` selectors. */
interface Rule {
  readonly selectors: readonly { tag?: string; className?: string; specificity: number }[];
  readonly declarations: readonly [property: string, value: string][];
}

const SELECTOR = /^([a-z][a-z0-9-]*)?(?:\.([\w-]+))?$/i;

/** `fill: white; font-size: 2vw` → pairs; `undefined` for what is not a plain declaration list. */
function parseDeclarations(css: string): [string, string][] | undefined {
  const pairs: [string, string][] = [];
  for (const part of css.split(';')) {
    if (part.trim() === '') continue;
    const colon = part.indexOf(':');
    if (colon < 0) return undefined;
    pairs.push([part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()]);
  }
  return pairs;
}

/** A style sheet's rules, or `undefined` when it holds more than simple rules (at-rules, combinators). */
function parseRules(css: string): Rule[] | undefined {
  const text = css.replace(/\/\*[^]*?\*\//g, '').trim();
  const rules: Rule[] = [];
  for (const block of text.split('}')) {
    if (block.trim() === '') continue;
    const [head = '', body, extra] = block.split('{');
    if (body === undefined || extra !== undefined || head.includes('@')) return undefined;
    const selectors = [];
    for (const selector of head.split(',').map((s) => s.trim())) {
      const match = SELECTOR.exec(selector);
      if (!match || selector === '') return undefined;
      const [, tag, className] = match;
      selectors.push({
        ...(tag ? { tag: tag.toLowerCase() } : {}),
        ...(className ? { className } : {}),
        specificity: (className ? 10 : 0) + (tag ? 1 : 0),
      });
    }
    const declarations = parseDeclarations(body);
    if (!declarations) return undefined;
    rules.push({ selectors, declarations });
  }
  return rules;
}

/** What an HTML element's CSS may say, by property: a value of this form becomes part of its class. */
const LENGTH = /^-?(?:0|[\d.]+(?:px|em|rem|%|pt|ch|vw)?)(?:\s+-?(?:0|[\d.]+(?:px|em|rem|%|pt|ch|vw)?)){0,3}$/;
const COLOR = /^(?:#[0-9a-f]{3,8}|[a-z]+|rgba?\([\d.,\s%]+\))$/i;
const BORDER =
  /^(?:(?:0|[\d.]+(?:px|em|rem|pt)?|thin|medium|thick|none|solid|dashed|dotted|double|#[0-9a-f]{3,8}|[a-z]+)\s*){1,3}$/i;
const SAFE_HTML_CSS: readonly (readonly [RegExp, RegExp])[] = [
  [/^(background-)?color$/, COLOR],
  [/^border(-(top|right|bottom|left))?(-(width|style))?$/, BORDER],
  [/^border(-(top|right|bottom|left))?-color$/, COLOR],
  [/^(border-radius|border-spacing|margin(-(top|right|bottom|left))?|padding(-(top|right|bottom|left))?)$/, LENGTH],
  [/^(gap|column-gap|row-gap)$/, LENGTH],
  [/^(min-|max-)?(width|height)$/, /^(?:auto|[\d.]+(?:px|em|rem|%|vw)?)$/],
  [/^text-align$/, /^(left|right|center|justify)$/],
  [/^vertical-align$/, /^(top|middle|bottom|baseline)$/],
  [/^table-layout$/, /^(auto|fixed)$/],
  [/^border-collapse$/, /^(collapse|separate)$/],
  [/^font-weight$/, /^(normal|bold|[1-9]00)$/],
  [/^font-style$/, /^(normal|italic)$/],
  [/^font-size$/, /^(?:[\d.]+(?:px|em|rem|%)|small|smaller|large|larger)$/],
  [/^display$/, /^(block|inline|inline-block|flex|inline-flex|grid|table|table-cell|table-row)$/],
  [/^(flex-wrap|flex-direction|justify-content|align-items)$/, /^[a-z-]+$/],
  [/^white-space$/, /^(normal|nowrap|pre|pre-wrap|pre-line)$/],
];

const safeForHtml = (property: string, value: string) =>
  SAFE_HTML_CSS.some(([name, form]) => name.test(property) && form.test(value));

/** The classes `moveStyles` gives HTML elements: the only classes a fragment keeps through the sanitiser. */
export const STYLE_CLASS_PREFIX = 'html-';

/** A fragment's CSS as the site keeps it: see the module's comment. */
export interface MovedStyles {
  /** CSS a reader of the original saw applied that the fragment no longer has. */
  readonly lost: string[];
  /** The classes given to HTML elements: class name → CSS declarations, for the site's stylesheet. */
  readonly styles: Map<string, string>;
}

/** `stroke-dasharray` → `strokeDashArray`: the hast property of an SVG presentation attribute. */
const propertyName = (css: string) => find(svg, css).property;

const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/**
 * Moves the CSS of `tree` onto its elements (`svgAllowed`: the hast properties an SVG element may take) and takes
 * away every `<style>` element, `style` attribute, `bgcolor` and cell `width`. An element's declarations, in cascade
 * order: those attributes, then the rules by specificity and order, then its `style` attribute.
 */
export function moveStyles(tree: Root, svgAllowed: ReadonlySet<string>): MovedStyles {
  const lost: string[] = [];
  const styles = new Map<string, string>();
  const rules: (Rule & { order: number })[] = [];
  const all: Element[] = [];
  const inSvg = new Set<Element>();
  visit(tree, 'element', (node) => {
    all.push(node);
    if (node.tagName === 'svg') visit(node, 'element', (inner) => void inSvg.add(inner));
  });
  for (const sheet of all.filter((node) => node.tagName === 'style')) {
    const css = textOf(sheet);
    const parsed = parseRules(css);
    if (!parsed) lost.push(`<style>${squash(css)}</style>`);
    for (const rule of parsed ?? []) rules.push({ ...rule, order: rules.length });
  }
  // A later rule wins over an earlier one of the same specificity; a `style` attribute over every rule.
  const applied = rules
    .flatMap((rule) => rule.selectors.map((selector) => ({ selector, rule })))
    .sort((a, b) => a.selector.specificity - b.selector.specificity || a.rule.order - b.rule.order);
  for (const node of all) {
    if (node.tagName === 'style') continue;
    const declarations = new Map<string, string>();
    // HTML's presentation attributes, which it has deprecated: the weakest of an element's styles
    const bgcolor = node.properties['bgColor'];
    if (typeof bgcolor === 'string') declarations.set('background-color', bgcolor);
    const width = node.properties['width'];
    if ((node.tagName === 'td' || node.tagName === 'th') && (typeof width === 'string' || typeof width === 'number'))
      declarations.set('width', /^\d+$/.test(String(width)) ? `${width}px` : String(width));
    for (const { selector, rule } of applied) {
      if (selector.tag !== undefined && selector.tag !== node.tagName.toLowerCase()) continue;
      if (selector.className !== undefined && !classesOf(node).includes(selector.className)) continue;
      for (const [property, value] of rule.declarations) declarations.set(property, value);
    }
    const inline = node.properties['style'];
    if (typeof inline === 'string') {
      const parsed = parseDeclarations(inline);
      if (!parsed) lost.push(`style="${inline}"`);
      for (const [property, value] of parsed ?? []) declarations.set(property, value);
    }
    if (declarations.size === 0) continue;
    if (inSvg.has(node)) {
      for (const [property, value] of declarations) {
        if (svgAllowed.has(propertyName(property))) node.properties[propertyName(property)] = value;
        else lost.push(`${property}: ${value}`);
      }
      continue;
    }
    const kept: string[] = [];
    for (const [property, value] of declarations) {
      // What a script of the original would show later starts hidden: hidden it stays.
      if (property === 'display' && value === 'none') node.properties['hidden'] = true;
      else if (safeForHtml(property, value)) kept.push(`${property}:${value}`);
      else lost.push(`${property}: ${value}`);
    }
    if (kept.length === 0) continue;
    node.properties['className'] = [...classesOf(node), styleClass(STYLE_CLASS_PREFIX, kept.join(';'), styles)];
  }
  removeStyles(tree);
  return { lost: [...new Set(lost)], styles };
}

function removeStyles(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'style' && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    delete node.properties['style'];
    delete node.properties['bgColor'];
    if (node.tagName === 'td' || node.tagName === 'th') delete node.properties['width'];
    return undefined;
  });
}

const textOf = (node: Element): string =>
  (node.children as ElementContent[]).map((child) => (child.type === 'text' ? child.value : '')).join('');

const squash = (css: string) => css.replace(/\s+/g, ' ').trim();
