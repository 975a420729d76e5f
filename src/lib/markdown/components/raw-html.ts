import { SKIP, visit } from 'unist-util-visit';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { htmlToHast } from 'satteri';
import { suggest } from '../../refs/suggest.ts';
import { sourceOf } from '../node-source.ts';
import { requireAttribute } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';
import { expandOnce } from '../transforms/fragment-cache.ts';

/** Presentation attributes an SVG diagram may keep (no `style`, no event handlers, no external references). */
const SVG_PRESENTATION = [
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeDasharray',
  'strokeLinecap',
  'strokeLinejoin',
  'opacity',
  'transform',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'textAnchor',
  'dominantBaseline',
  'markerEnd',
  'markerStart',
];

const SVG_ELEMENTS: Record<string, string[]> = {
  svg: ['viewBox', 'width', 'height', 'xmlns', 'role', 'ariaLabel', 'preserveAspectRatio'],
  g: [],
  path: ['d'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
  text: ['x', 'y', 'dx', 'dy'],
  tspan: ['x', 'y', 'dx', 'dy'],
  title: [],
  desc: [],
  defs: [],
  marker: ['markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'markerUnits', 'viewBox'],
  linearGradient: ['x1', 'y1', 'x2', 'y2', 'gradientUnits'],
  radialGradient: ['cx', 'cy', 'r', 'fx', 'fy', 'gradientUnits'],
  stop: ['offset', 'stopColor', 'stopOpacity'],
};

/**
 * What an HTML fragment may keep: GitHub's allow-list (hast-util-sanitize's default: no script, no style, no event
 * handlers, no `javascript:` URLs, ids prefixed against clobbering) and SVG diagrams drawn with presentation
 * attributes. `<style>` and `<script>` go with their content. The prefix has `_`, which no Sphinx-form id has.
 */
export const HTML_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: 'html_',
  strip: ['script', 'style'],
  tagNames: [...(defaultSchema.tagNames ?? []), ...Object.keys(SVG_ELEMENTS)],
  attributes: {
    ...defaultSchema.attributes,
    ...Object.fromEntries(
      Object.entries(SVG_ELEMENTS).map(([tag, attributes]) => [tag, [...attributes, ...SVG_PRESENTATION]]),
    ),
  },
};

/** HTML as an author may not ship it, made safe: see `HTML_SCHEMA`. */
export function sanitizeHtml(html: string): string {
  const tree = htmlToHast(html, { fragment: true }) as Root;
  // Form controls work only with the scripts that are dropped (the sanitiser would turn a text field into a
  // checkbox): they go, their labels stay as text
  visit(tree, 'element', (node, index, parent) => {
    if (!FORM_CONTROLS.has(node.tagName) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const clean = sanitize(tree, HTML_SCHEMA) as Root;
  visit(clean, 'element', (node) => {
    if (node.tagName !== 'th' && node.tagName !== 'td') return;
    // Presentation attributes HTML has deprecated; a header cell says what it heads (WCAG H63)
    delete node.properties['width'];
    if (node.tagName === 'th' && node.properties['scope'] === undefined) node.properties['scope'] = 'col';
  });
  // Trailing spaces of the original's lines are noise (html-validate's no-trailing-whitespace)
  return toHtml(clean).replace(/[ \t]+$/gm, '');
}

const FORM_CONTROLS = new Set(['input', 'select', 'textarea', 'button']);

/**
 * An HTML fragment (`::html{src="<hash>"}`, RST `raw:: html`) from `content/data/<version>/html/<hash>.html`,
 * sanitised at build time: the site runs no script or style of the original pages (its CSP would block them).
 */
export function rawHtml(node: LeafDirective, context: TransformContext): RootContent[] {
  const name = requireAttribute(node, 'src', '::html{src="fragment-name"}', context);
  if (name === undefined) return [];
  const { paths, version } = context;
  const file = paths.htmlFile(version, name);
  context.dependencies.html.add(name);
  if (!context.exists(file)) {
    const dir = paths.htmlDir(version);
    const names = existsSync(dir)
      ? readdirSync(dir)
          .filter((entry) => entry.endsWith('.html'))
          .map((entry) => basename(entry, '.html'))
      : [];
    const close = suggest(name, names);
    context.problems.push({
      code: 'missing-file',
      ...sourceOf(node, context.pageFile),
      message: `HTML fragment "${name}" does not exist (looked for ${paths.displayPath(file)})`,
      hint: close.length > 0 ? `did you mean ${close.map((c) => `"${c}"`).join(', ')}?` : 'create the file',
    });
    return [];
  }
  return expandOnce(`html\u0000${version}\u0000${name}`, context, () => [
    { type: 'html', value: `<div class="raw-html">${sanitizeHtml(readFileSync(file, 'utf8'))}</div>` },
  ]);
}
