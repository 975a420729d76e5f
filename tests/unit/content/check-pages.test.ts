import { describe, expect, it } from 'vitest';
import { checkFrontmatter, checkPageIds } from '../../../src/lib/content/check-pages.ts';

const VALID = ['---', 'title: A page', 'description: About it', 'pageId: a-page', '---', '', 'Body.'].join('\n');

const SOURCES: Record<string, string> = {
  'content/docs/v9/valid.mdx': VALID,
  'content/docs/v9/copy.mdx': VALID,
  'content/docs/v9/full.mdx': [
    '---',
    'title: Full',
    'description: All fields',
    'pageId: full',
    'labels: [full-label]',
    'relevantFor: [Trn1, Inf2]',
    'date: 2021-10-27',
    'tags: [news]',
    'toc: { depth: 3 }',
    'nav: { label: Short }',
    '---',
  ].join('\n'),
  'content/docs/v9/crlf.mdx': VALID.replaceAll('\n', '\r\n'),
  'content/docs/v9/no-title.mdx': ['---', 'description: d', 'pageId: no-title', '---', ''].join('\n'),
  'content/docs/v9/bad-instance.mdx': [
    '---',
    'title: T',
    'description: d',
    'pageId: bad-instance',
    'relevantFor:',
    '  - Trn1',
    '  - Trn9',
    '---',
  ].join('\n'),
  'content/docs/v9/bad-yaml.mdx': ['---', 'title: T', 'description: d: e', 'pageId: p', '---'].join('\n'),
  'content/docs/v9/no-frontmatter.mdx': '# Just a heading\n',
  'content/docs/v9/bad-page-id.mdx': ['---', 'title: T', 'description: d', 'pageId: Not_Kebab', '---'].join('\n'),
};
const file = (name: string) => `content/docs/v9/${name}.mdx`;
const module = {
  checkFrontmatter: (shown: string) => checkFrontmatter(SOURCES[shown] ?? '', shown),
  checkPageIds,
};

describe('checkFrontmatter', () => {
  it('accepts valid frontmatter and fills in the defaults', () => {
    expect(module.checkFrontmatter(file('valid'))).toEqual({
      page: {
        file: file('valid'),
        frontmatter: {
          title: 'A page',
          description: 'About it',
          pageId: 'a-page',
          labels: [],
          toc: { title: 'On this page', depth: 2 },
          nav: {},
          // in the navigation and in search unless the page says otherwise (Sphinx's :orphan: and :nosearch:)
          orphan: false,
          posts: false,
          search: true,
        },
      },
      problems: [],
    });
  });

  it('accepts every optional field', () => {
    const { page, problems } = module.checkFrontmatter(file('full'));
    expect(problems).toEqual([]);
    expect(page?.frontmatter).toMatchObject({
      labels: ['full-label'],
      relevantFor: ['Trn1', 'Inf2'],
      date: new Date('2021-10-27'),
      tags: ['news'],
      toc: { title: 'On this page', depth: 3 },
      nav: { label: 'Short' },
    });
  });

  it('accepts CRLF line endings', () => {
    expect(module.checkFrontmatter(file('crlf')).problems).toEqual([]);
  });

  it('reports a missing title with a line', () => {
    expect(module.checkFrontmatter(file('no-title'))).toEqual({
      problems: [
        {
          code: 'invalid-frontmatter',
          file: 'content/docs/v9/no-title.mdx',
          line: 2,
          message: 'frontmatter title: is required',
          hint: 'see “Frontmatter” in CONTRIBUTING.md',
        },
      ],
    });
  });

  it('reports a bad relevantFor value, quoted, at its line', () => {
    const { problems } = module.checkFrontmatter(file('bad-instance'));
    expect(problems).toMatchInlineSnapshot(`
      [
        {
          "code": "invalid-frontmatter",
          "file": "content/docs/v9/bad-instance.mdx",
          "hint": "see “Frontmatter” in CONTRIBUTING.md",
          "line": 7,
          "message": "frontmatter relevantFor[1]: "Trn9" Invalid option: expected one of "Inf1"|"Inf2"|"Trn1"|"Trn1n"|"Trn2"|"Trn2n"|"Trn3"",
        },
      ]
    `);
  });

  it('reports a YAML syntax error at its line in the page', () => {
    const { page, problems } = module.checkFrontmatter(file('bad-yaml'));
    expect(page).toBeUndefined();
    expect(problems).toEqual([
      {
        code: 'invalid-frontmatter',
        file: 'content/docs/v9/bad-yaml.mdx',
        line: 3,
        message: 'frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings',
        hint: 'fix the YAML syntax at this line',
      },
    ]);
  });

  it('reports a page without frontmatter', () => {
    expect(module.checkFrontmatter(file('no-frontmatter')).problems).toEqual([
      {
        code: 'invalid-frontmatter',
        file: 'content/docs/v9/no-frontmatter.mdx',
        line: 1,
        message: 'has no frontmatter',
        hint: 'start the page with a `---` block holding at least title, description and pageId',
      },
    ]);
  });

  it('requires a kebab-case pageId', () => {
    expect(module.checkFrontmatter(file('bad-page-id')).problems).toMatchObject([
      { line: 4, message: 'frontmatter pageId: "Not_Kebab" must be kebab-case, like "sdk-maintenance-policy"' },
    ]);
  });
});

describe('checkPageIds', () => {
  it('reports each page after the first that reuses a pageId, naming the first', () => {
    const pages = ['valid', 'full', 'copy'].map((name) => {
      const { page } = module.checkFrontmatter(file(name));
      if (!page) throw new Error(`${name} should be valid`);
      return page;
    });
    expect(module.checkPageIds(pages)).toEqual([
      {
        code: 'invalid-frontmatter',
        file: 'content/docs/v9/copy.mdx',
        message: 'pageId "a-page" is already used by content/docs/v9/valid.mdx',
        hint: 'a pageId names one page per version; give this page its own',
      },
    ]);
    expect(module.checkPageIds(pages.slice(0, 2))).toEqual([]);
  });
});
