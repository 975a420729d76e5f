import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from '../markdown/render.ts';

const registry = registryOf(
  [
    {
      kind: 'internal',
      label: 'neuron-setup',
      title: 'Setup',
      url: '/v9/setup/',
      file: 'content/docs/v9/setup.mdx',
      line: 1,
      column: 1,
    },
  ],
  { pages: { 'guides/setup': { title: 'Set up', url: '/v9/guides/setup/' } } },
);

let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
});
afterAll(() => renderer.cleanUp());
const render = async (markdown: string) => renderer.render(markdown, registry);

const TABS = [
  '::::tabs',
  ':::tab[Ubuntu *22*]{sync="ubuntu"}',
  'Run `apt`. See :ref{to="neuron-setup"}.',
  ':::',
  ':::tab[Amazon Linux]{sync="al2023"}',
  '```bash',
  'dnf install x',
  '```',
  ':::',
  '::::',
].join('\n');

describe('::::tabs', () => {
  it('is a set of disclosures, one open at a time, that <neuron-tabs> upgrades; the page loads its script', async () => {
    const page = await renderer.renderPage(TABS, registry);
    expect(page.problems).toEqual([]);
    expect(page.scripts).toEqual(['tabs']);
    expect(page.html).toMatch(
      new RegExp(
        '^<neuron-tabs class="tabs">' +
          '<details class="tab" name="tabs_1" open data-sync="ubuntu"><summary class="tab-label">Ubuntu <em>22</em></summary>' +
          '<div class="tab-panel"><p>Run <code>apt</code>. See <a href="/v9/setup/" class="ref ref-internal" data-ref="neuron-setup">Setup</a>.</p></div></details>' +
          '<details class="tab" name="tabs_1" data-sync="al2023"><summary class="tab-label">Amazon Linux</summary>' +
          '<div class="tab-panel"><pre class="astro-code [^"]+" tabindex="0" data-language="bash">.*</pre></div></details>' +
          '</neuron-tabs>\\n?$',
        's',
      ),
    );
  });

  it('opens the tab marked selected, names each set apart, and nests', async () => {
    const source = [
      '::::tabs',
      ':::tab[A]',
      'a',
      ':::',
      ':::tab[B]{selected}',
      '::::::tabs',
      ':::::tab[Inner]',
      'inner',
      ':::::',
      '::::::',
      ':::',
      '::::',
    ].join('\n');
    const { html, problems } = await render(source);
    expect(problems).toEqual([]);
    expect(html).toContain('<details class="tab" name="tabs_1"><summary class="tab-label">A</summary>');
    expect(html).toContain('<details class="tab" name="tabs_1" open><summary class="tab-label">B</summary>');
    expect(html).toContain('<details class="tab" name="tabs_2" open><summary class="tab-label">Inner</summary>');
  });

  it('reports what is not a tab in a set, a tab without label, and a tab outside a set', async () => {
    const { problems } = await render('::::tabs\nStray text.\n\n:::tab\nNo label\n:::\n::::\n\n:::tab[Alone]\nx\n:::');
    expect(problems).toEqual([
      {
        code: 'misplaced-directive',
        file: 'content/docs/v9/page.mdx',
        line: 2,
        column: 1,
        message: '`::::tabs` holds a paragraph',
        hint: 'put it in a `:::tab[Label]` of the set',
      },
      {
        code: 'missing-attribute',
        file: 'content/docs/v9/page.mdx',
        line: 4,
        column: 1,
        message: '`:::tab` has no title',
        hint: 'give one in brackets: `:::tab[Label]`',
      },
      {
        code: 'misplaced-directive',
        file: 'content/docs/v9/page.mdx',
        line: 9,
        column: 1,
        message: '`:::tab` is outside a `::::tabs`',
        hint: 'put it inside `::::tabs` … `::::`',
      },
    ]);
  });

  it('reports a set without tabs', async () => {
    expect((await render('::::tabs\n::::')).problems).toMatchObject([
      { code: 'misplaced-directive', message: '`::::tabs` has no `:::tab`' },
    ]);
  });

  it('loads no script on a page without tabs', async () => {
    expect((await renderer.renderPage('Text.', registry)).scripts).toEqual([]);
  });
});

describe('::::grid and :::card', () => {
  it('is a list of cards and items, its columns per width set by classes', async () => {
    const source = [
      '::::grid{columns="1 2 2 3"}',
      ':::card[Set up]{link="guides/setup" linkType="doc"}',
      'Install the *SDK*. See [the FAQ](/v9/faq/).',
      ':::',
      ':::card[Labels]{link="neuron-setup" linkType="ref"}',
      ':::',
      ':::card[GitHub]{link="https://github.com/aws-neuron" linkType="url"}',
      ':::',
      ':::grid-item',
      'Free text.',
      ':::',
      '::::',
    ].join('\n');
    const { html, problems } = await render(source);
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<ul class="grid grid-xs-1 grid-sm-2 grid-md-2 grid-lg-3">' +
        '<li class="grid-item"><div class="card card-linked"><p class="card-title"><a href="/v9/guides/setup/" class="card-link">Set up</a></p>' +
        '<div class="card-body"><p>Install the <em>SDK</em>. See <a href="/v9/faq/">the FAQ</a>.</p></div></div></li>' +
        '<li class="grid-item"><div class="card card-linked"><p class="card-title"><a href="/v9/setup/" class="card-link">Labels</a></p><div class="card-body"></div></div></li>' +
        '<li class="grid-item"><div class="card card-linked"><p class="card-title"><a href="https://github.com/aws-neuron" class="card-link" rel="external">GitHub</a></p><div class="card-body"></div></div></li>' +
        '<li class="grid-item"><p>Free text.</p></li></ul>',
    );
  });

  it('gives one number of columns to every width, and a card without link is a plain card', async () => {
    const { html } = await render('::::grid{columns="2"}\n:::card[Note]\nText\n:::\n::::');
    expect(html).toBe(
      '<ul class="grid grid-xs-2 grid-sm-2 grid-md-2 grid-lg-2"><li class="grid-item"><div class="card"><p class="card-title">Note</p><div class="card-body"><p>Text</p></div></div></li></ul>',
    );
  });

  it('reports bad columns, an unknown link target or link type, a linked card without title, and a stray item', async () => {
    const source = [
      '::::grid{columns="1 2 9"}',
      ':::card[A]{link="guides/stup" linkType="doc"}',
      ':::',
      ':::card[B]{link="neuron-stup" linkType="ref"}',
      ':::',
      ':::card[C]{link="x" linkType="page"}',
      ':::',
      ':::card{link="https://example.com"}',
      ':::',
      '::::',
      '',
      ':::grid-item',
      'Alone',
      ':::',
    ].join('\n');
    const { problems } = await render(source);
    expect(problems.map((problem) => [problem.code, problem.line, problem.message, problem.hint])).toEqual([
      [
        'invalid-attribute',
        1,
        '`:::grid` has columns="1 2 9"',
        'one number of columns, or four (phone, tablet, laptop, wide), each from 1 to 6: "1 2 2 3"',
      ],
      [
        'unknown-page',
        2,
        'no page "guides/stup" in version "v9"',
        'did you mean "guides/setup"? a page is named by its path under content/docs/v9/, without extension',
      ],
      [
        'unknown-ref',
        4,
        'unknown label "neuron-stup" in version "v9"',
        expect.stringMatching(/^did you mean "neuron-setup"/),
      ],
      ['invalid-attribute', 6, '`:::card` has linkType="page"', 'one of: url, doc, ref'],
      [
        'missing-attribute',
        8,
        '`:::card` has no title',
        'give one in brackets: `:::card[Title]{link="…" linkType="doc"}`',
      ],
      ['misplaced-directive', 12, '`:::grid-item` is outside a `::::grid`', 'put it inside `::::grid` … `::::`'],
    ]);
  });
});

describe(':::dropdown', () => {
  it('is a disclosure, open when asked', async () => {
    expect(await render(':::dropdown[More *details*]{open}\nBody\n:::\n\n:::dropdown\nClosed\n:::')).toEqual({
      html:
        '<details class="dropdown" open><summary class="dropdown-title">More <em>details</em></summary><div class="dropdown-body"><p>Body</p></div></details>\n' +
        '<details class="dropdown"><summary class="dropdown-title">Details</summary><div class="dropdown-body"><p>Closed</p></div></details>',
      problems: [],
    });
  });
});
