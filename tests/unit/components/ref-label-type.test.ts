import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// `<Ref to>` is typed by the generated union of every label: code naming an unknown label must not type-check.

const ROOT = join(import.meta.dirname, '..', '..', '..');
const GENERATED = join(ROOT, 'src', 'generated', 'ref-labels.ts');

function typeErrors(snippet: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'ref-label-type-'));
  copyFileSync(GENERATED, join(dir, 'ref-labels.ts'));
  writeFileSync(join(dir, 'use.ts'), `import type { RefLabel } from './ref-labels.ts';\n${snippet}`);
  const program = ts.createProgram([join(dir, 'use.ts')], {
    strict: true,
    noEmit: true,
    allowImportingTsExtensions: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the generated RefLabel union', () => {
  it('accepts labels of the site’s pages and external labels', () => {
    expect(
      typeErrors(
        "const a: RefLabel = 'sdk-maintenance-policy';\nconst b: RefLabel = 'neuron2x-trn1ga';\nexport { a, b };",
      ),
    ).toEqual([]);
  });

  it('rejects a label no version defines', () => {
    const errors = typeErrors("const a: RefLabel = 'sdk-maintenance-polcy';\nexport { a };");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"sdk-maintenance-polcy"');
    expect(errors[0]).toContain('RefLabel');
  });
});
