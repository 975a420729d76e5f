/**
 * API entries (`py:function` … `cpp:class`, `option`, `envvar`, `describe`) → `:::api[signature]{kind name}`,
 * with Sphinx's info fields (`:param x:`, `:type x:`, `:returns:`, `:raises E:` …) grouped as Sphinx shows them.
 * autodoc and autosummary cannot run offline: they become `:::generated` and an entry in the loss report.
 */
import { cName, optionNames, PY_KINDS } from '../api-names.ts';
import { attr, children, directiveParts, elements, textOf, type DElement, type DNode } from '../doctree.ts';
import { codeSpan } from '../escape.ts';
import type { Block } from '../mdx.ts';
import { convertBlocks, paragraph } from './blocks.ts';
import { convertInline, plain } from './inline.ts';
import { expectOptions } from './options.ts';
import type { Page } from './page.ts';

/** Splits `py:function` → domain `py`, kind `function`; an unprefixed Python directive is in `py`. */
export function objectKind(name: string): { domain: string; kind: string } | undefined {
  const [domain, kind] = name.includes(':') ? (name.split(':', 2) as [string, string]) : ['', name];
  if ((domain === '' || domain === 'py') && PY_KINDS[kind]) return { domain: 'py', kind: PY_KINDS[kind]! };
  if (domain === 'c' || domain === 'cpp') return { domain, kind };
  if (['option', 'cmdoption', 'envvar', 'describe', 'object'].includes(kind) && (domain === '' || domain === 'std'))
    return { domain: 'std', kind: kind === 'cmdoption' ? 'option' : kind };
  return undefined;
}

export function objectEntry(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  const { domain, kind } = objectKind(parts.name)!;
  expectOptions(node, page, [
    'noindex',
    'no-index',
    'module',
    'type',
    'value',
    'async',
    'abstractmethod',
    'final',
    'canonical',
    'noindexentry',
    'name',
    'annotation',
    'tparam-line-spec',
  ]);
  const signatures = parts.argument
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const signature = signatures[0] ?? '';
  let name: string | undefined;
  let shown = signature;
  let leave = () => {};
  if (domain === 'py') {
    const entered = page.scope.enterPython(kind, signature, parts.option('module') || undefined);
    name = entered.name;
    leave = entered.leave;
    shown = pythonSignature(kind, signature, parts, page);
  } else if (domain === 'std' && kind === 'option') {
    name = optionNames(signature)[0];
    if (name && page.scope.program) name = `${page.scope.program} ${name}`;
  } else if (domain === 'std') name = signature.split(/\s/)[0];
  else name = cName(signature);
  let body: Block[];
  try {
    body = [
      ...signatures.slice(1).flatMap((extra) => paragraph(codeSpan(extra))),
      ...fieldsAware(children(node), page, level + 1),
    ];
  } finally {
    leave();
  }
  const kindName = domain === 'py' ? kind : domain === 'std' ? kind : `${domain}:${kind}`;
  if (domain === 'std' && kind === 'option') {
    return [
      {
        kind: 'container',
        name: 'option',
        label: plain(signature),
        attributes: { program: page.scope.program },
        children: body,
      },
    ];
  }
  return [
    {
      kind: 'container',
      name: 'api',
      label: plain(shown),
      attributes: { kind: kindName, name },
      children: body,
    },
  ];
}

/** The signature as Sphinx displays it: prefix, module (outside a class), name, arguments, return, type. */
function pythonSignature(
  kind: string,
  signature: string,
  parts: ReturnType<typeof directiveParts>,
  page: Page,
): string {
  const module = parts.option('module') || page.scope.module;
  const match = /^([\w.]*\.)?(\w+)\s*(\(.*\))?\s*(?:->\s*(.*))?$/s.exec(signature);
  if (!match) return signature;
  const [, prefix, base, args = '', ret] = match;
  // enterPython has already made the object the current class when it nests; look at the class around it
  const inClass = page.scope.currentClass !== undefined && !(kind === 'class' || kind === 'exception');
  const addname = prefix ?? (module && !inClass ? `${module}.` : '');
  const type = parts.option('type') ? `: ${parts.option('type')}` : '';
  const value = parts.option('value') ? ` = ${parts.option('value')}` : '';
  // the kind word (`class`, `classmethod`, `@`) is the renderer's (entryKindPrefix), not the signature's
  return `${addname}${base}${args}${ret ? ` → ${ret}` : ''}${type}${value}`;
}

// Sphinx's doc fields (sphinx.domains.python.PyObject.doc_field_types): name → group label
const FIELD_GROUPS: Record<string, string> = {
  param: 'Parameters',
  parameter: 'Parameters',
  arg: 'Parameters',
  argument: 'Parameters',
  key: 'Parameters',
  keyword: 'Parameters',
  kwarg: 'Keyword Arguments',
  kwparam: 'Keyword Arguments',
  var: 'Variables',
  ivar: 'Variables',
  cvar: 'Variables',
  raises: 'Raises',
  raise: 'Raises',
  exception: 'Raises',
  except: 'Raises',
  returns: 'Returns',
  return: 'Returns',
  rtype: 'Return type',
  tparam: 'Template Parameters',
  retval: 'Return values',
  throws: 'Throws',
  throw: 'Throws',
};
const TYPE_FIELDS = new Set(['type', 'vartype', 'kwtype']);

interface FieldItem {
  group: string;
  argument: string;
  body: readonly DNode[];
  node: DElement;
}

/** The content of an API entry: its field lists become Sphinx's groups; everything else converts as usual. */
function fieldsAware(nodes: readonly DNode[], page: Page, level: number): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    if (typeof node !== 'string' && node.t === 'directive_title') continue;
    if (typeof node === 'string' || node.t !== 'field_list') {
      out.push(...convertBlocks([node], page, level));
      continue;
    }
    out.push(...fieldGroups(node, page, level));
  }
  return out;
}

function fieldGroups(list: DElement, page: Page, level: number): Block[] {
  const items: FieldItem[] = [];
  const types = new Map<string, readonly DNode[]>();
  const others: DElement[] = [];
  for (const field of elements(list)) {
    const name = textOf(elements(field).find((child) => child.t === 'field_name') ?? field).trim();
    const body = children(elements(field).find((child) => child.t === 'field_body') ?? field);
    const [fieldType = '', ...rest] = name.split(/\s+/);
    if (TYPE_FIELDS.has(fieldType)) {
      types.set(rest.join(' '), body);
      continue;
    }
    const group = FIELD_GROUPS[fieldType];
    if (!group) {
      others.push(field);
      continue;
    }
    let argument = rest.join(' ');
    // `:param int x:` carries the type before the name
    if (rest.length > 1 && group !== 'Raises') {
      argument = rest.at(-1)!;
      types.set(argument, [rest.slice(0, -1).join(' ')]);
    }
    items.push({ group, argument, body, node: field });
  }
  const blocks: Block[] = [];
  const groups = [...new Set(items.map((item) => item.group))];
  for (const group of groups) {
    const members = items.filter((item) => item.group === group);
    const rendered = members.map((item) => fieldItem(item, types, page, level));
    if (rendered.length === 1 && !['Parameters', 'Keyword Arguments', 'Variables'].includes(group)) {
      const [first, ...rest] = rendered[0]!;
      // a body that starts with a block (a list) goes under the group's name, as Sphinx shows it
      if (first?.kind === 'text') blocks.push(...paragraph(`**${group}:** ${first.text}`), ...rest);
      else blocks.push(...paragraph(`**${group}:**`), ...rendered[0]!);
    } else {
      blocks.push(...paragraph(`**${group}:**`));
      blocks.push({ kind: 'list', ordered: false, items: rendered });
    }
  }
  if (others.length) {
    blocks.push(...convertBlocks([{ ...list, c: others }], page, level));
  }
  return blocks;
}

/** One field as Sphinx shows it: `**name** (type) – description`; a longer body follows as blocks. */
function fieldItem(item: FieldItem, types: Map<string, readonly DNode[]>, page: Page, level: number): Block[] {
  const body = convertBlocks(item.body, page, level);
  const leading = body[0]?.kind === 'text' && body[0].tight ? body[0].text : '';
  const rest = leading ? body.slice(1) : body;
  if (item.group === 'Return type') return paragraph(typeText(item.body, page));
  if (item.group === 'Returns') return body;
  const type = types.get(item.argument);
  const typed = type ? ` (${typeText(type, page)})` : '';
  return [...paragraph(`**${plain(item.argument)}**${typed}${leading ? ` – ${leading}` : ''}`), ...rest];
}

/** A type field: each type a code span, the words between them (`or`, `,`) as written. */
function typeText(nodes: readonly DNode[], page: Page): string {
  const raw = nodes
    .map((node) => textOf(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (nodes.some((node) => typeof node !== 'string' && node.t === 'paragraph' && elements(node).length > 0)) {
    return convertInline(
      nodes.flatMap((node) => (typeof node === 'string' ? [node] : children(node))),
      page,
    );
  }
  return raw
    .split(/(\s*,\s*|\s+or\s+|\s*\|\s*)/)
    .map((part, index) => (index % 2 === 1 ? part : part ? codeSpan(part) : ''))
    .join('');
}

const AUTODOC = new Set([
  'automodule',
  'autoclass',
  'autofunction',
  'automethod',
  'autoattribute',
  'autodata',
  'autoexception',
  'autoproperty',
  'autodecorator',
]);

export const isAutodoc = (name: string) => AUTODOC.has(name) || name === 'autosummary';

export function generated(node: DElement, page: Page, level: number): Block[] {
  const parts = directiveParts(node);
  if (parts.name === 'autosummary') {
    const names = parts.content
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith(':'));
    const module = page.scope.module;
    page.loss(
      node,
      'autosummary',
      'the list of the names it summarises, without their signatures and summaries',
      'autosummary imports the modules to document them; they are not installed offline',
    );
    return [
      {
        kind: 'container',
        name: 'generated',
        attributes: { kind: 'autosummary', module },
        children: [{ kind: 'list', ordered: false, items: names.map((name) => paragraph(codeSpan(name))) }],
      },
    ];
  }
  const target = parts.argument.trim();
  page.loss(
    node,
    parts.name,
    `the name ${target} and the text written under the directive, without the generated documentation`,
    'autodoc imports the module to document it; it is not installed offline',
  );
  return [
    {
      kind: 'container',
      name: 'generated',
      attributes: { kind: parts.name, name: target, module: page.scope.module },
      children: convertBlocks(children(node), page, level),
    },
  ];
}

/** A docutils option attribute of an API node, as text. */
export const optionText = (node: DElement, name: string) => attr(node, name);
