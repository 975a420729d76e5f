import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { fragmentChildren, parseFragment } from '../../../src/lib/markdown/parse-fragment.ts';

const source = { file: 'content/data/v/t.yaml', line: 7 };

describe('parseFragment', () => {
  it.each(['Basic', 'Standard Product Testing', 'Incremental additions/changes in new releases', '(MVP) only'])(
    'reads plain text "%s" as the parser would',
    (text) => {
      const tree = parseFragment(text, source);
      expect(toString(tree)).toBe(toString(fromMarkdown(text)));
      expect(fragmentChildren(tree)).toMatchObject([{ type: 'text', value: text, data: { source: { line: 7 } } }]);
    },
  );

  it.each(['`code`', 'a *b*', '1. item', '- item', 'a\n\nb', '# heading'])('parses "%s" as Markdown', (text) => {
    expect(parseFragment(text, source).children[0]?.type).not.toBe(undefined);
    expect(toString(parseFragment(text, source))).toBe(toString(fromMarkdown(text)));
  });
});
