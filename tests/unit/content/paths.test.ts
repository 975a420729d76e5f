import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPaths, pageUrl, routeSlug } from '../../../src/lib/content/paths.ts';

// Any root will do: nothing here touches the disk.
const root = join('/', 'projects', 'neuron-docs');
const { displayPath, locatePage, partialFile, tableFile, versionOfContentFile } = contentPaths(root);
const at = (...parts: string[]) => join(root, ...parts);

describe('locatePage', () => {
  it('finds the version and slug of a page', () => {
    expect(locatePage(at('content/docs/latest/about-neuron/sdk-policy.mdx'))).toEqual({
      version: 'latest',
      slug: 'about-neuron/sdk-policy',
    });
    expect(locatePage(at('content/docs/v2.3.0/index.md'))).toEqual({ version: 'v2.3.0', slug: 'index' });
  });

  it('is undefined for files that are not pages', () => {
    expect(locatePage(at('content/partials/latest/x.md'))).toBeUndefined();
    expect(locatePage(at('content/docs/latest/data.yaml'))).toBeUndefined();
    expect(locatePage(at('content/docs/loose.mdx'))).toBeUndefined();
    expect(locatePage(at('content/docs-old/latest/a.mdx'))).toBeUndefined();
    expect(locatePage('/elsewhere/content/docs/latest/a.mdx')).toBeUndefined();
  });
});

describe('versionOfContentFile', () => {
  it('reads the version from pages, partials and data files', () => {
    expect(versionOfContentFile(at('content/docs/v2.3.0/general/sdk-policy.mdx'))).toBe('v2.3.0');
    expect(versionOfContentFile(at('content/partials/latest/important.md'))).toBe('latest');
    expect(versionOfContentFile(at('content/data/v1.19.2/tables/x.yaml'))).toBe('v1.19.2');
  });

  it('is undefined for files outside a version folder', () => {
    expect(versionOfContentFile(at('content/versions.yaml'))).toBeUndefined();
    expect(versionOfContentFile(at('content/docs/loose.mdx'))).toBeUndefined();
    expect(versionOfContentFile(at('src/lib/content/paths.ts'))).toBeUndefined();
  });
});

describe('pageUrl', () => {
  it.each([
    ['latest', 'index', '/latest/'],
    ['latest', 'about-neuron/sdk-policy', '/latest/about-neuron/sdk-policy/'],
    ['v2.3.0', 'general/index', '/v2.3.0/general/'],
    ['latest', 'reindex', '/latest/reindex/'],
    ['latest', 'about-neuron/announcements/index', '/latest/about-neuron/announcements/'],
  ])('%s + %s → %s', (version, slug, url) => {
    expect(pageUrl(version, slug)).toBe(url);
  });

  it('serves a section’s index page at the section’s URL (its route slug)', () => {
    expect(routeSlug('index')).toBe('');
    expect(routeSlug('about-neuron/announcements/index')).toBe('about-neuron/announcements');
    expect(routeSlug('about-neuron/reindex')).toBe('about-neuron/reindex');
  });
});

describe('displayPath and content files', () => {
  it('shows paths relative to the project root with / separators', () => {
    expect(displayPath(at('content/docs/latest/a.mdx'))).toBe('content/docs/latest/a.mdx');
    expect(displayPath(partialFile('latest', 'important-neuronx-dkms'))).toBe(
      'content/partials/latest/important-neuronx-dkms.md',
    );
    expect(displayPath(tableFile('v2.3.0', 'new-neuron-packages'))).toBe(
      'content/data/v2.3.0/tables/new-neuron-packages.yaml',
    );
  });
});
