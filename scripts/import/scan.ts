/**
 * What the whole release must know before any page converts, read from every document's tree in reading
 * order: its toctrees, the API entries it documents (full names, as the domains compute them), the nodes
 * `numfig` numbers, and the commands of its `program-output` directives.
 */
import { ApiScope, cName, optionNames, type ApiObject } from './api-names.ts';
import { objectKind } from './convert/api.ts';
import { programRequest, type ProgramRequest } from './convert/program-output.ts';
import { attr, attrList, children, directiveParts, isElement, type DElement } from './doctree.ts';
import type { FigType, NumberingEvent } from './numbering.ts';
import { parseToctree, type Toctree } from './toctree.ts';

export interface DocScan {
  readonly toctrees: { node: DElement; toctree: Toctree }[];
  readonly apis: ApiObject[];
  readonly numbering: NumberingEvent[];
  readonly programs: ProgramRequest[];
}

export function scanDocument(
  docname: string,
  tree: DElement,
  allDocs: ReadonlySet<string>,
  suffixes: readonly string[],
): DocScan {
  const scan: DocScan = { toctrees: [], apis: [], numbering: [], programs: [] };
  const scope = new ApiScope();
  const visit = (node: DElement): void => {
    const name = node.t === 'directive' ? attr(node, 'name') : '';
    const figtype = figureType(node);
    const ids = attrList(node, 'ids');
    if (figtype && ids.length) scan.numbering.push({ kind: 'node', figtype, id: ids[0]! });
    if (name === 'toctree') {
      const parts = directiveParts(node);
      const toctree = parseToctree(docname, parts.content, parts.options, allDocs, suffixes);
      scan.toctrees.push({ node, toctree });
      scan.numbering.push({
        kind: 'toctree',
        docnames: toctree.entries.flatMap((entry) => (entry.kind === 'doc' ? [entry.docname] : [])),
      });
    } else if (name === 'program-output' || name === 'command-output') scan.programs.push(programRequest(node));
    else if (['currentmodule', 'py:currentmodule', 'module', 'py:module'].includes(name)) {
      const parts = directiveParts(node);
      scope.setModule(parts.argument.trim());
      // a module directive documents the module (directives.ts moduleEntry); currentmodule only sets it
      const documents = name === 'module' || name === 'py:module';
      if (documents && scope.module && !parts.has('noindex') && !parts.has('no-index'))
        scan.apis.push({ kind: 'module', name: scope.module });
    } else if (name === 'program') scope.program = directiveParts(node).argument.trim();
    const object = name ? objectKind(name) : undefined;
    if (object) {
      const parts = directiveParts(node);
      const signature = parts.argument.split('\n')[0]?.trim() ?? '';
      if (object.domain === 'py') {
        const entered = scope.enterPython(object.kind, signature, parts.option('module') || undefined);
        if (entered.name) scan.apis.push({ kind: object.kind, name: entered.name });
        try {
          for (const child of children(node)) if (isElement(child)) visit(child);
        } finally {
          entered.leave();
        }
        return;
      }
      if (object.domain === 'std' && object.kind === 'option') {
        for (const option of optionNames(signature)) {
          scan.apis.push({ kind: 'option', name: scope.program ? `${scope.program} ${option}` : option });
        }
      } else {
        const declared = object.domain === 'std' ? signature.split(/\s/)[0] : cName(signature);
        if (declared) scan.apis.push({ kind: `${object.domain}:${object.kind}`, name: declared });
      }
    }
    for (const child of children(node)) if (isElement(child)) visit(child);
  };
  visit(tree);
  return scan;
}

/** Sphinx's enumerable nodes: figures, tables, and code blocks with a caption (`literal-block-wrapper`). */
function figureType(node: DElement): FigType | undefined {
  if (node.t === 'figure') return 'figure';
  if (node.t === 'table') return 'table';
  if (node.t === 'directive') {
    const parts = directiveParts(node);
    if (
      ['code-block', 'code', 'sourcecode', 'literalinclude', 'nki_example'].includes(parts.name) &&
      parts.has('caption')
    ) {
      return 'code-block';
    }
  }
  return undefined;
}
