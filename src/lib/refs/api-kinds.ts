/**
 * The kinds of API objects and of references to them, as Sphinx's Python, C, C++ and standard domains name them. An
 * `:::api` entry has an object type (`function`, `cpp:class`); an `:api` reference has a role (`func`, `cpp:func`).
 * A kind without a domain is Python's, as in Sphinx (`py` is the default domain), or the standard domain's (`option`).
 */

/** Object types of `:::api{kind="…"}`, per domain. */
export const API_ENTRY_KINDS = {
  py: [
    'function',
    'class',
    'method',
    'attribute',
    'exception',
    'classmethod',
    'staticmethod',
    'data',
    'property',
    'module',
    'decorator',
    'decoratormethod',
  ],
  c: ['function', 'macro', 'struct', 'union', 'enum', 'enumerator', 'member', 'var', 'type'],
  cpp: ['function', 'class', 'struct', 'union', 'enum', 'enumerator', 'member', 'var', 'type', 'concept'],
  // a command-line option is an `:::option` entry, not an `:::api` one
  std: [],
} as const;

/** Roles of `:api{kind="…"}`, per domain (what `:func:`, `:cpp:class:` were). */
export const API_ROLE_KINDS = {
  py: ['func', 'meth', 'class', 'attr', 'obj', 'mod', 'exc', 'data', 'const', 'type', 'deco', 'prop'],
  c: ['func', 'macro', 'struct', 'union', 'enum', 'enumerator', 'member', 'var', 'type', 'expr', 'texpr'],
  cpp: ['func', 'class', 'struct', 'union', 'enum', 'enumerator', 'member', 'var', 'type', 'concept', 'expr', 'texpr'],
  // `:option:` (`:api{to="neuronx-cc --target" kind="option"}`), Sphinx's standard domain
  std: ['option'],
} as const;

type Domain = keyof typeof API_ENTRY_KINDS;

// Sphinx's default domain is `py`; the standard domain's roles (`option`) need no prefix either.
const UNPREFIXED: readonly Domain[] = ['py', 'std'];

function parseKind(kind: string, table: Record<Domain, readonly string[]>) {
  const [domain, name] = kind.includes(':')
    ? kind.split(':', 2)
    : [UNPREFIXED.find((candidate) => table[candidate].includes(kind)) ?? 'py', kind];
  if (domain === undefined || name === undefined || !Object.hasOwn(table, domain)) return undefined;
  return table[domain as Domain].includes(name) ? { domain: domain as Domain, name } : undefined;
}

/** Every valid spelling of a kind, for "did you mean" hints (`function`, `py:function`, `cpp:function`, …). */
function spellings(table: Record<Domain, readonly string[]>): string[] {
  return Object.entries(table).flatMap(([domain, names]) =>
    names.map((name) => (UNPREFIXED.includes(domain as Domain) ? name : `${domain}:${name}`)),
  );
}

/** The domain and object type of an `:::api` kind, or `undefined` when Sphinx has no such type. */
export const parseEntryKind = (kind: string) => parseKind(kind, API_ENTRY_KINDS);
/** The domain and role of an `:api` kind, or `undefined` when Sphinx has no such role. */
export const parseRoleKind = (kind: string) => parseKind(kind, API_ROLE_KINDS);
/** The kinds an `:::api` entry may have. */
export const ENTRY_KIND_NAMES = spellings(API_ENTRY_KINDS);
/** The kinds an `:api` reference may have. */
export const ROLE_KIND_NAMES = spellings(API_ROLE_KINDS);

/**
 * What Sphinx writes before a signature of this type (`class torch.nn.Module`); nothing for functions, methods,
 * attributes and data.
 */
export function entryKindPrefix(kind: string): string | undefined {
  const parsed = parseEntryKind(kind);
  if (!parsed) return undefined;
  const prefixes: Record<string, string> = {
    class: 'class',
    exception: 'exception',
    classmethod: 'classmethod',
    staticmethod: 'static',
    property: 'property',
    module: 'module',
    decorator: '@',
    struct: 'struct',
    union: 'union',
    enum: 'enum',
    concept: 'concept',
    macro: 'macro',
    type: 'type',
  };
  return prefixes[parsed.name];
}

/** Whether a reference of this role shows `()` after the name, as Sphinx does (`add_function_parentheses`). */
export function roleTakesParentheses(kind: string): boolean {
  const parsed = parseRoleKind(kind);
  return parsed?.name === 'func' || parsed?.name === 'meth';
}
