/**
 * The ids Sphinx 5 gives API entries, so that the original site's anchors still lead to them: a Python object's
 * is its name (`torch_neuronx.trace`), a module's `module-<name>`, a C entry's `c.<name>` (`sphinx/domains/c.py`),
 * and a C++ entry's id version 4 of `sphinx/domains/cpp.py` (`_CPPv48nrt_initi`): `_CPPv4`, a template's
 * parameters, the full nested name (with a member function's qualifiers), then a template function's return type
 * and the parameter types, each mangled as that module does. This is a small reader of the declarations the
 * sources write: one it does not read keeps its name as its id, never a wrong one.
 */
import { parseEntryKind } from './api-kinds.ts';

/**
 * The id of an `:::api` entry of this kind, name and signature (its label as text); `scope` is the names of the
 * C++ classes it is declared in (`cppClassScope` of each), undefined when one of them could not be read.
 */
export function entryAnchor(kind: string, name: string, signature: string, scope: readonly string[] | undefined) {
  const parsed = parseEntryKind(kind);
  if (parsed?.domain === 'c') return `c.${name}`;
  if (parsed?.domain === 'cpp') return (scope && cppId(signature, parsed.name, scope)) ?? name;
  if (parsed?.name === 'module') return `module-${name}`;
  return name;
}

// cpp.py `_id_fundamental_v2`: the fundamental types, as their words sort (`unsigned long int`)
const FUNDAMENTAL: Record<string, string> = {
  void: 'v',
  bool: 'b',
  char: 'c',
  'char signed': 'a',
  'char unsigned': 'h',
  wchar_t: 'w',
  char32_t: 'Di',
  char16_t: 'Ds',
  char8_t: 'Du',
  short: 's',
  'int short': 's',
  'short signed': 's',
  'int short signed': 's',
  'short unsigned': 't',
  'int short unsigned': 't',
  int: 'i',
  signed: 'i',
  'int signed': 'i',
  unsigned: 'j',
  'int unsigned': 'j',
  long: 'l',
  'int long': 'l',
  'long signed': 'l',
  'int long signed': 'l',
  'long unsigned': 'm',
  'int long unsigned': 'm',
  'long long': 'x',
  'int long long': 'x',
  'long long signed': 'x',
  'int long long signed': 'x',
  'long long unsigned': 'y',
  'int long long unsigned': 'y',
  float: 'f',
  double: 'd',
  'double long': 'e',
  auto: 'Da',
};
const FUNDAMENTAL_WORDS = new Set(Object.keys(FUNDAMENTAL).flatMap((words) => words.split(' ')));

// cpp.py `_id_operator_v2`, the operators the sources declare
const OPERATORS: Record<string, string> = {
  '=': 'aS',
  '==': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '>': 'gt',
  '<=': 'le',
  '>=': 'ge',
  '+': 'pl',
  '-': 'mi',
  '*': 'ml',
  '/': 'dv',
  '+=': 'pL',
  '-=': 'mI',
  '[]': 'ix',
  '()': 'cl',
  '<<': 'ls',
  '>>': 'rs',
  '->': 'pt',
};

// specifiers that are no part of a type's id
const IGNORED = new Set(['static', 'inline', 'virtual', 'explicit', 'constexpr', 'extern', 'friend', 'typename']);

class Unsupported extends Error {}

const TOKEN = /\s*(::|&&|\.\.\.|->|[<>(),*&=[\]~:]|[A-Za-z_]\w*|\d[\w.]*|'[^']*'|"[^"]*"|\S)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text))) tokens.push(match[1]!);
  return tokens;
}

class Reader {
  private index = 0;
  private readonly tokens: string[];

  constructor(tokens: string[]) {
    this.tokens = tokens;
  }

  peek(offset = 0): string | undefined {
    return this.tokens[this.index + offset];
  }

  next(): string {
    const token = this.tokens[this.index++];
    if (token === undefined) throw new Unsupported('unexpected end');
    return token;
  }

  accept(token: string): boolean {
    if (this.peek() !== token) return false;
    this.index++;
    return true;
  }

  expect(token: string): void {
    if (!this.accept(token)) throw new Unsupported(`expected ${token}`);
  }

  get done(): boolean {
    return this.index >= this.tokens.length;
  }
}

const identifierId = (name: string) => `${name.length}${name}`;

/** A nested name's id: `N…E` around several names (or a member function's qualifiers), one name alone. */
function nestedNameId(names: readonly string[], modifiers = ''): string {
  const body = names.join('');
  return names.length > 1 || modifiers ? `N${modifiers}${body}E` : body;
}

/** A name and its template arguments (`TensorAccessor<T,N,false>`), as one element of a nested name. */
function nameElement(reader: Reader): string {
  const name = reader.next();
  if (name === 'operator') {
    let op = reader.next();
    if (op === '(' || op === '[') op += reader.next();
    else if (OPERATORS[`${op}${reader.peek()}`] && reader.peek() !== '(') op += reader.next();
    const id = OPERATORS[op];
    if (!id) throw new Unsupported(`operator${op}`);
    return id;
  }
  if (!/^[A-Za-z_]\w*$/.test(name)) throw new Unsupported(name);
  if (!reader.accept('<')) return identifierId(name);
  const args: string[] = [];
  if (!reader.accept('>')) {
    do args.push(templateArgument(reader));
    while (reader.accept(','));
    reader.expect('>');
  }
  return `${identifierId(name)}I${args.join('')}E`;
}

function templateArgument(reader: Reader): string {
  const token = reader.peek()!;
  if (token === 'true' || token === 'false') {
    reader.next();
    return token === 'true' ? 'L1E' : 'L0E';
  }
  if (/^\d+$/.test(token)) {
    reader.next();
    return `L${token}E`;
  }
  return typeId(reader, false);
}

/** `a::b<c>::d` → the ids of its elements. */
function nestedName(reader: Reader): string[] {
  reader.accept('::');
  const names = [nameElement(reader)];
  while (reader.peek() === '::') {
    reader.next();
    if (reader.peek() === '~') throw new Unsupported('destructor');
    names.push(nameElement(reader));
  }
  return names;
}

/** The declaration specifiers: const/volatile and the type named (`const torch::Tensor`) → its id. */
function declSpecs(reader: Reader): string {
  let isConst = false;
  let isVolatile = false;
  const fundamental: string[] = [];
  let named: string | undefined;
  for (;;) {
    const token = reader.peek();
    if (token === undefined) break;
    if (token === 'const') isConst = true;
    else if (token === 'volatile') isVolatile = true;
    else if (IGNORED.has(token)) void 0;
    else if (FUNDAMENTAL_WORDS.has(token) && named === undefined) fundamental.push(token);
    else if ((token === '::' || /^[A-Za-z_]\w*$/.test(token)) && named === undefined && fundamental.length === 0) {
      named = nestedNameId(nestedName(reader));
      continue;
    } else break;
    reader.next();
  }
  let type: string;
  if (fundamental.length) {
    const id = FUNDAMENTAL[fundamental.sort().join(' ')];
    if (!id) throw new Unsupported(fundamental.join(' '));
    type = id;
  } else if (named) type = named;
  else throw new Unsupported('no type');
  return `${isVolatile ? 'V' : ''}${isConst ? 'K' : ''}${type}`;
}

/** The pointer and reference operators before a declarator's name, in order: `P`/`PC`, `R`, `O`, `Dp`. */
function pointerOps(reader: Reader): string[] {
  const ops: string[] = [];
  for (;;) {
    if (reader.accept('*')) {
      let code = 'P';
      let isConst = false;
      let isVolatile = false;
      for (;;) {
        if (reader.accept('const')) isConst = true;
        else if (reader.accept('volatile')) isVolatile = true;
        else break;
      }
      if (isVolatile) code += 'V';
      if (isConst) code += 'C';
      ops.push(code);
    } else if (reader.accept('&')) ops.push('R');
    else if (reader.accept('&&')) ops.push('O');
    else if (reader.accept('...')) ops.push('Dp');
    else return ops;
  }
}

/** A type (a parameter's, a template argument's) → its id; `named`: a parameter's name may follow it. */
function typeId(reader: Reader, named: boolean): string {
  const specs = declSpecs(reader);
  const ops = pointerOps(reader);
  if (named && reader.peek() !== undefined && /^[A-Za-z_]\w*$/.test(reader.peek()!)) reader.next();
  if (reader.peek() === '[' || reader.peek() === '(') throw new Unsupported('array or function declarator');
  return withOperators(ops, specs);
}

/** A type's id under its declarator's operators: each wraps the type before it (`int **&` is R(P(P(int)))). */
const withOperators = (ops: readonly string[], type: string) => `${[...ops].reverse().join('')}${type}`;

/** A function's parameters → their ids (`v` for none, `z` for C's `...`). */
function parameters(reader: Reader): string {
  reader.expect('(');
  if (reader.accept(')')) return 'v';
  const ids: string[] = [];
  do {
    if (reader.accept('...')) ids.push('z');
    else {
      ids.push(typeId(reader, true));
      if (reader.accept('=')) {
        // a default value: up to the next `,` or the closing `)` at this depth
        let depth = 0;
        while (!(depth === 0 && (reader.peek() === ',' || reader.peek() === ')'))) {
          const token = reader.next();
          if (['(', '[', '<'].includes(token)) depth++;
          else if ([')', ']', '>'].includes(token)) depth--;
        }
      }
    }
  } while (reader.accept(','));
  reader.expect(')');
  return ids.join('');
}

/** `template<typename T, size_t N>` → `I0_6size_tE`. */
function templatePrefix(reader: Reader): string {
  let out = '';
  while (reader.accept('template')) {
    reader.expect('<');
    const params: string[] = [];
    if (!reader.accept('>')) {
      do {
        if (reader.peek() === 'typename' || reader.peek() === 'class') {
          reader.next();
          const pack = reader.accept('...');
          if (reader.peek() !== undefined && /^[A-Za-z_]\w*$/.test(reader.peek()!)) reader.next();
          if (reader.accept('=')) throw new Unsupported('template default');
          params.push(pack ? 'Dp' : '0');
        } else params.push(`_${typeId(reader, true)}`);
      } while (reader.accept(','));
      reader.expect('>');
    }
    out += `I${params.join('')}E`;
  }
  return out;
}

/** Reads a declaration (its first line) with `read`; undefined when it holds what this reader does not read. */
function readDeclaration<T>(signature: string, read: (reader: Reader) => T): T | undefined {
  try {
    return read(new Reader(tokenize(signature.split('\n')[0]!)));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** `template<…> class a::b` → the template parameters' id and the ids of the class's name elements. */
function classHead(reader: Reader): { template: string; names: string[] } {
  const template = templatePrefix(reader);
  if (['class', 'struct', 'union'].includes(reader.peek() ?? '')) reader.next();
  return { template, names: nestedName(reader) };
}

/** Sphinx's id (version 4) of a C++ function or class, or undefined for a declaration this reader does not read. */
function cppId(signature: string, kind: string, scope: readonly string[] = []): string | undefined {
  return readDeclaration(signature, (reader) => {
    if (kind === 'class' || kind === 'struct' || kind === 'union') {
      const { template, names } = classHead(reader);
      if (!reader.done && reader.peek() !== ':' && reader.peek() !== 'final') return undefined;
      return `_CPPv4${template}${nestedNameId([...scope, ...names])}`;
    }
    if (kind !== 'function') return undefined;
    const template = templatePrefix(reader);
    const returnSpecs = declSpecs(reader);
    const returnOps = pointerOps(reader);
    const names = nestedName(reader);
    const params = parameters(reader);
    let modifiers = '';
    let refQualifier = '';
    for (;;) {
      if (reader.accept('const')) modifiers += 'K';
      else if (reader.accept('volatile')) modifiers = `V${modifiers}`;
      else if (reader.accept('&')) refQualifier = 'R';
      else if (reader.accept('&&')) refQualifier = 'O';
      else if (reader.accept('noexcept') || reader.accept('override') || reader.accept('final')) void 0;
      else break;
    }
    if (reader.accept('=')) reader.next(); // `= 0`, `= default`, `= delete`
    if (!reader.done) return undefined;
    const name = nestedNameId([...scope, ...names], `${modifiers}${refQualifier}`);
    // a template function's id holds its return type (the declarator's operators last, as cpp.py's suffix)
    const returnType = template ? withOperators(returnOps, returnSpecs) : '';
    return `_CPPv4${template}${name}${returnType}${params}`;
  });
}

/** The name of a C++ class entry as `scope` of the entries declared in it, or undefined when it cannot be read. */
export function cppClassScope(signature: string): string[] | undefined {
  return readDeclaration(signature, (reader) => classHead(reader).names);
}
