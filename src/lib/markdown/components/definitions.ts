import type { PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { entryAnchor } from '../../refs/api-ids.ts';
import { scanApis, type ApiDefinition } from '../../refs/scan-apis.ts';
import { ENTRY_KIND_NAMES, entryKindPrefix, parseEntryKind } from '../../refs/api-kinds.ts';
import { optionTargets } from '../../refs/option-ids.ts';
import { element } from '../element-node.ts';
import { sourceOf } from '../node-source.ts';
import { invalidAttribute, requireAttribute, splitLabel } from '../transforms/attributes.ts';
import type { TransformContext } from '../transforms/context.ts';

/** A self-link after a term: a `#` for the eye, its target's name for screen readers. */
function selfLink(id: string, name: string): RootContent {
  return element(
    'a',
    [
      element('span', [{ type: 'text', value: '#' }], { ariaHidden: 'true' }),
      element('span', [{ type: 'text', value: `Link to ${name}` }], { className: ['sr-only'] }),
    ],
    { className: ['term-anchor'], href: `#${encodeURI(id)}`, dataPagefindIgnore: true },
  );
}

const pageEntries = new WeakMap<TransformContext, ApiDefinition[]>();

/**
 * An entry's id: the one the page's scan gave the entry on this line (the scan knows the C++ classes around it,
 * and `:api` references lead there), else Sphinx's id of it outside any class (an entry in a partial).
 */
function entryId(node: ContainerDirective, kind: string, name: string, signature: string, context: TransformContext) {
  let entries = pageEntries.get(context);
  if (!entries) {
    entries = scanApis(context.source);
    pageEntries.set(context, entries);
  }
  const line = node.position?.start.line;
  const scanned = entries.find((entry) => entry.line === line && entry.name === name);
  return scanned ? (scanned.anchor ?? scanned.name) : entryAnchor(kind, name, signature, []);
}

/**
 * An API entry (`:::api[signature]{kind="function" name="torch_neuronx.trace"}`, Sphinx `py:function`,
 * `cpp:class`…): a definition list whose term is the signature — not a heading, so it is not in the page's
 * contents — and whose details are the body, where nested entries (a class's methods) go. Its anchor is Sphinx's
 * id (`entryAnchor`: a Python object's name exactly, `c.nrt_load`, `_CPPv48nrt_initi`); it is recorded with the
 * page's anchors so the version menu keeps it. A module (`kind="module"`) has no term, as Sphinx's `py:module`
 * shows nothing: its anchor (`module-neuronx`) and its body.
 */
export function apiEntry(node: ContainerDirective, context: TransformContext): RootContent {
  const usage = ':::api[signature]{kind="function" name="module.function"}';
  const kind = requireAttribute(node, 'kind', usage, context) ?? 'function';
  // An entry without `name` is a signature Sphinx could not parse: shown, with no anchor and no `:api` target
  const name = node.attributes?.['name'] || undefined;
  const parsed = parseEntryKind(kind);
  if (!parsed) invalidAttribute(node, 'kind', kind, { allowed: ENTRY_KIND_NAMES }, context);
  const { label, body } = splitLabel(node);
  const signature: PhrasingContent[] = label.length > 0 ? label : [{ type: 'text', value: name ?? '' }];
  const prefix = entryKindPrefix(kind);
  const term: RootContent[] = [
    ...(prefix
      ? [
          element('em', [{ type: 'text', value: prefix }], { className: ['api-kind'] }),
          { type: 'text' as const, value: ' ' },
        ]
      : []),
    element('code', signature, { className: ['api-signature'] }),
  ];
  const domainKind = parsed ? `${parsed.domain}-${parsed.name}` : 'unknown';
  if (name === undefined) {
    return element('dl', [element('dt', term), element('dd', body)], { className: ['api', `api-${domainKind}`] });
  }
  const id = entryId(node, kind, name, toString({ type: 'paragraph', children: label }), context);
  if (parsed?.name === 'module') {
    const first = !context.anchors.includes(id);
    if (first) context.anchors.push(id);
    return element('div', body, { ...(first ? { id } : {}), className: ['api', `api-${domainKind}`] });
  }
  // A second entry of one name on a page: Sphinx gave the name's id to the first only (the build logs it).
  if (context.anchors.includes(id)) {
    return element('dl', [element('dt', term, { className: ['api-term'] }), element('dd', body)], {
      className: ['api', `api-${domainKind}`],
    });
  }
  context.anchors.push(id);
  return element(
    'dl',
    [element('dt', [...term, selfLink(id, name)], { id, className: ['api-term'] }), element('dd', body)],
    { className: ['api', `api-${domainKind}`] },
  );
}

/**
 * A command-line option (`:::option[--target <target>]{program="neuronx-cc"}`, Sphinx `option` under `program`):
 * a definition list whose term is the option and its argument, anchored where Sphinx anchors it
 * (`#cmdoption-neuronx-cc-target`). Several names (`-o, --output <file>`) each get their anchor.
 */
export function optionEntry(node: ContainerDirective, context: TransformContext): RootContent {
  const { label, body } = splitLabel(node);
  const text = toString({ type: 'paragraph', children: label }).trim();
  if (text === '') {
    context.problems.push({
      code: 'missing-attribute',
      ...sourceOf(node, context.pageFile),
      message: '`:::option` has no option',
      hint: 'write it in brackets: `:::option[--target <target>]{program="neuronx-cc"}`',
    });
  }
  const program = node.attributes?.['program'] ?? undefined;
  const targets = optionTargets(text, program);
  const ids = targets.map((target) => target.anchor);
  // Sphinx gave a second option of one program and name a generated id: it has no anchor of its own here
  const [id, ...more] = [...new Set(ids)].filter((candidate) => !context.anchors.includes(candidate));
  context.anchors.push(...ids);
  const anchors = more.map((extra) => element('span', [], { id: extra, className: ['label-anchor'] }));
  const term: RootContent[] = [
    ...anchors,
    element('code', label, { className: ['option-name'] }),
    ...(id ? [selfLink(id, targets[0]?.option ?? text)] : []),
  ];
  return element('dl', [element('dt', term, id ? { id, className: ['option-term'] } : {}), element('dd', body)], {
    className: ['option'],
  });
}

/**
 * The kinds of `:::definition`: a definition list's entry (the default), a field list's (`type="field"`), an
 * option list's (`type="option"`) or a glossary's (`type="glossary"`).
 */
export const DEFINITION_TYPES = ['definition', 'field', 'option', 'glossary'] as const;

const definitionType = (node: RootContent | undefined): string | undefined =>
  node?.type === 'containerDirective' && node.name === 'definition'
    ? (node.attributes?.['type'] ?? 'definition')
    : undefined;

/**
 * A definition list's entry (`:::definition[term]{classifier="…"}` … `:::`, RST's definition list) or a field
 * list's (`:::definition[Author]{type="field"}`, RST's `:Author: …`), an option list's or a glossary's.
 * Consecutive entries of one type are one list, as in Sphinx: the first of a run builds the `<dl>` of all of them
 * (`siblings` from `index` on), the others render nothing. A field's name ends with a colon, and a classifier
 * follows its term (`term : classifier`), as Sphinx shows them.
 */
export function definitionEntry(
  node: ContainerDirective,
  siblings: readonly RootContent[],
  index: number,
  context: TransformContext,
): RootContent | undefined {
  const type = definitionType(node) ?? 'definition';
  if (definitionType(siblings[index - 1]) === type) return undefined;
  const known = (DEFINITION_TYPES as readonly string[]).includes(type);
  const entries: RootContent[] = [];
  for (let i = index; definitionType(siblings[i]) === type; i += 1) {
    const entry = siblings[i] as ContainerDirective;
    if (!known) invalidAttribute(entry, 'type', type, { allowed: DEFINITION_TYPES.slice(1) }, context);
    const { label, body } = splitLabel(entry);
    if (label.length === 0)
      context.problems.push({
        code: 'missing-attribute',
        ...sourceOf(entry, context.pageFile),
        message: '`:::definition` has no term',
        hint: 'give it in brackets: `:::definition[term]` (a field: `:::definition[Author]{type="field"}`)',
      });
    const classifier = entry.attributes?.['classifier'] || undefined;
    const term: RootContent[] =
      type === 'field'
        ? [...label, { type: 'text', value: ':' }]
        : [
            ...label,
            ...(classifier
              ? [
                  { type: 'text' as const, value: ' : ' },
                  element('span', [{ type: 'text', value: classifier }], { className: ['classifier'] }),
                ]
              : []),
          ];
    entries.push(element('dt', term), element('dd', body));
  }
  const className =
    type === 'field' ? 'field-list' : type === 'definition' || !known ? 'definition-list' : `${type}-list`;
  return element('dl', entries, { className: [className] });
}
