import { describe, expect, it } from 'vitest';
import { pageKind, searchFilterMetas } from '../../../src/lib/search/page-kind.ts';

describe('pageKind', () => {
  it('makes dated posts and pages under an announcements folder announcements', () => {
    expect(pageKind('general/some-post', true)).toBe('Announcement');
    expect(pageKind('about-neuron/announcements/neuron2.x/announce-eos-pytorch-profiling-api', false)).toBe(
      'Announcement',
    );
  });

  it('finds release notes by folder, before the API rule', () => {
    expect(pageKind('release-notes/components/runtime', false)).toBe('Release notes');
    expect(pageKind('release-notes/index', false)).toBe('Release notes');
    expect(pageKind('general/releasenotes/neuronx-cc', false)).toBe('Release notes');
    expect(pageKind('neuron-runtime/rn/nrt-api', false)).toBe('Release notes');
  });

  it('finds API references by a folder or file named after api', () => {
    for (const slug of [
      'neuron-runtime/api/nrt',
      'libraries/neuronx-distributed/api-reference-guide',
      'libraries/neuronx-distributed/model_builder_v2_api_reference',
      'archive/neuronperf/neuronperf_api',
      'neuron-runtime/api/nrt-async-api-overview',
      'nki/apis',
    ])
      expect(pageKind(slug, false), slug).toBe('API reference');
  });

  it('leaves everything else a guide, words that merely contain "api" included', () => {
    expect(pageKind('setup/install', false)).toBe('Guide');
    expect(pageKind('general/rapid-prototyping', false)).toBe('Guide');
    expect(pageKind('general/capital', false)).toBe('Guide');
    expect(pageKind('index', false)).toBe('Guide');
  });
});

describe('searchFilterMetas', () => {
  it('gives Pagefind the kind and each instance family as meta tags of the head', () => {
    expect(searchFilterMetas('Guide', ['Inf2', 'Trn1'])).toEqual([
      { name: 'docs:kind', content: 'Guide', 'data-pagefind-filter': 'kind[content]' },
      { name: 'docs:instance', content: 'Inf2', 'data-pagefind-filter': 'instance[content]' },
      { name: 'docs:instance', content: 'Trn1', 'data-pagefind-filter': 'instance[content]' },
    ]);
  });
});
