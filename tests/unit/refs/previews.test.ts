import { describe, expect, it } from 'vitest';
import { previewOf, shorten } from '../../../src/lib/refs/previews.ts';

const sections = [
  { key: '', title: '', depth: 1, blocks: ['Intro.'] },
  { key: 'install', title: 'Install', depth: 2, blocks: ['Run the installer.', 'Then reboot.'] },
  { key: 'empty', title: 'Empty', depth: 2, blocks: [] },
];
const page = { title: 'Setup', description: 'How to set up.' };

describe('previewOf', () => {
  it('previews a link to the page with its title and description', () => {
    expect(previewOf({ page, sections, anchor: '' })).toEqual({ title: 'Setup', text: 'How to set up.' });
  });

  it('previews a section with its title and first block', () => {
    expect(previewOf({ page, sections, anchor: 'install' })).toEqual({ title: 'Install', text: 'Run the installer.' });
  });

  it('finds a section by its label’s title when the anchor is the label’s, not the heading’s', () => {
    expect(previewOf({ page, sections, anchor: 'setup-install', sectionTitle: 'Install' })).toEqual({
      title: 'Install',
      text: 'Run the installer.',
    });
  });

  it('previews a section without text, or not found, with its title alone', () => {
    expect(previewOf({ page, sections, anchor: 'empty' })).toEqual({ title: 'Empty', text: '' });
    expect(previewOf({ page, sections, anchor: 'gone', sectionTitle: 'Gone' })).toEqual({ title: 'Gone', text: '' });
  });
});

describe('shorten', () => {
  it('keeps a short text, whitespace flattened', () => {
    expect(shorten('a  b\nc', 10)).toBe('a b c');
  });

  it('cuts a long text at a word, with an ellipsis', () => {
    expect(shorten('The quick brown fox jumps over the lazy dog.', 20)).toBe('The quick brown fox…');
    expect(shorten('Neuron, runtime, compiler, tools', 18)).toBe('Neuron, runtime…');
  });
});
