/**
 * `<Ref to>` is typed by the generated union of every label (`src/generated/ref-labels.ts`): code naming an
 * unknown label must not type-check. Checked by the compiler (`vitest --typecheck`), not at run time.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { RefLabel } from '../../../src/generated/ref-labels.ts';

describe('the generated RefLabel union', () => {
  it('accepts labels of the site’s pages and external labels', () => {
    expectTypeOf<'sdk-maintenance-policy'>().toExtend<RefLabel>();
    expectTypeOf<'neuron2x-trn1ga'>().toExtend<RefLabel>();
  });

  it('rejects a label no version defines, and is not just any string', () => {
    expectTypeOf<'sdk-maintenance-polcy'>().not.toExtend<RefLabel>();
    expectTypeOf<string>().not.toExtend<RefLabel>();
    // @ts-expect-error -- a misspelt label is refused where a RefLabel is expected
    const misspelt: RefLabel = 'sdk-maintenance-polcy';
    // (not `toEqualTypeOf<RefLabel>()`: expect-type compares a union of thousands of labels member by member,
    // and type-checking took longer than ten minutes at six releases)
    expectTypeOf(misspelt).toBeString();
  });
});
