/**
 * Pages, navigation and references: toctree → nav.yaml (order, captions, hidden, glob, external entries, nesting),
 * the toctree shown in its page, `:doc:`, `:ref:`, page metadata (`:orphan:`, `:nosearch:`, `meta`, `contents`),
 * section levels in any adornment order, `rubric`, labels on headings and on other blocks, field and definition
 * lists. Each fixture is what Sphinx would read; each expectation is what Sphinx shows, in the site's syntax.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

/** The heading markup the site renders for `##`… headings (id, text, self-link). */
const heading = (level: number, id: string, text: string, labels: string[] = []) =>
  `<div class="heading heading-${level}"><h${level} id="${id}">` +
  labels.map((label) => `<span id="${label}" class="label-anchor"></span>`).join('') +
  `${text}</h${level}><a class="heading-anchor" href="#${id}" data-pagefind-ignore><span aria-hidden="true">#</span>` +
  `<span class="sr-only">Section titled “${text}”</span></a></div>`;

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'index.rst': page(
      'Home',
      'Welcome to the fixture documentation of the Neuron SDK.',
      '',
      '.. toctree::',
      '   :caption: Guides',
      '   :maxdepth: 1',
      '',
      '   guide',
      '   Setup guide <setup>',
      '   GitHub <https://github.com/aws-neuron/aws-neuron-sdk>',
      '',
      '.. toctree::',
      '   :hidden:',
      '   :glob:',
      '',
      '   api/*',
      '   levels',
      '   labels',
      '   lists',
      '',
    ),
    'guide.rst': page(
      'Guide',
      'The guide, with its own pages below it.',
      '',
      '.. toctree::',
      '   :hidden:',
      '',
      '   guide/child',
      '   guide/sibling',
      '',
    ),
    'guide/child.rst': page(
      'Child page',
      'Up: :doc:`../setup`; across: :doc:`sibling`; absolute: :doc:`/api/zeta`; with text: :doc:`the setup <../setup>`.',
    ),
    'guide/sibling.rst': page('Sibling page', 'A sibling.'),
    'setup.rst': lines(
      ':orphan:',
      ':nosearch:',
      '',
      '.. meta::',
      '   :description: How to set up the Neuron SDK.',
      '   :keywords: setup, install',
      '',
      '.. _setup-page:',
      '',
      'Setup',
      '=====',
      '',
      '.. contents:: Table of contents',
      '   :local:',
      '   :depth: 1',
      '',
      '.. _install:',
      '',
      'Install',
      '-------',
      '',
      'Run the installer.',
      '',
    ),
    'api/zeta.rst': page('Zeta API', 'Z.'),
    'api/alpha.rst': page('Alpha API', 'A.'),
    // Sphinx's levels come from the order adornments first appear in a file, not from the characters.
    'levels.rst': lines(
      '#######',
      'Levels',
      '#######',
      '',
      'Part',
      '****',
      '',
      'Text one.',
      '',
      'Chapter',
      '=======',
      '',
      '.. rubric:: Notes',
      '',
      'Text two.',
      '',
      'Deep',
      '^^^^',
      '',
      'Text three.',
      '',
      'Part two',
      '********',
      '',
      'Text four.',
      '',
    ),
    'labels.rst': page(
      'Labels',
      '.. _first-section:',
      '.. _first-alias:',
      '',
      'First section',
      '-------------',
      '',
      '.. _labelled-paragraph:',
      '',
      'A paragraph with a label of its own.',
      '',
      '.. _labelled-code:',
      '',
      '.. code-block:: bash',
      '',
      '   ls',
      '',
      'Without text: :ref:`first-section`; with text: :ref:`the alias <first-alias>`; to a page title: :ref:`setup-page`;',
      'to another page: :ref:`install`; to blocks: :ref:`the paragraph <labelled-paragraph>`, :ref:`the code <labelled-code>`.',
      '',
    ),
    'lists.rst': page(
      'Lists',
      'term one',
      '   Its definition.',
      '',
      '``term two``',
      '   Another definition.',
      '',
      ':Author: The Neuron team',
      ':Version: 2.9',
      '',
      'b. second',
      'c. third',
      '',
      'i) one',
      'ii) two',
      '',
    ),
  });
});

afterAll(cleanUpProjects);

describe('toctree → navigation', () => {
  test('captions, explicit titles, external links, hidden and glob toctrees, and children, in order', () => {
    expect(project.nav()).toEqual([
      {
        caption: 'Guides',
        items: [
          { page: 'guide', items: [{ page: 'guide/child' }, { page: 'guide/sibling' }] },
          { page: 'setup', label: 'Setup guide' },
          { url: 'https://github.com/aws-neuron/aws-neuron-sdk', label: 'GitHub' },
        ],
      },
      // :glob: expands in sorted order, as Sphinx does
      { page: 'api/alpha' },
      { page: 'api/zeta' },
      { page: 'levels' },
      { page: 'labels' },
      { page: 'lists' },
    ]);
  });

  test('a toctree that is not hidden shows in its page as a captioned list of links; a hidden one does not', async () => {
    expect(project.body('index')).toBe(
      lines(
        'Welcome to the fixture documentation of the Neuron SDK.',
        '',
        '**Guides**',
        '',
        '- :doc{to="guide"}',
        '- :doc[Setup guide]{to="setup"}',
        '- [GitHub](https://github.com/aws-neuron/aws-neuron-sdk)',
      ).trim(),
    );
    expect(project.body('guide')).toBe('The guide, with its own pages below it.');
    const { html, problems } = await project.render('index');
    expect(problems).toEqual([]);
    expect(squash(html)).toBe(
      squash(`<p>Welcome to the fixture documentation of the Neuron SDK.</p>
        <p><strong>Guides</strong></p>
        <ul>
        <li><a href="/latest/guide/" class="ref ref-internal ref-doc">Guide</a></li>
        <li><a href="/latest/setup/" class="ref ref-internal ref-doc">Setup guide</a></li>
        <li><a href="https://github.com/aws-neuron/aws-neuron-sdk">GitHub</a></li>
        </ul>`),
    );
  });
});

describe(':doc:', () => {
  test('relative and absolute paths become absolute slugs; the text defaults to the page title', async () => {
    expect(project.body('guide/child')).toBe(
      'Up: :doc{to="setup"}; across: :doc{to="guide/sibling"}; absolute: :doc{to="api/zeta"}; with text: :doc[the setup]{to="setup"}.',
    );
    const { html, problems } = await project.render('guide/child');
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<p>Up: <a href="/latest/setup/" class="ref ref-internal ref-doc">Setup</a>; ' +
        'across: <a href="/latest/guide/sibling/" class="ref ref-internal ref-doc">Sibling page</a>; ' +
        'absolute: <a href="/latest/api/zeta/" class="ref ref-internal ref-doc">Zeta API</a>; ' +
        'with text: <a href="/latest/setup/" class="ref ref-internal ref-doc">the setup</a>.</p>',
    );
  });
});

describe('page metadata', () => {
  test(':orphan:, :nosearch:, meta and contents go to the frontmatter, not the body', () => {
    expect(project.frontmatter('setup')).toEqual({
      title: 'Setup',
      description: 'How to set up the Neuron SDK.',
      pageId: 'setup',
      labels: ['setup-page'],
      toc: { title: 'Table of contents', depth: 1 },
      orphan: true,
      search: false,
      keywords: ['setup', 'install'],
      source: {
        repo: 'aws-neuron/aws-neuron-sdk',
        path: 'setup.rst',
        commit: 'c0ffee0000000000000000000000000000000000',
      },
    });
    expect(project.body('setup')).toBe(
      lines('::label{name="install"}', '', '## Install', '', 'Run the installer.').trim(),
    );
  });

  test('without meta, the description is the first paragraph', () => {
    expect(project.frontmatter('guide')['description']).toBe('The guide, with its own pages below it.');
  });

  test('the frontmatter the importer writes passes the site’s frontmatter check', () => {
    for (const docname of ['index', 'setup', 'guide/child', 'levels']) {
      expect(project.frontmatterProblems(docname), docname).toEqual([]);
    }
  });
});

describe('sections', () => {
  test('levels follow the order adornments appear in, whatever the characters; a rubric is no section', async () => {
    expect(project.body('levels')).toBe(
      lines(
        '## Part',
        '',
        'Text one.',
        '',
        '### Chapter',
        '',
        '::rubric[Notes]',
        '',
        'Text two.',
        '',
        '#### Deep',
        '',
        'Text three.',
        '',
        '## Part two',
        '',
        'Text four.',
      ).trim(),
    );
    const { html, problems } = await project.render('levels');
    expect(problems).toEqual([]);
    expect(squash(html)).toBe(
      squash(
        [
          heading(2, 'part', 'Part'),
          '<p>Text one.</p>',
          heading(3, 'chapter', 'Chapter'),
          '<h4 class="rubric">Notes</h4>',
          '<p>Text two.</p>',
          heading(4, 'deep', 'Deep'),
          '<p>Text three.</p>',
          heading(2, 'part-two', 'Part two'),
          '<p>Text four.</p>',
        ].join('\n'),
      ),
    );
  });
});

describe('labels and :ref:', () => {
  test('labels stacked on a heading, and references to labels on this and other pages', async () => {
    const body = project.body('labels');
    expect(
      body.startsWith(lines('::label{name="first-section"}', '::label{name="first-alias"}', '', '## First section')),
    ).toBe(true);
    expect(body).toContain(
      'Without text: :ref{to="first-section"}; with text: :ref[the alias]{to="first-alias"}; to a page title: :ref{to="setup-page"};',
    );
    expect(body).toContain('to another page: :ref{to="install"}');
    const { html } = await project.render('labels');
    expect(html).toContain(heading(2, 'first-section', 'First section', ['first-alias']));
    expect(html).toContain(
      'Without text: <a href="/latest/labels/#first-section" class="ref ref-internal" data-ref="first-section">First section</a>; ' +
        'with text: <a href="/latest/labels/#first-alias" class="ref ref-internal" data-ref="first-alias">the alias</a>; ' +
        'to a page title: <a href="/latest/setup/" class="ref ref-internal" data-ref="setup-page">Setup</a>; ' +
        'to another page: <a href="/latest/setup/#install" class="ref ref-internal" data-ref="install">Install</a>;',
    );
  });

  test('a label on a paragraph or a code block is an anchor there, and :ref: with text links to it', async () => {
    // Sphinx puts the label's id on the block (`<p id="labelled-paragraph">`, `<div id="labelled-code">`)
    const { html, problems } = await project.render('labels');
    expect(problems).toEqual([]);
    expect(html).toMatch(/id="labelled-paragraph"[^>]*>(?:<\/span>)?A paragraph with a label of its own\./);
    expect(html).toContain('id="labelled-code"');
    expect(html).toContain(
      '<a href="/latest/labels/#labelled-paragraph" class="ref ref-internal" data-ref="labelled-paragraph">the paragraph</a>',
    );
    expect(html).toContain(
      '<a href="/latest/labels/#labelled-code" class="ref ref-internal" data-ref="labelled-code">the code</a>',
    );
  });
});

describe('definition and field lists', () => {
  test('render as description lists, as Sphinx shows them', async () => {
    const { html, problems } = await project.render('lists');
    expect(problems).toEqual([]);
    expect(squash(html)).toMatch(/^<dl[^>]*><dt[^>]*>term one<\/dt><dd[^>]*><p>Its definition\.<\/p><\/dd>/);
    expect(squash(html)).toContain('<code>term two</code></dt><dd');
    expect(squash(html)).toMatch(/<dt[^>]*>Author:?<\/dt><dd[^>]*><p>The Neuron team<\/p><\/dd>/);
    expect(squash(html)).toMatch(/<dt[^>]*>Version:?<\/dt><dd[^>]*><p>2\.9<\/p><\/dd>/);
  });
});

describe('enumerated lists', () => {
  test('keep their numbering (a, b; i, ii) and their start, as <ol type>', async () => {
    expect(project.body('lists')).toContain(':::list{type="a"}\n2. second\n3. third\n:::');
    expect(project.body('lists')).toContain(':::list{type="i"}\n1) one\n2) two\n:::');
    const { html, problems } = await project.render('lists');
    expect(problems).toEqual([]);
    expect(squash(html)).toContain('<ol start="2" type="a"><li>second</li><li>third</li></ol>');
    expect(squash(html)).toContain('<ol type="i"><li>one</li><li>two</li></ol>');
    expect(project.loss).toEqual([]);
  });
});

describe('a toctree shown in its page', () => {
  test('lists the sections of its pages down to :maxdepth:, as Sphinx shows them', async () => {
    const project = await importProject({
      'index.rst': page(
        'Home',
        'The home page of this fixture.',
        '',
        '.. toctree::',
        '   :maxdepth: 2',
        '',
        '   guide',
        '',
      ),
      'guide.rst': page('Guide', 'Text.', '', 'Install', '-------', '', 'Text.', '', 'Deep', '~~~~', '', 'Text.', ''),
    });
    expect(project.loss.filter((entry) => entry.file === 'index.rst')).toEqual([]);
    const { html, problems } = await project.render('index');
    expect(problems).toEqual([]);
    // Sphinx: <li><a href="guide.html">Guide</a><ul><li><a href="guide.html#install">Install</a></li></ul></li>
    expect(squash(html)).toMatch(
      /<li><a href="\/latest\/guide\/"[^>]*>Guide<\/a><ul><li><a href="\/latest\/guide\/#install"[^>]*>Install<\/a><\/li><\/ul><\/li>/,
    );
    expect(html).not.toContain('Deep');
  });
});
