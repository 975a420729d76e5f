import type { Html, List, Paragraph, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { HighlightCode } from '../../render/highlight.ts';
import { element } from '../element-node.ts';
import { LIST_TYPES } from '../list-types.ts';
import { misplaced } from './design.ts';
import { sourceOf } from '../node-source.ts';
import { invalidAttribute, requireAttribute, splitLabel } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';

/** Sphinx's version notes and what each says before the version. */
export const VERSION_NOTES = {
  versionadded: { className: 'version-added', text: 'New in version' },
  versionchanged: { className: 'version-changed', text: 'Changed in version' },
  deprecated: { className: 'version-deprecated', text: 'Deprecated since version' },
} as const;

/** The name of a version note directive. */
export type VersionNoteName = keyof typeof VERSION_NOTES;

/**
 * A version note (`:::versionadded{version="2.1"}`, `versionchanged`, `deprecated`): "New in version 2.1: …",
 * the words run into the first paragraph of the body as in Sphinx.
 */
export function versionNote(node: ContainerDirective, name: VersionNoteName, context: TransformContext): RootContent {
  const { className, text } = VERSION_NOTES[name];
  const version = requireAttribute(node, 'version', `:::${name}{version="2.1"}`, context) ?? '?';
  const { body } = splitLabel(node);
  const [first, ...rest] = body;
  const lead = element('span', [{ type: 'text', value: `${text} ${version}${body.length > 0 ? ': ' : '.'}` }], {
    className: ['version-note-title'],
  });
  const opening: RootContent[] =
    first?.type === 'paragraph'
      ? [{ type: 'paragraph', children: [lead, ...first.children] } satisfies Paragraph, ...rest]
      : [{ type: 'paragraph', children: [lead] } satisfies Paragraph, ...body];
  return element('div', opening, { className: ['version-note', className] });
}

/**
 * A rubric (`::rubric[Text]`): a heading that starts no section, so it is not in the page's contents and has no
 * anchor — but a heading element all the same, one level below the section it is in (`level`), so that readers of
 * the page's outline find it.
 */
export function rubric(node: LeafDirective, level: number, context: TransformContext): RootContent {
  if (node.children.length === 0) {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: '`::rubric` has no text',
      hint: 'write it in brackets: `::rubric[Footnotes]`',
    });
  }
  return element(`h${Math.min(6, level)}`, node.children, { className: ['rubric'] });
}

/**
 * A numbered list counted other than 1, 2, 3 (`:::list{type="a"}` around it, RST's `a.` or `i)` lists): its
 * `<ol type>`, which the browser numbers with, and reads out, without any CSS.
 */
export function numberedList(node: ContainerDirective, context: TransformContext): RootContent | RootContent[] {
  const allowed: readonly string[] = Object.values(LIST_TYPES);
  const type = requireAttribute(node, 'type', ':::list{type="a"}', context) ?? '1';
  if (!allowed.includes(type)) invalidAttribute(node, 'type', type, { allowed }, context);
  const { body } = splitLabel(node);
  const [list] = body;
  if (body.length !== 1 || list?.type !== 'list' || !list.ordered) {
    misplaced(node, '`:::list` holds something other than one numbered list', 'put one `1.` list inside it', context);
    return body;
  }
  // A new node: the parsed one is read-only
  return {
    type: 'list',
    ordered: true,
    start: list.start ?? null,
    spread: list.spread ?? null,
    children: list.children,
    data: { hProperties: { type } },
  } satisfies List;
}

const CLASS_NAME = /^-?[A-Za-z_][\w-]*$/;

/** A container (`:::container{class="name"}`, RST `container`): a block with the classes given. */
export function container(node: ContainerDirective, context: TransformContext): RootContent {
  const classes = (node.attributes?.['class'] ?? '').split(/\s+/).filter(Boolean);
  const valid = classes.filter((name) => {
    if (CLASS_NAME.test(name)) return true;
    invalidAttribute(node, 'class', name, { rule: 'class names are letters, digits, `-` and `_`' }, context);
    return false;
  });
  return element('div', splitLabel(node).body, { className: ['container', ...valid] });
}

/**
 * A command whose output the original showed by running it at build time (`:::program-output{command="…"}`),
 * when the importer could not run it: the command as a code block, then a visible note (the body, or a default).
 */
export async function programOutput(
  node: ContainerDirective,
  context: TransformContext,
  highlight: HighlightCode,
): Promise<RootContent> {
  const command = requireAttribute(node, 'command', ':::program-output{command="neuron-ls --help"}', context) ?? '';
  const { html, styles } = await highlight(command, 'bash');
  for (const [name, style] of styles) context.styles.set(name, style);
  const { body } = splitLabel(node);
  const note =
    body.length > 0
      ? body
      : [
          {
            type: 'paragraph',
            children: [{ type: 'text', value: 'The output of this command is not shown here: run it to see it.' }],
          } satisfies Paragraph,
        ];
  return element(
    'div',
    [{ type: 'html', value: html } satisfies Html, element('div', note, { className: ['program-output-note'] })],
    { className: ['program-output'] },
  );
}

/**
 * What Sphinx generated from source code (`:::generated{kind="autosummary"}`: autosummary, autoclass, autodoc…),
 * which the site does not reproduce: a note saying so — naming what it documented, `name="torch_neuronx.Tracer"`
 * of an `autoclass` — with the body (what the original named or wrote under the directive).
 */
export function generated(node: ContainerDirective, context: TransformContext, ordinal: number): RootContent {
  const kind = requireAttribute(node, 'kind', ':::generated{kind="autosummary"}', context) ?? 'autodoc';
  const name = node.attributes?.['name'] || undefined;
  const id = `generated_${ordinal}`;
  const title = element('p', [{ type: 'text', value: `Generated reference (${kind})` }], {
    className: ['admonition-title'],
    id,
  });
  const explanation: Paragraph = {
    type: 'paragraph',
    children: name
      ? [
          { type: 'text', value: 'The original page generated the reference of ' },
          { type: 'inlineCode', value: name },
          { type: 'text', value: ' from the source code; it is not reproduced here.' },
        ]
      : [
          {
            type: 'text',
            value: 'The original page generated this part from the source code; it is not reproduced here.',
          },
        ],
  };
  return element('div', [title, explanation, ...splitLabel(node).body], {
    className: ['admonition', 'admonition-generated'],
    role: 'note',
    ariaLabelledby: id,
  });
}

/**
 * The stored output of a notebook cell (`:::output`, after the cell's code block): its body (a fenced block of
 * text, an image, HTML), framed so it reads as belonging to the code above it.
 */
export function cellOutput(node: ContainerDirective): RootContent {
  return element('div', splitLabel(node).body, { className: ['cell-output'], role: 'group', ariaLabel: 'Output' });
}
