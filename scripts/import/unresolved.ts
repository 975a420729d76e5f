/**
 * Why a reference of a release does not resolve, in words a reviewer can check against the sources: the
 * proof that Sphinx could not resolve it at that release either.
 */
import type { VersionData } from './convert/version.ts';
import type { Unresolved } from './ref-usage.ts';

export const ORIGIN = 'https://awsdocs-neuron.readthedocs-hosted.com';

export function unresolvedProof(entry: Unresolved, data: VersionData) {
  const version = data.id;
  let note: string;
  if (entry.role === 'ref' || entry.role === 'numref') {
    const anywhere = data.labels.definedAnywhere(entry.target);
    const twice = data.labels.sameDocument.find((d) => d.name === entry.target);
    if (twice)
      note = `defined twice in ${twice.docname}: docutils drops a duplicate explicit target, so no reference finds it`;
    else if (anywhere && entry.role === 'ref') {
      note = `defined in ${anywhere.docname} on something without a title (a ${anywhere.kind}): Sphinx resolves :ref: without an explicit title only to a section, rubric, captioned figure/table/code block or toctree caption`;
    } else if (anywhere)
      note = `defined in ${anywhere.docname}, but Sphinx assigned it no number (it is not in a toctree, or not a numbered figure, table or code block)`;
    else
      note = `no document of ${version} defines this label (no \`.. _${entry.target}:\` or :name: in the sources at ${data.project.source.revision})`;
  } else if (entry.role === 'doc') {
    note = `no document ${entry.target} in ${version} (no ${entry.target}.rst/.md/.ipynb that conf.py builds)`;
  } else if (entry.role === 'download') {
    note = `${entry.target} is not a file of ${version}: Sphinx showed the name without a link`;
  } else {
    note = `no API entry of ${version} documents it (nitpicky is off: Sphinx showed the name as code without a link; intersphinx may have linked Python, NumPy, PyTorch or Transformers names, whose inventories are not available offline)`;
  }
  return {
    label: entry.target,
    role: entry.role,
    note,
    usedIn: entry.usedAt.map((at) => `${at.file}:${at.line}`),
  };
}
