/**
 * Names of API entries and of API references, as Sphinx 5's Python, C, C++ and std domains make them.
 * `ApiScope` follows the reference context through a document in reading order: `currentmodule`/`module` set
 * the module, an object's content sees it as the class (Python objects nest), and it is restored after.
 */

/** Sphinx 5's `py_sig_re`: `prefix.name(args) -> ret`. */
const PY_SIG = /^([\w.]*\.)?(\w+)\s*(?:\(\s*(.*)\s*\)(?:\s*->\s*(.*))?)?$/s;

/** Python object directives (with or without the `py:` prefix: `py` is the default domain) → kind. */
export const PY_KINDS: Readonly<Record<string, string>> = {
  function: 'function',
  class: 'class',
  method: 'method',
  attribute: 'attribute',
  exception: 'exception',
  classmethod: 'classmethod',
  staticmethod: 'staticmethod',
  data: 'data',
  property: 'property',
  decorator: 'decorator',
  decoratormethod: 'decoratormethod',
};
/** Python object kinds that nest (their content's objects belong to them). */
const NESTING = new Set(['class', 'exception']);

export interface ApiObject {
  /** `function`, `class`, …, `cpp:function`, `c:function`, `option`. */
  readonly kind: string;
  /** The full name (`torch_neuronx.trace`), what `:api{to}` names. */
  readonly name: string;
}

export class ApiScope {
  module: string | undefined;
  private classes: string[] = [];
  /** The class the current content belongs to (`py:class` of the reference context). */
  currentClass: string | undefined;
  program: string | undefined;

  setModule(name: string): void {
    this.module = name === 'None' ? undefined : name;
  }

  /**
   * The full name of a Python object with this signature, and a function to call after its content (it
   * restores the class context). `moduleOption` is the directive's `:module:`.
   */
  enterPython(kind: string, signature: string, moduleOption?: string): { name?: string; leave: () => void } {
    const firstLine = signature.split('\n')[0]!.trim();
    const match = PY_SIG.exec(firstLine);
    const savedModule = this.module;
    const module = moduleOption ?? this.module;
    if (!match) return { leave: () => {} };
    const prefix = match[1];
    const base = match[2]!;
    let fullname: string;
    let namePrefix = prefix;
    if (this.currentClass) {
      if (prefix && (prefix === this.currentClass || prefix.startsWith(`${this.currentClass}.`))) {
        fullname = prefix + base;
        namePrefix = prefix.slice(this.currentClass.length).replace(/^\./, '');
      } else if (prefix) fullname = `${this.currentClass}.${prefix}${base}`;
      else fullname = `${this.currentClass}.${base}`;
    } else {
      fullname = (prefix ?? '') + base;
    }
    const name = module ? `${module}.${fullname}` : fullname;
    // before_content: the object's content sees it (or its explicit prefix) as the class
    const nests = NESTING.has(kind);
    const contextClass = nests ? fullname : namePrefix ? namePrefix.replace(/\.$/, '') : undefined;
    if (contextClass) {
      this.currentClass = contextClass;
      if (nests) this.classes.push(contextClass);
    }
    if (moduleOption) this.module = moduleOption;
    return {
      name,
      leave: () => {
        if (nests) this.classes.pop();
        this.currentClass = this.classes.at(-1);
        if (moduleOption) this.module = savedModule;
      },
    };
  }
}

/** The name a C or C++ declaration declares: the identifier before its parameter list (or the last one). */
export function cName(signature: string): string | undefined {
  const first = signature.split('\n')[0]!.trim();
  const head = first.includes('(') ? first.slice(0, first.indexOf('(')) : first.replace(/\s*=.*$/, '');
  const match = /([A-Za-z_~][\w:~]*(?:operator\s*\S+)?)\s*$/.exec(head.replace(/[\s*&]+$/, ''));
  return match?.[1];
}

/** The options an `.. option::` signature names (`-o, --output <file>` → `-o`, `--output`). */
export function optionNames(signature: string): string[] {
  return signature
    .split(/,\s*/)
    .map((part) => part.trim().split(/[\s=[<]/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Where Sphinx's Python domain finds the target of `:func:`name`` (search mode 0, `find_obj`): the name
 * itself, then in the class, the module, the module's class. `known` says whether an object of that full name
 * is documented in the release.
 */
export function resolvePython(
  target: string,
  role: string,
  scope: { module?: string | undefined; currentClass?: string | undefined },
  known: (name: string) => boolean,
): string | undefined {
  let name = target;
  if (name.startsWith('.')) {
    // refspecific: the object whose name ends with it (search mode 1), nearest first
    name = name.slice(1);
    const candidates = [
      scope.module && scope.currentClass ? `${scope.module}.${scope.currentClass}.${name}` : undefined,
      scope.module ? `${scope.module}.${name}` : undefined,
      name,
    ].filter((candidate): candidate is string => Boolean(candidate));
    return candidates.find(known);
  }
  if (known(name)) return name;
  if (role === 'mod') return undefined;
  const candidates = [
    scope.currentClass ? `${scope.currentClass}.${name}` : undefined,
    scope.module ? `${scope.module}.${name}` : undefined,
    scope.module && scope.currentClass ? `${scope.module}.${scope.currentClass}.${name}` : undefined,
  ];
  return candidates.find((candidate) => candidate !== undefined && known(candidate));
}
