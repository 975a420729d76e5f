import { SKIP, visit } from 'unist-util-visit';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { moveStyles, STYLE_CLASS_PREFIX } from './html-styles.ts';
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
  'strokeDashArray',
  'strokeDashOffset',
  'strokeLineCap',
  'strokeLineJoin',
  'opacity',
  'transform',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'textAnchor',
  'dominantBaseline',
  'alignmentBaseline',
  'markerEnd',
  'markerStart',
  'mask',
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
  // a shape drawn again where it is used: `href` to an id of the same diagram only (see `localReferences`)
  use: ['href', 'xLinkHref', 'x', 'y', 'width', 'height'],
  mask: ['x', 'y', 'width', 'height', 'maskUnits', 'maskContentUnits'],
};

/**
 * Elements the sanitiser takes away without a word to the reader: SVG animation (`<animate>`) moves for as long
 * as the page is open, which WCAG 2.2.2 asks a reader be able to stop; the drawing stays, still.
 */
const DROPPED_QUIETLY = new Set(['animate', 'animateTransform', 'animateMotion', 'set']);

/** What the sanitiser puts before a fragment's ids (no Sphinx-form id has `_`). */
const PREFIX = 'html_';

/**
 * What an HTML fragment may keep: GitHub's allow-list (hast-util-sanitize's default: no script, no style, no event
 * handlers, no `javascript:` URLs, ids prefixed against clobbering) and SVG diagrams drawn with presentation
 * attributes. `<style>` and `<script>` go with their content. The prefix has `_`, which no Sphinx-form id has.
 */
export const HTML_SCHEMA: Schema = {
  ...defaultSchema,
  clobberPrefix: PREFIX,
  strip: ['script', 'style', ...DROPPED_QUIETLY],
  tagNames: [...(defaultSchema.tagNames ?? []), ...Object.keys(SVG_ELEMENTS)],
  attributes: {
    ...defaultSchema.attributes,
    // what the original's scripts would have revealed starts hidden (`style="display:none"`, html-styles.ts)
    // and the classes that stand for its CSS (html-styles.ts)
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []),
      'hidden',
      ['className', new RegExp(`^${STYLE_CLASS_PREFIX}[0-9a-f]{8}$`)],
    ],
    ...Object.fromEntries(
      Object.entries(SVG_ELEMENTS).map(([tag, attributes]) => [tag, [...attributes, ...SVG_PRESENTATION]]),
    ),
  },
};

/** What a fragment holds that the site does not run, or cannot show as the original did. */
export interface CleanHtml {
  /** The fragment, safe to publish: see `HTML_SCHEMA`. */
  readonly html: string;
  /** What a reader of the original saw or used that this fragment does not have (empty when nothing). */
  readonly lost: readonly string[];
  /** Classes standing for the fragment's CSS: class name → declarations, for the site's stylesheet. */
  readonly styles: ReadonlyMap<string, string>;
}

/**
 * HTML as an author may not ship it, made safe (`HTML_SCHEMA`), with what that took away from readers: scripts,
 * form controls, frames, event handlers, elements it does not keep, and CSS that could become neither SVG
 * presentation attributes nor classes (`html-styles.ts`). The importer lists `lost` in its loss report; the build
 * publishes `html` and writes `styles` to the site's stylesheet.
 */
export function cleanHtml(html: string): CleanHtml {
  const tree = htmlToHast(html, { fragment: true }) as Root;
  const lost: string[] = [];
  // `<style>` is html-styles.ts's; a form control's `<label>` stays as its text
  const allowed = new Set([...(HTML_SCHEMA.tagNames ?? []), 'style', 'label']);
  visit(tree, 'element', (node, index, parent) => {
    if (INERT.has(node.tagName) || (!allowed.has(node.tagName) && !DROPPED_QUIETLY.has(node.tagName)))
      lost.push(`<${node.tagName}>`);
    for (const name of Object.keys(node.properties)) if (/^on[a-z]/i.test(name)) lost.push(`${name}="…"`);
    // Form controls work only with the scripts that are dropped (the sanitiser would turn a text field into a
    // checkbox): they go, their labels stay as text
    if (!FORM_CONTROLS.has(node.tagName) || !parent || index === undefined) return;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const moved = moveStyles(tree, SVG_ALLOWED);
  lost.push(...moved.lost);
  const clean = sanitize(tree, HTML_SCHEMA) as Root;
  localReferences(clean, createHash('sha256').update(html).digest('hex').slice(0, 6));
  visit(clean, 'element', (node) => {
    // the sanitiser keeps only the classes of html-styles.ts: an element without one keeps no `class=""`
    if (Array.isArray(node.properties['className']) && node.properties['className'].length === 0)
      delete node.properties['className'];
    if (node.tagName !== 'th' && node.tagName !== 'td') return;
    // A header cell says what it heads (WCAG H63)
    if (node.tagName === 'th' && node.properties['scope'] === undefined) node.properties['scope'] = 'col';
  });
  // Trailing spaces of the original's lines are noise (html-validate's no-trailing-whitespace)
  return { html: toHtml(clean).replace(/[ \t]+$/gm, ''), lost: [...new Set(lost)], styles: moved.styles };
}

/**
 * References inside a diagram (`<use href="#nc">`, `fill="url(#grad)"`, `mask="url(#m)"`) follow its ids. Those ids
 * are made the diagram's own (`html_<digest>_nc`, `digest` from the fragment), since diagrams of one page often
 * reuse a name; a reference to anything else (another document, a URL) goes, so a fragment loads nothing.
 */
function localReferences(tree: Root, digest: string): void {
  const renamed = new Map<string, string>();
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'svg') return;
    visit(node, 'element', (inner) => {
      const id = inner.properties['id'];
      if (typeof id !== 'string' || !id.startsWith(PREFIX)) return;
      const own = `${PREFIX}${digest}_${id.slice(PREFIX.length)}`;
      renamed.set(id.slice(PREFIX.length), own);
      inner.properties['id'] = own;
    });
    return SKIP;
  });
  visit(tree, 'element', (node) => {
    for (const [key, value] of Object.entries(node.properties)) {
      if (typeof value !== 'string') continue;
      if ((key === 'href' || key === 'xLinkHref') && node.tagName === 'use') {
        const target = value.startsWith('#') ? renamed.get(value.slice(1)) : undefined;
        if (target) node.properties[key] = `#${target}`;
        else delete node.properties[key];
      } else if (value.includes('url(')) {
        const name = /^url\(#([\w-]+)\)$/.exec(value.trim())?.[1];
        const target = name === undefined ? undefined : renamed.get(name);
        if (target) node.properties[key] = `url(#${target})`;
        else delete node.properties[key];
      }
    }
  });
}

/** Elements the site does not run: with them goes what they did (their text, if any, stays). */
const INERT = new Set(['script', 'iframe', 'object', 'embed', 'form', 'input', 'select', 'textarea', 'button']);

/** The presentation attributes an SVG element may take, which its CSS may become. */
const SVG_ALLOWED: ReadonlySet<string> = new Set(SVG_PRESENTATION);

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
  return expandOnce(`html\u0000${version}\u0000${name}`, context, (scratch) => {
    const { html, styles } = cleanHtml(readFileSync(file, 'utf8'));
    for (const [className, css] of styles) scratch.styles.set(className, css);
    return [{ type: 'html', value: `<div class="raw-html">${html}</div>` }];
  });
}
