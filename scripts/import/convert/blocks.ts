/**
 * Body elements of the doctree → MDX blocks. Sections are flattened into headings (Markdown has no sections),
 * which also puts the start and end of an include on one level, where `includes.ts` can cut them out.
 */
import { LIST_TYPES } from '../../../src/lib/markdown/list-types.ts';
import { attr, attrList, children, elements, isElement, type DElement, type DNode } from '../doctree.ts';
import { codeFence, escapeLineStart } from '../escape.ts';
import { leaf, renderBlocks, text, type Block } from '../mdx.ts';
import { convertDirective } from './directives.ts';
import { figureBlock, imageBlock } from './images.ts';
import { convertInline, footnoteLabel, plain, textContent } from './inline.ts';
import { includeMarker } from './includes.ts';
import type { Page } from './page.ts';
import { tableBlock } from './tables.ts';
import { htmlBlock } from './html.ts';

const ADMONITIONS = new Set([
  'note',
  'tip',
  'hint',
  'important',
  'attention',
  'caution',
  'warning',
  'danger',
  'error',
  'seealso',
]);

/** `::label` lines for the labels Sphinx resolves to this node (a label another page wins is left out). */
export function labelBlocks(node: DElement, page: Page, onHeading = false): Block[] {
  return attrList(node, 'labels')
    .filter((label) => page.version.labels.wins(label, page.docname))
    .map((label) => {
      // not on a section: the title `:ref:` without text shows (a caption, a rubric), when Sphinx had one
      const titled = onHeading ? undefined : page.version.labels.resolve(label, false);
      return leaf('label', { name: label, title: titled?.docname === page.docname ? titled.title : undefined });
    });
}

/** A paragraph of inline Markdown, safe at the start of a line. */
export function paragraph(inline: string): Block[] {
  const value = escapeLineStart(inline.trim());
  return value === '' ? [] : [{ kind: 'text', text: value, tight: true }];
}

/** The language of a code block: its own, else the page's `.. highlight::` (Sphinx's `default` shows as text). */
export function codeLanguage(language: string, page: Page): string {
  const chosen = (language || page.highlight).trim();
  return chosen === 'default' || chosen === 'none' || chosen === '' ? 'text' : chosen;
}

export function convertBlocks(nodes: readonly DNode[], page: Page, level: number): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      out.push(...paragraph(plain(node)));
      continue;
    }
    out.push(...convertBlock(node, page, level));
  }
  return out;
}

function convertBlock(node: DElement, page: Page, level: number): Block[] {
  const labels = node.t === 'section' ? [] : labelBlocks(node, page);
  return [...labels, ...blockBody(node, page, level)];
}

function blockBody(node: DElement, page: Page, level: number): Block[] {
  switch (node.t) {
    case 'section':
      return sectionBlocks(node, page, level);
    case 'paragraph':
      return paragraph(convertInline(children(node), page));
    case 'bullet_list':
    case 'enumerated_list':
      return [listBlock(node, page, level)];
    case 'definition_list':
      return elements(node).flatMap((item) => definitionItem(item, page, level));
    case 'field_list':
      return elements(node).map((field) => fieldBlock(field, page, level));
    case 'option_list':
      return elements(node).map((item) => optionItem(item, page, level));
    case 'literal_block':
      return [text(codeFence(textContent(node), codeLanguage(literalLanguage(node), page)))];
    case 'doctest_block':
      return [text(codeFence(textContent(node), 'pycon'))];
    case 'line_block':
      return [text(lineBlock(node, page, 0).join('\\\n'))];
    case 'block_quote':
      return [{ kind: 'quote', children: quoteChildren(node, page, level) }];
    case 'table':
      return tableBlock(node, page);
    case 'image':
      return imageBlock(node, page, undefined);
    case 'reference': {
      const image = elements(node).find((child) => child.t === 'image');
      if (image && elements(node).length === 1) return imageBlock(image, page, attr(node, 'refuri'));
      return paragraph(convertInline([node], page));
    }
    case 'figure':
      return figureBlock(node, page, level);
    case 'admonition':
    case 'topic':
    case 'sidebar':
      return [titledAdmonition(node, page, level)];
    case 'rubric':
      return [leaf('rubric', undefined, convertInline(children(node), page))];
    case 'compound':
      return convertBlocks(children(node), page, level);
    case 'container':
      return [
        {
          kind: 'container',
          name: 'container',
          attributes: { class: attrList(node, 'classes').join(' ') || undefined },
          children: convertBlocks(children(node), page, level),
        },
      ];
    case 'raw':
      return htmlBlock(node, page);
    case 'math_block':
      return [text(`$$\n${textContent(node).trim()}\n$$`)];
    case 'footnote':
    case 'citation':
      return [footnoteDefinition(node, page, level)];
    case 'transition':
      return [text('***')];
    case 'directive':
      return convertDirective(node, page, level);
    case 'include':
      return includeMarker(node, page);
    case 'system_message':
      // a table docutils could not read (rst_doctree.py marks its error with the construct): Sphinx left the
      // table out with a warning; a table is too much to lose quietly, so the source must be fixed
      if (attr(node, 'construct')) {
        return page.fail(
          node,
          attr(node, 'construct'),
          systemMessageText(node).replace(/\s+/g, ' '),
          'fix the table with a patch in scripts/import/patches.yaml (the original site showed no table here)',
        );
      }
      // Sphinx removes every system message; when docutils put the failed markup inside it (a directive it
      // could not read), that markup is gone from the original page too: the report says so. A warning
      // (level 2, "Title underline too short") quotes markup docutils read all the same: nothing is lost
      if (Number(attr(node, 'level')) >= 3 && elements(node).some((child) => child.t === 'literal_block')) {
        page.asOriginal(
          node,
          'docutils-error',
          'nothing, as on the original site (Sphinx left the element out and printed a warning)',
          systemMessageText(node).split('\n')[0]!.slice(0, 200),
        );
      }
      return [];
    case 'target':
    case 'substitution_definition':
    case 'comment':
    case 'pending':
    case 'docinfo':
      return [];
    case 'problematic':
      return paragraph(convertInline([node], page));
    case 'nb_output':
      return [{ kind: 'container', name: 'output', children: convertBlocks(children(node), page, level) }];
    case 'nb_unshown':
      page.loss(
        node,
        'notebook-output',
        'nothing',
        `an output of type ${attr(node, 'mime')}, which needs the notebook's JavaScript`,
      );
      return [];
    case 'nb_raw_cell':
      // nbsphinx shows a raw cell only for the formats it knows; reStructuredText would need the RST front-end
      if (attr(node, 'mime') === 'text/restructuredtext') {
        return page.fail(
          node,
          'notebook raw cell (text/restructuredtext)',
          'is not converted',
          'convert it in scripts/import/notebook.ts',
        );
      }
      return [];
    default:
      if (ADMONITIONS.has(node.t)) {
        return [{ kind: 'container', name: node.t, children: convertBlocks(children(node), page, level) }];
      }
      return page.fail(
        node,
        `element "${node.t}"`,
        'the importer does not know how to write it in MDX',
        'add it to scripts/import/convert/blocks.ts (and its MDX form to docs/components.md)',
      );
  }
}

/** What a docutils system message says (its first paragraph; the failed markup follows it). */
function systemMessageText(node: DElement): string {
  return textContent(elements(node).find((child) => child.t === 'paragraph') ?? node);
}

function sectionBlocks(node: DElement, page: Page, level: number): Block[] {
  const [title, ...rest] = children(node);
  if (!isElement(title) || title.t !== 'title')
    return page.fail(node, 'section', 'has no title', 'report a docutils bug');
  if (level > 6) {
    return page.fail(
      node,
      'section',
      `is nested ${level} levels deep`,
      'Markdown has six heading levels: patch the source',
    );
  }
  return [
    ...labelBlocks(node, page, true),
    text(`${'#'.repeat(level)} ${escapeLineStart(convertInline(children(title), page).trim())}`),
    ...convertBlocks(rest, page, level + 1),
  ];
}

function literalLanguage(node: DElement): string {
  const language = attr(node, 'language');
  if (language) return language;
  const classes = attrList(node, 'classes');
  return classes[0] === 'code' ? (classes[1] ?? '') : '';
}

function listBlock(node: DElement, page: Page, level: number): Block {
  const items = elements(node).map((item) => convertBlocks(children(item), page, level));
  if (node.t === 'bullet_list') return { kind: 'list', ordered: false, items };
  const start = Number(node.a?.['start'] ?? 1);
  const list: Block = {
    kind: 'list',
    ordered: true,
    start,
    delimiter: attr(node, 'suffix') === ')' ? ')' : '.',
    items,
  };
  const enumtype = attr(node, 'enumtype') || 'arabic';
  const type = LIST_TYPES[enumtype as keyof typeof LIST_TYPES];
  if (type === undefined)
    return page.fail(node, 'enumerated list', `numbering "${enumtype}"`, 'number it 1., a., A., i. or I.');
  // a., i. …: Markdown numbers 1, 2, 3; the directive gives the <ol> its type
  return type === '1' ? list : { kind: 'container', name: 'list', attributes: { type }, children: [list] };
}

function definitionItem(item: DElement, page: Page, level: number): Block[] {
  const terms = elements(item).filter((child) => child.t === 'term');
  const classifiers = elements(item).filter((child) => child.t === 'classifier');
  const definition = elements(item).find((child) => child.t === 'definition');
  const term = terms.map((t) => convertInline(children(t), page)).join(' ');
  const classifier = classifiers.map((c) => textContent(c)).join(' : ');
  return [
    ...terms.flatMap((t) => labelBlocks(t, page)),
    {
      kind: 'container',
      name: 'definition',
      label: term,
      attributes: { classifier: classifier || undefined },
      children: definition ? convertBlocks(children(definition), page, level) : [],
    },
  ];
}

function fieldBlock(field: DElement, page: Page, level: number): Block {
  const name = elements(field).find((child) => child.t === 'field_name');
  const body = elements(field).find((child) => child.t === 'field_body');
  return {
    kind: 'container',
    name: 'definition',
    label: name ? convertInline(children(name), page) : '',
    attributes: { type: 'field' },
    children: body ? convertBlocks(children(body), page, level) : [],
  };
}

function optionItem(item: DElement, page: Page, level: number): Block {
  const group = elements(item).find((child) => child.t === 'option_group');
  const description = elements(item).find((child) => child.t === 'description');
  const options = group
    ? elements(group).map((option) =>
        elements(option)
          .map((part) =>
            part.t === 'option_argument' ? `${attr(part, 'delimiter') || ' '}${textContent(part)}` : textContent(part),
          )
          .join(''),
      )
    : [];
  return {
    kind: 'container',
    name: 'definition',
    label: options.map((option) => `\`${option}\``).join(', '),
    attributes: { type: 'option' },
    children: description ? convertBlocks(children(description), page, level) : [],
  };
}

function lineBlock(node: DElement, page: Page, depth: number): string[] {
  const lines: string[] = [];
  for (const child of elements(node)) {
    if (child.t === 'line_block') lines.push(...lineBlock(child, page, depth + 1));
    else {
      const content = convertInline(children(child), page).trim();
      lines.push(`${'&nbsp;'.repeat(depth * 4)}${content === '' ? '&nbsp;' : escapeLineStart(content)}`);
    }
  }
  return lines;
}

function quoteChildren(node: DElement, page: Page, level: number): Block[] {
  return children(node).flatMap((child) =>
    isElement(child) && child.t === 'attribution'
      ? paragraph(`— ${convertInline(children(child), page)}`)
      : convertBlocks([child], page, level),
  );
}

function titledAdmonition(node: DElement, page: Page, level: number): Block {
  const title = elements(node).find((child) => child.t === 'title');
  const body = children(node).filter((child) => child !== title);
  const classes = attrList(node, 'classes').filter((name) => !name.startsWith('admonition-') && name !== 'admonition');
  const kind = node.t === 'admonition' ? undefined : node.t;
  return {
    kind: 'container',
    name: 'admonition',
    label: title ? convertInline(children(title), page) : '',
    attributes: { class: [kind, ...classes].filter(Boolean).join(' ') || undefined },
    children: convertBlocks(body, page, level),
  };
}

function footnoteDefinition(node: DElement, page: Page, level: number): Block {
  const body = children(node).filter((child) => !(isElement(child) && child.t === 'label'));
  const rendered = renderBlocks(convertBlocks(body, page, level));
  const lines = rendered.split('\n').map((line, index) => (index === 0 || line === '' ? line : `    ${line}`));
  return text(`[^${footnoteLabel(node, page)}]: ${lines.join('\n')}`);
}
