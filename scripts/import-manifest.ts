/**
 * The pages and partials `scripts/import-rst.ts` converts from the original Sphinx sources. A `source` is the
 * original's path inside `originals/` (`scripts/originals.ts` finds the file); `slug` is the page's original
 * published path without `/en/<version>/` and `.html` (see `originals/neuron/legacy-urls.json`).
 */
import type { PageOptions } from '../src/lib/rst-import/convert-page.ts';
import type { TableHint } from '../src/lib/rst-import/typed-tables.ts';

/**
 * One RST page to convert into `content/docs/<version>/<slug>.mdx`: the converter's options (pageId,
 * description, table hints → `content/data/<version>/tables/<name>.yaml`) plus where it comes from and goes.
 */
export interface ManifestPage extends Omit<PageOptions, 'file'> {
  readonly source: string;
  readonly version: string;
  readonly slug: string;
}

/** One included RST fragment to convert into `content/partials/<version>/<name>.md`. */
export interface ManifestPartial {
  readonly source: string;
  readonly version: string;
  readonly name: string;
}

const packagesTables: TableHint[] = [
  { name: 'new-neuron-packages', kind: 'packages' },
  { name: 'renamed-neuron-packages', kind: 'packages' },
];

const packages = {
  pageId: 'packages-changes',
  description: 'What changed in Neuron packages and installation instructions with Neuron release 2.3.',
  tables: packagesTables,
};
const libnrt = {
  pageId: 'introducing-libnrt',
  description:
    'Neuron Runtime 2.x (libnrt.so), a shared library, replaces the Neuron Runtime 1.x daemon (neuron-rtd) starting with Neuron 1.16.0.',
};

export const pages: readonly ManifestPage[] = [
  {
    source: 'seeds/000_a71ed7f843050de5.txt',
    version: 'latest',
    slug: 'about-neuron/announcements/neuron2.x/neuron230-packages-changes',
    ...packages,
  },
  {
    source: 'seeds/001_23dbcfc02801500c.txt',
    version: 'latest',
    slug: 'about-neuron/sdk-policy',
    pageId: 'sdk-maintenance-policy',
    description:
      'The software maintenance policy of the AWS Neuron SDK: life-cycle phases, updates, versioning and classification of Neuron software.',
    tables: [
      {
        name: 'neuron-software-lifecycle-phases',
        kind: 'lifecycle-phases',
        caption: 'Neuron Software life-cycle phases',
      },
      { name: 'sdk-policy-classification-components', kind: 'classification' },
      { name: 'sdk-policy-classification-apis', kind: 'classification' },
      { name: 'sdk-policy-classification-features', kind: 'classification' },
      { name: 'sdk-policy-classification-models', kind: 'classification' },
    ],
  },
  {
    source: 'seeds/002_f61334f1418c0811.txt',
    version: 'latest',
    slug: 'archive/appnotes/neuron1x/introducing-libnrt',
    ...libnrt,
  },
  {
    source: 'neuron/versions/v2.3.0/neuron230-packages-changes.rst',
    version: 'v2.3.0',
    slug: 'general/announcements/neuron2.x/neuron230-packages-changes',
    ...packages,
  },
  {
    source: 'neuron/versions/v2.3.0/sdk-policy.rst',
    version: 'v2.3.0',
    slug: 'general/sdk-policy',
    pageId: 'sdk-maintenance-policy',
    description:
      'The maintenance policy of the AWS Neuron SDK and its underlying dependencies, and the life-cycle phases of their versions.',
  },
  {
    source: 'neuron/versions/v2.3.0/introducing-libnrt.rst',
    version: 'v2.3.0',
    slug: 'general/appnotes/neuron1x/introducing-libnrt',
    ...libnrt,
  },
  {
    source: 'neuron/versions/v1.19.2/maintenance-policy.rst',
    version: 'v1.19.2',
    slug: 'neuron-intro/maintenance-policy',
    pageId: 'sdk-maintenance-policy',
    description:
      'The maintenance policy of the AWS Neuron SDK and its underlying dependencies, and the life-cycle phases of their versions.',
  },
  {
    source: 'neuron/versions/v1.19.2/introducing-libnrt.rst',
    version: 'v1.19.2',
    slug: 'neuron-guide/appnotes/neuron-components/introducing-libnrt',
    ...libnrt,
  },
];

export const partials: readonly ManifestPartial[] = [
  { source: 'neuron/important-neuronx-dkms.txt', version: 'latest', name: 'important-neuronx-dkms' },
  { source: 'neuron/versions/v2.3.0/important-neuronx-dkms.txt', version: 'v2.3.0', name: 'important-neuronx-dkms' },
];
