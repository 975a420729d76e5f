/**
 * Directives the front-end kept generic → MDX, by name. A name that is not here stops the import with its file
 * and line; so does an option a handler does not know (options.ts).
 */
import { children, directiveParts, elements, type DElement } from '../doctree.ts';
import { codeFence } from '../escape.ts';
import { text, type Block } from '../mdx.ts';
import { generated, isAutodoc, objectEntry, objectKind } from './api.ts';
import { convertBlocks, paragraph } from './blocks.ts';
import { codeBlock, literalInclude, nkiExample } from './code.ts';
import { button, card, contentOf, directiveTitle, dropdown, grid, isTabSet, tabSet } from './design.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';
import { contents, meta, post } from './page-meta.ts';
import { programOutput } from './program-output.ts';
import { toctreeBlocks } from './toctree-blocks.ts';
import { plain } from './inline.ts';

/** Sphinx's `only` expressions, for the HTML builder: `html`, `format_html`, `builder_html` are set. */
export function onlyIsTrue(expression: string): boolean {
  const tags = new Set(['html', 'format_html', 'builder_html', 'readthedocs']);
  const js = expression
    .replace(/[A-Za-z_][\w-]*/g, (word) =>
      word === 'and' ? '&&' : word === 'or' ? '||' : word === 'not' ? '!' : String(tags.has(word)),
    )
    .replace(/[^!&|()\s\w]/g, '');
  return Boolean(new Function(`return (${js});`)());
}

type Handler = (node: DElement, page: Page, level: number) => Block[];

const nothing: Handler = () => [];

const HANDLERS: Record<string, Handler> = {
  meta,
  contents,
  post,
  toctree: toctreeBlocks,
  'code-block': codeBlock,
  sourcecode: codeBlock,
  code: codeBlock,
  literalinclude: literalInclude,
  nki_example: nkiExample,
  'program-output': programOutput,
  'command-output': programOutput,
  highlight(node, page) {
    page.highlight = directiveParts(node).argument.trim();
    return [];
  },
  currentmodule: setModule,
  'py:currentmodule': setModule,
  module: moduleEntry,
  'py:module': moduleEntry,
  program(node, page) {
    const name = directiveParts(node).argument.trim();
    page.scope.program = name === 'None' ? undefined : name;
    return [];
  },
  only(node, page, level) {
    return onlyIsTrue(directiveParts(node).argument) ? convertBlocks(children(node), page, level) : [];
  },
  seealso(node, page, level) {
    const title = directiveTitle(node, page);
    return [
      {
        kind: 'container',
        name: 'seealso',
        children: [...(title ? paragraph(title) : []), ...convertBlocks(contentOf(node), page, level)],
      },
    ];
  },
  versionadded: versionNote,
  versionchanged: versionNote,
  versionremoved: versionNote,
  deprecated: versionNote,
  math(node) {
    const parts = directiveParts(node);
    const latex = [parts.argument, parts.content].filter((part) => part.trim()).join('\n\n');
    return [text(`$$\n${latex.trim()}\n$$`)];
  },
  centered(node) {
    return [
      {
        kind: 'container',
        name: 'container',
        attributes: { class: 'centered' },
        children: paragraph(`**${plain(directiveParts(node).argument)}**`),
      },
    ];
  },
  hlist: (node, page, level) => convertBlocks(children(node), page, level),
  acks: (node, page, level) => convertBlocks(children(node), page, level),
  glossary(node, page, level) {
    return elements(node).map((entry) => ({
      kind: 'container' as const,
      name: 'definition',
      label: directiveTitle(entry, page) ?? '',
      attributes: { type: 'glossary' },
      children: convertBlocks(contentOf(entry), page, level),
    }));
  },
  'tab-set': tabSet,
  tabs: tabSet,
  'content-tabs': tabSet,
  'tab-set-code': tabSet,
  grid,
  'grid-item-card': card,
  card,
  dropdown,
  'toggle-header': dropdown,
  'button-link': button,
  'button-ref': button,
  'datatemplate:yaml': (node, page, level) => convertBlocks(children(node), page, level),
  plotly(node, page) {
    const parts = directiveParts(node);
    page.loss(
      node,
      'plotly',
      'the code that draws the chart, without the chart',
      'plotly charts are drawn by running Python at build time',
    );
    return [
      {
        kind: 'container',
        name: 'generated',
        attributes: { kind: 'plotly' },
        children: [text(codeFence(parts.content, 'python'))],
      },
    ];
  },
  update(node, page, level) {
    const date = directiveParts(node).argument.trim();
    return [
      {
        kind: 'container',
        name: 'admonition',
        label: plain(`Update${date ? ` ${date}` : ''}`),
        children: convertBlocks(contentOf(node), page, level),
      },
    ];
  },
  // Not shown on the original site: index entries (no general index here), LaTeX column specs, authors
  // (show_authors is off), spelling word lists, sphinx-design's reading-time box.
  index: nothing,
  tabularcolumns: nothing,
  sectionauthor: nothing,
  moduleauthor: nothing,
  codeauthor: nothing,
  'spelling:word-list': nothing,
  'spelling:word': nothing,
  'rst-class': nothing,
  cssclass: nothing,
  'neuron-tag': nothing,
};

function setModule(node: DElement, page: Page): Block[] {
  page.scope.setModule(directiveParts(node).argument.trim());
  return [];
}

/**
 * `py:module`: the module of the entries after it, and an entry of the module where Sphinx anchored it (the
 * renderer's `#module-neuronx`, without a term, as Sphinx showed none), so that `:mod:` references lead there.
 */
function moduleEntry(node: DElement, page: Page): Block[] {
  setModule(node, page);
  const parts = directiveParts(node);
  expectOptions(node, page, ['platform', 'synopsis', 'deprecated', 'noindex', 'no-index']);
  const name = parts.argument.trim();
  if (parts.has('noindex') || parts.has('no-index') || name === 'None') return [];
  return [{ kind: 'container', name: 'api', attributes: { kind: 'module', name }, children: [] }];
}

function versionNote(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  const version = parts.argument.trim().split(/\s+/)[0] ?? '';
  const title = directiveTitle(node, page);
  return [
    {
      kind: 'container',
      name: parts.name,
      attributes: { version },
      children: [...(title ? paragraph(title) : []), ...convertBlocks(contentOf(node), page, level)],
    },
  ];
}

export function convertDirective(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  const handler = HANDLERS[parts.name];
  if (handler) return handler(node, page, level);
  if (isTabSet(parts.name)) return tabSet(node, page, level);
  if (objectKind(parts.name)) return objectEntry(node, page, level);
  if (isAutodoc(parts.name)) return generated(node, page, level);
  if (parts.name.startsWith('cpp:namespace') || parts.name === 'c:namespace') {
    expectOptions(node, page, []);
    return [];
  }
  return page.fail(
    node,
    `directive "${parts.name}"${node.a?.['unknown'] ? " (unknown to docutils and to the release's Sphinx extensions)" : ''}`,
    'the importer does not convert it',
    node.a?.['unknown']
      ? 'Sphinx failed on it too and left it out: fix the source with a patch in scripts/import/patches.yaml'
      : 'add it to scripts/import/convert/directives.ts (and its MDX form to docs/components.md)',
  );
}
