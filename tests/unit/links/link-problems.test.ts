import { describe, expect, it } from 'vitest';
import { brokenLinkProblems, findInSource } from '../../../src/lib/links/link-problems.ts';

describe('findInSource', () => {
  it('finds a Markdown link, an autolink and an HTML attribute, at the href', () => {
    expect(findInSource('Intro\n\nSee [x](/latest/gone/) now.', '/latest/gone/')).toEqual({ line: 3, column: 9 });
    expect(findInSource('<https://example.com/x>', 'https://example.com/x')).toEqual({ line: 1, column: 2 });
    expect(findInSource('a\r\n<a href="#nope">n</a>', '#nope')).toEqual({ line: 2, column: 10 });
  });

  it('ignores the same characters in prose', () => {
    expect(findInSource('The path /latest/gone/ is mentioned.', '/latest/gone/')).toBeUndefined();
  });

  it('does not take a longer link that merely starts with the href for it', () => {
    const source = ['[ok](/latest/about/policy/)', '', '[broken](/latest/about/)'].join('\n');
    expect(findInSource(source, '/latest/about/')).toEqual({ line: 3, column: 10 });
  });
});

describe('brokenLinkProblems', () => {
  const pages = [
    { url: '/v9/a/', shown: 'content/docs/v9/a.mdx', source: '---\ntitle: A\n---\n\nSee [gone](/v9/gone/).\n' },
  ];
  const module = { brokenLinkProblems };

  it('reports a broken link at its place in the page source', () => {
    const problems = module.brokenLinkProblems([{ page: '/v9/a/', href: '/v9/gone/', reason: 'missing-page' }], pages);
    expect(problems).toEqual([
      {
        code: 'broken-link',
        file: 'content/docs/v9/a.mdx',
        line: 5,
        column: 12,
        message: 'links to "/v9/gone/": no such page',
        hint: 'fix the link, or link with :ref{to="label"} so the build resolves it for you',
      },
    ]);
  });

  it('names the built page for links without a source (layout links), and missing anchors', () => {
    const problems = module.brokenLinkProblems(
      [
        { page: '/v9/other/', href: '/v9/a/#nope', reason: 'missing-anchor' },
        { page: '/v9/a/', href: '#written-elsewhere', reason: 'missing-anchor' },
      ],
      pages,
    );
    expect(problems).toMatchObject([
      {
        file: 'built page /v9/other/',
        line: undefined,
        message: 'links to "/v9/a/#nope": no such anchor on that page',
      },
      { file: 'content/docs/v9/a.mdx', line: undefined, column: undefined },
    ]);
  });
});
