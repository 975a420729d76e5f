import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../../src/lib/site/llms-txt.ts';
import type { NavNode } from '../../../src/lib/navigation/nav-tree.ts';

const node = (href: string, children: NavNode[] = []): NavNode => ({ label: href, href, children });
const page = (url: string, title: string, description = '') => [url, { url, title, description }] as const;

describe('llmsTxt', () => {
  it('lists the pages by top-level section in reading order, then the pages the navigation does not reach', () => {
    const text = llmsTxt({
      title: 'Neuron Docs Latest',
      summary: 'The AWS Neuron SDK\ndocumentation.',
      tree: [
        node('/latest/'),
        { label: 'Guides', caption: true, children: [node('/latest/a/', [node('/latest/a/b/')])] },
        { label: 'GitHub', href: 'https://github.com/aws-neuron', external: true, children: [] },
      ],
      pages: new Map([
        page('/latest/', 'Home', 'Start here.'),
        page('/latest/a/', 'A [guide]'),
        page('/latest/a/b/', 'B', 'Below A.'),
        page('/latest/z/', 'Z', 'Reached by references only.'),
      ]),
      absolute: (path) => `https://x.example${path}`,
    });
    expect(text).toBe(
      [
        '# Neuron Docs Latest',
        '',
        '> The AWS Neuron SDK documentation.',
        '',
        '## Start',
        '',
        '- [Home](https://x.example/latest/): Start here.',
        '',
        '## Guides',
        '',
        '- [A \\[guide\\]](https://x.example/latest/a/)',
        '- [B](https://x.example/latest/a/b/): Below A.',
        '',
        '## Other pages',
        '',
        '- [Z](https://x.example/latest/z/): Reached by references only.',
        '',
      ].join('\n'),
    );
  });
});
