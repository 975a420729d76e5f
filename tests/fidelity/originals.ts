/**
 * The originals (committed in `originals/`, found through `scripts/originals.ts`) and where each is published on the
 * built site. One entry per fidelity test.
 */
import { readFileSync } from 'node:fs';
import { originalPath } from '../../scripts/originals.ts';
import { extractMarkdown } from './extract-markdown.ts';
import { extractRst, fileIncludeReader } from './extract-rst.ts';
import { extractText } from './extract-text.ts';
import { loadRefResolver } from './refs.ts';
import type { Fragment } from './types.ts';

export interface Original {
  /** The original's path inside `originals/` (`seeds/000_….txt`). */
  readonly source: string;
  /** URL path of the built page. */
  readonly url: string;
  readonly format: 'rst' | 'text' | 'markdown';
  /** Folder (inside `originals/`) that `.. include::` targets resolve against; else the source's own folder. */
  readonly includeDir?: string;
}

// Each seed is checked on the page of the release whose source it is, word for word (seed 004 is a hand-made page),
// its references resolved as that release's Sphinx build resolved them.
export const ORIGINALS: readonly Original[] = [
  {
    source: 'seeds/000_a71ed7f843050de5.txt',
    url: '/v2.25.0/general/announcements/neuron2.x/neuron230-packages-changes/',
    format: 'rst',
  },
  { source: 'seeds/001_23dbcfc02801500c.txt', url: '/v2.28.1/about-neuron/sdk-policy/', format: 'rst' },
  {
    source: 'seeds/002_f61334f1418c0811.txt',
    url: '/v2.25.0/general/appnotes/neuron1x/introducing-libnrt/',
    format: 'rst',
    includeDir: 'neuron',
  },
  {
    source: 'seeds/003_afd2b474ea4567e9.txt',
    url: '/v2.19.1/general/sdk-classification/',
    format: 'text',
  },
  {
    source: 'seeds/004_f649b1115fe68e94.txt',
    url: '/latest/about-neuron/neuron-sdk-overview/',
    format: 'markdown',
  },
  {
    source: 'neuron/versions/v2.3.0/neuron230-packages-changes.rst',
    url: '/v2.3.0/general/announcements/neuron2.x/neuron230-packages-changes/',
    format: 'rst',
  },
  {
    source: 'neuron/versions/v2.3.0/sdk-policy.rst',
    url: '/v2.3.0/general/sdk-policy/',
    format: 'rst',
  },
  {
    source: 'neuron/versions/v2.3.0/introducing-libnrt.rst',
    url: '/v2.3.0/general/appnotes/neuron1x/introducing-libnrt/',
    format: 'rst',
  },
  {
    source: 'neuron/versions/v1.19.2/maintenance-policy.rst',
    url: '/v1.19.2/neuron-intro/maintenance-policy/',
    format: 'rst',
  },
  {
    source: 'neuron/versions/v1.19.2/introducing-libnrt.rst',
    url: '/v1.19.2/neuron-guide/appnotes/neuron-components/introducing-libnrt/',
    format: 'rst',
  },
];

/** The release of the page (its URL's first segment): its labels are those its references resolve against. */
export function versionOf(o: Original): string {
  return o.url.split('/')[1] ?? '';
}

/** Every fragment of an original that must be on its built page. */
export function extractOriginal(o: Original): Fragment[] {
  const text = readFileSync(originalPath(o.source), 'utf8');
  switch (o.format) {
    case 'text':
      return extractText(text, o.source);
    case 'markdown':
      return extractMarkdown(text, o.source);
    case 'rst':
      return extractRst(text, o.source, {
        resolveRef: loadRefResolver(versionOf(o)),
        readInclude: fileIncludeReader(originalPath, o.includeDir),
      });
  }
}
