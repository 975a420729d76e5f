import { describe, expect, it } from 'vitest';
import { convertPartial } from '../../../src/lib/rst-import/convert-page.ts';
import { lines, pageBody, rstToMdx, testContext } from './helpers.ts';

describe('headings and labels', () => {
  it('assigns levels by first appearance of each adornment style, title first', () => {
    const mdx = pageBody(
      lines('Title', '=====', '', 'A', '--', '', 'B', '~~~~', '', 'C', '^^^^', '', 'D', '--', '', 'E', '^^^^'),
    );
    expect(mdx).toBe('## A\n\n### B\n\n#### C\n\n## D\n\n#### E\n');
  });

  it('distinguishes overlined from underlined styles', () => {
    expect(pageBody(lines('=====', 'Title', '=====', '', 'Sub', '=====', '', 'x'))).toBe('## Sub\n\nx\n');
  });

  it('keeps stacked labels in order on the lines before the heading', () => {
    const mdx = pageBody(
      lines('.. _page:', '', 'Title', '=====', '', '.. _one:', '', '.. _Two:', '', 'Section', '-------'),
    );
    expect(mdx).toBe('::label{name="one"}\n::label{name="two"}\n\n## Section\n');
  });
});

describe('lists', () => {
  it('nests bullet lists and keeps continuation lines in the item paragraph', () => {
    const mdx = rstToMdx(lines('* Installation', '  Starting from X.', '', '  * nested', '  * second', '* last'));
    expect(mdx).toBe('- Installation Starting from X.\n\n  - nested\n  - second\n\n- last');
  });

  it('renders a more-indented line under an item as a definition: term paragraph, then the body', () => {
    const mdx = rstToMdx(
      lines('* Configuring *Neuron Runtime*', '   Before *1.16*, files.', '', '* Logging', '   Into syslog.'),
    );
    expect(mdx).toBe('- Configuring *Neuron Runtime*\n\n  Before *1.16*, files.\n\n- Logging\n\n  Into syslog.');
  });

  it('converts auto-numbered and numbered lists', () => {
    expect(rstToMdx(lines('#. one', '#. two'))).toBe('1. one\n2. two');
    expect(rstToMdx(lines('3. three', '4. four'))).toBe('3. three\n4. four');
  });

  it('ends a list at an unindented paragraph', () => {
    expect(rstToMdx(lines('* a', 'See this.', '', '* b'))).toBe('- a\n\nSee this.\n\n- b');
  });
});

describe('directives', () => {
  it('converts admonitions with nested content, with or without a space before ::', () => {
    const mdx = rstToMdx(lines('.. important ::', '', '   Text:', '      * item ``x``', '', '.. note:: Inline body.'));
    expect(mdx).toBe(':::important\nText:\n\n- item `x`\n:::\n\n:::note\nInline body.\n:::');
  });

  it('uses longer fences for nested admonitions and a title for the generic one', () => {
    expect(rstToMdx(lines('.. admonition:: My title', '', '   .. tip::', '', '      Deep.'))).toBe(
      '::::admonition[My title]\n:::tip\nDeep.\n:::\n::::',
    );
  });

  it('keeps code blocks exactly, dedented, without trailing blank lines', () => {
    const rst = lines('.. code ::', '', '      A=1  b.py', '        indented  &', '', '      last', '', '', 'After.');
    expect(rstToMdx(rst)).toBe('```text\nA=1  b.py\n  indented  &\n\nlast\n```\n\nAfter.');
    expect(rstToMdx(lines('.. code-block:: bash', '', '   echo {x}'))).toBe('```bash\necho {x}\n```');
  });

  it('turns a paragraph ending in :: into a literal block', () => {
    expect(rstToMdx(lines('Run this::', '', '   make all'))).toBe('Run this:\n\n```text\nmake all\n```');
  });

  it('converts includes and drops contents and post from the body', () => {
    const mdx = rstToMdx(
      lines(
        '.. post:: Oct 10, 2022 03:00',
        '   :tags: a',
        '',
        '.. contents:: TOC',
        '   :depth: 2',
        '',
        '.. include:: ./important-neuronx-dkms.txt',
      ),
    );
    expect(mdx).toBe('::include{src="important-neuronx-dkms"}');
  });

  it('keeps RST comments only as MDX comments, and drops them from partials', () => {
    const rst = lines('.. :important:', '', '   Hidden ``text`` {x}', '', 'Shown.');
    expect(rstToMdx(rst)).toBe('{/* RST comment (not rendered): :important:\n\nHidden ``text`` x */}\n\nShown.');
    expect(convertPartial(rst, 'p.txt', testContext().warn)).toBe('Shown.\n');
  });

  it('fails with file:line on an unsupported directive', () => {
    expect(() => rstToMdx(lines('', '.. toctree::', '   a'))).toThrow(/^test\.rst:2: unsupported directive "toctree"/);
  });
});
