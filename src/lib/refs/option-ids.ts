import { toSphinxId } from './sphinx-id.ts';

/** One option an `:::option` entry documents: how `:option:` names it, and its anchor. */
export interface OptionTarget {
  /** The option as written: `--target`. */
  option: string;
  /** The option as an `:api{kind="option"}` reference names it: `neuronx-cc --target`, or `--target` alone. */
  name: string;
  /** Sphinx's id for it (`cmdoption-neuronx-cc-target`). */
  anchor: string;
}

/**
 * The options a signature names (`-o, --output <file>` → `-o`, `--output`) under a program, with the ids
 * Sphinx's `Cmdoption.add_target_and_index` gives them: `cmdoption[-<program>][-arg]-<name>`, in docutils' id
 * form. The renderer anchors an entry with these and the API index resolves `:option:` to them: one rule for both.
 */
export function optionTargets(signature: string, program: string | undefined): OptionTarget[] {
  return signature
    .split(/,\s+/)
    .map((part) => part.split(/[\s=]/)[0] ?? '')
    .filter(Boolean)
    .map((option) => ({
      option,
      name: program ? `${program} ${option}` : option,
      anchor: toSphinxId(
        ['cmdoption', program, /^[-/]/.test(option) ? undefined : 'arg', option].filter(Boolean).join('-'),
      ),
    }));
}
