/**
 * Text the fidelity oracle (scripts/oracle/) found missing on built pages: each fixture is the construct of the
 * original that lost it, and each expectation what Sphinx (or nbsphinx, or MyST) showed, in MDX and in HTML.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanUpProjects, importProject, lines, page, squash, type Imported } from './project.ts';

let project: Imported;

beforeAll(async () => {
  project = await importProject({
    'index.rst': page('Home', '.. toctree::', '', '   lstm', '   api', '   setup/install', '', 'See :doc:`lstm`.', ''),
    'lstm.rst': lines(
      'Guide to |LSTM| Support',
      '=======================',
      '',
      'Runs |LSTM| and |pack|.',
      '',
      '.. |LSTM| replace:: :class:`~torch.nn.LSTM`',
      '.. |pack| replace:: :func:`~torch.nn.utils.rnn.pack_padded_sequence`',
      '',
    ),
    'api.rst': page(
      'API',
      '.. py:function:: neuronx.run(x)',
      '',
      '   Runs the kernel.',
      '',
      '   :param x: the input',
      '   :return: - out (ndarray): the output',
      '   :rtype: ``tuple``',
      '',
    ),
    // An include inside an included file is found from the document's folder, as Sphinx's include does.
    'setup/install.rst': page('Install', '.. include:: templates/steps.txt', ''),
    'setup/templates/steps.txt': lines('.. include:: note.rst', '', 'Run the installer.', ''),
    'setup/note.rst': lines('.. note ::', '', '  * Use Ubuntu.', '  * Use 512GB of storage.'),
    'glued.rst': page('Glued', 'Consider Z = (X\\ *A)*\\ B, and a\\ **(b)**\\ c.', ''),
    'dtypes.rst': page(
      'Data types',
      '+-----------+------------------+',
      '| Type      | Name             |',
      '+===========+==================+',
      '| Float     | float8 [#1]_     |',
      '+-----------+------------------+',
      '| Packed    | float8_x4 [#2]_  |',
      '+-----------+------------------+',
      '',
      'Text [#3]_.',
      '',
      '.. [#1] S: sign bits',
      '.. [#2] 4x packed elements',
      '.. [#3] In the text.',
      '',
    ),
    'tutorial.ipynb': JSON.stringify({
      cells: [
        {
          cell_type: 'markdown',
          metadata: {},
          source: [
            '# Tutorial\n',
            '\n',
            'Set it up.\n',
            '\n',
            '<div class="alert alert-block alert-warning">\n',
            '<b>Note:</b> Set `image_token_index` to `10`.\n',
            '</div>',
          ],
        },
        {
          cell_type: 'markdown',
          metadata: {},
          source: [
            '<div class="alert alert-info">\n',
            '\n',
            'Use `bf16`.\n',
            '\n',
            '</div>\n',
            '\n',
            '```html\n',
            '<div>\n',
            '```',
          ],
        },
      ],
      metadata: { language_info: { name: 'python' } },
      nbformat: 4,
      nbformat_minor: 5,
    }),
    'design.md': lines(
      '# Design',
      '',
      'Failures are covered in',
      '[Debugging design → `LogitValPlugin`](debugging.md).',
    ),
    'debugging.md': lines('# Debugging design', '', 'Text.'),
  });
});

afterAll(cleanUpProjects);

describe('a Python role in a substitution', () => {
  test('`~` shows the last component in titles too, as Sphinx does', async () => {
    expect(project.frontmatter('lstm')['title']).toBe('Guide to LSTM Support');
    expect(project.body('lstm')).toBe(
      'Runs :api[LSTM]{to="torch.nn.LSTM" kind="class"} and ' +
        ':api[pack_padded_sequence()]{to="torch.nn.utils.rnn.pack_padded_sequence" kind="func"}.',
    );
    const { html } = await project.render('index');
    expect(html).toContain('See <a href="/latest/lstm/" class="ref ref-internal ref-doc">Guide to LSTM Support</a>.');
  });
});

describe('an info field whose body is a list', () => {
  test(':return: with a bullet list keeps the list under “Returns:”', async () => {
    expect(project.body('api')).toContain(lines('**Returns:**', '', '- out (ndarray): the output'));
    const { html } = await project.render('api');
    expect(squash(html)).toContain('<p><strong>Returns:</strong></p><ul><li>out (ndarray): the output</li></ul>');
  });
});

describe('an include inside an included file', () => {
  test('its relative path is read from the document’s folder (Sphinx’s relfn2path)', async () => {
    expect(project.loss.filter((entry) => entry.construct === 'missing-include')).toEqual([]);
    const { html } = await project.render('setup/install');
    expect(html).toContain('Use Ubuntu.');
    expect(html).toContain('Use 512GB of storage.');
  });
});

describe('a MyST link to a page, with markup in its text', () => {
  test('keeps the markup, as MyST shows it', async () => {
    expect(project.body('design')).toBe(
      'Failures are covered in :doc[Debugging design → `LogitValPlugin`]{to="debugging"}.',
    );
    const { html } = await project.render('design');
    expect(html).toMatch(
      /covered in <a href="\/latest\/debugging\/"[^>]*>Debugging design → <code>LogitValPlugin<\/code><\/a>\./,
    );
  });
});

describe('emphasis glued to words by escaped spaces', () => {
  test('punctuation at its edge moves outside the delimiters, so Markdown reads them as emphasis', async () => {
    // docutils: Z = (X<emphasis>A)</emphasis>B: the text is "Z = (XA)B"
    expect(project.body('glued')).toBe('Consider Z = (X*A*)B, and a(**b**)c.');
    const { html } = await project.render('glued');
    expect(html).toBe('<p>Consider Z = (X<em>A</em>)B, and a(<strong>b</strong>)c.</p>');
  });
});

describe('a notebook’s Markdown inside a <div>', () => {
  test('is Markdown, as pandoc read it for nbsphinx; an alert div of nbsphinx’s is an admonition', async () => {
    expect(project.body('tutorial')).toBe(
      lines(
        'Set it up.',
        '',
        ':::container{class="alert alert-block alert-warning"}',
        '**Note:** Set `image_token_index` to `10`.',
        ':::',
        '',
        ':::note',
        'Use `bf16`.',
        ':::',
        '',
        '```html',
        '<div>',
        '```',
      ).trim(),
    );
    const { html } = await project.render('tutorial');
    // the <b> of the notebook's HTML is bold, as it was
    expect(html).toContain('<strong>Note:</strong> Set <code>image_token_index</code> to <code>10</code>.');
    expect(project.loss.filter((entry) => entry.construct === 'raw-inline-html')).toEqual([]);
    expect(html).toContain('Use <code>bf16</code>.');
  });
});

describe('footnotes referenced from a table', () => {
  test('are on the page, and the references in the cells link to them', async () => {
    const { html, problems } = await project.render('dtypes');
    expect(problems).toEqual([]);
    expect(html).toContain('S: sign bits');
    expect(html).toContain('4x packed elements');
    expect(html).toContain('In the text.');
    const ids = [...html.matchAll(/<li id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(html).toContain(`href="#${id}"`);
  });
});
