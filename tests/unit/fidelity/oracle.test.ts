/**
 * The fidelity oracle (scripts/oracle/): the extractor on small hand-made sources (it runs python3 with docutils),
 * and the checker on hand-made pages, including a fragment that is missing and one a loss entry excuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkVersion } from '../../../scripts/oracle/check.ts';
import { checkDocument, fold, pageTexts } from '../../../scripts/oracle/fidelity.ts';
import type { OracleDocument, OracleFragment, OracleVersion, PageTexts } from '../../../scripts/oracle/fidelity.ts';

const EXTRACT = join(import.meta.dirname, '..', '..', '..', 'scripts', 'oracle', 'extract.py');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'oracle-test-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, 'src', path)), { recursive: true });
    writeFileSync(join(dir, 'src', path), text);
  }
  return dir;
}

function run(dir: string, ...extra: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(
    'python3',
    [EXTRACT, '--version', 'test', '--src', join(dir, 'src'), '--out', join(dir, 'out.json.gz'), ...extra],
    { encoding: 'utf8' },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function extract(files: Record<string, string>): OracleVersion {
  const dir = tree(files);
  const r = run(dir);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(gunzipSync(readFileSync(join(dir, 'out.json.gz'))).toString('utf8')) as OracleVersion;
}

/** `kind line text` per fragment, `[file]` when it is in an included file, `(Admonition)` inside one. */
function lines(doc: OracleDocument | undefined): string[] {
  if (doc === undefined) throw new Error('document missing');
  return doc.fragments.map(([kind, file, line, text, adm]) => {
    const where = file === 0 ? '' : `[${doc.files[file] ?? '?'}] `;
    return `${where}${kind} ${line} ${text}${adm === undefined ? '' : ` (${adm})`}`;
  });
}

const RST = `:orphan:

.. _intro-label:

Intro title
===========

A paragraph with *emphasis*, \`\`code\`\`, a :ref:\`intro-label\` ref,
a :doc:\`other\` link, :func:\`~pkg.mod.run\` and :math:\`x^2\` math.

.. note::

   Note body.

.. comment that a reader never sees

* first item
* second item

.. code-block:: python
   :caption: Example

   import os
   print(os.sep)

.. list-table::

   * - Cell one
     - Cell two

.. only:: latex

   Only in PDF.

.. toctree::

   other

.. |product| replace:: Neuron SDK

Use the |product| here.

.. include:: part.txt

.. program-output:: python3 tool.py

.. dropdown:: More details

   Hidden body.
`;

describe('extract.py (RST through docutils)', () => {
  const out = extract({
    'conf.py': "extensions = ['nbsphinx', 'myst_parser']\nexclude_patterns = ['_build', 'drafts/**']\n",
    'index.rst': RST,
    'other.rst': 'Other page\n==========\n\nBody.\n',
    'part.txt': 'Included first.\n\nIncluded second.\n',
    'drafts/skip.rst': 'Draft\n=====\n',
    '_build/x.rst': 'Built\n=====\n',
  });

  it('finds the documents Sphinx builds (conf.py exclude_patterns applied, includes are not documents)', () => {
    expect(Object.keys(out.documents)).toEqual(['index.rst', 'other.rst']);
  });

  it('emits what a reader sees, with source lines, and skips what Sphinx never shows', () => {
    expect(lines(out.documents['index.rst'])).toEqual([
      'heading 5 Intro title',
      'paragraph 8 A paragraph with emphasis, code, a Intro title ref, a Other page link, run() and',
      'paragraph 8 math.',
      'paragraph 13 Note body. (Note)',
      'list-item 17 first item',
      'list-item 18 second item',
      'caption 20 Example',
      'code 23 import os',
      'code 24 print(os.sep)',
      'cell 28 Cell one',
      'cell 29 Cell two',
      'paragraph 41 Use the Neuron SDK here.',
      '[part.txt] paragraph 1 Included first.',
      '[part.txt] paragraph 3 Included second.',
      'title 47 More details',
      'paragraph 49 Hidden body.',
    ]);
  });

  it('records the lines each directive spans (to match loss-report entries)', () => {
    const spans = out.documents['index.rst']?.spans.map(([, s, e, n]) => `${n} ${s}-${e}`) ?? [];
    expect(spans).toContain('program-output 45-45');
    expect(spans).toContain('code-block 20-24');
  });

  it('shows interpreted text without a role as docutils does (title reference: the whole text)', () => {
    const r = extract({ 'conf.py': '', 'a.rst': 'T\n=\n\nSee the:ref:`Install <x>` and `Guide <https://x>`.\n' });
    expect(lines(r.documents['a.rst'])).toEqual([
      'heading 1 T',
      'paragraph 4 See the:ref:Install <x> and Guide <https://x>.',
    ]);
  });

  it('titles the document with its first heading', () => {
    expect(out.documents['other.rst']?.title).toBe('Other page');
  });
});

describe('extract.py (MyST Markdown and notebooks)', () => {
  const notebook = {
    cells: [
      { cell_type: 'markdown', metadata: {}, source: ['# Notebook title\n', '\n', 'Some **bold** text.'] },
      { cell_type: 'code', metadata: {}, source: ['x = 1\n', 'print(x)'], outputs: [], execution_count: null },
    ],
    metadata: {},
    nbformat: 4,
    nbformat_minor: 5,
  };
  const out = extract({
    'conf.py': "extensions = ['nbsphinx', 'myst_parser']\n",
    'guide.md': [
      '# Guide',
      '',
      '<!-- a comment -->',
      'Read [the docs](https://example.com) and `run()`.',
      '',
      ':::{note}',
      'Careful here.',
      ':::',
      '',
      '```bash',
      'pip install x',
      '```',
      '',
      '| A | B |',
      '|---|---|',
      '| one | two |',
      '',
      '```{toctree}',
      'other',
      '```',
      '',
      '- item',
      '',
      '```NAME=1```',
      '',
      'Map it with ```ctx=x``` here.',
    ].join('\n'),
    'nb.ipynb': JSON.stringify(notebook, null, 1),
  });

  it('reads MyST Markdown independently of docutils', () => {
    expect(lines(out.documents['guide.md'])).toEqual([
      'heading 1 Guide',
      'paragraph 4 Read the docs and run().',
      'paragraph 7 Careful here. (Note)',
      'code 11 pip install x',
      'cell 14 A',
      'cell 14 B',
      'cell 16 one',
      'cell 16 two',
      'list-item 22 item',
      // a backtick fence's info string has no backtick: these are paragraphs with inline code
      'paragraph 24 NAME=1',
      'paragraph 26 Map it with ctx=x here.',
    ]);
  });

  it('reads notebook markdown cells and code cell sources, at the line of each cell', () => {
    const got = lines(out.documents['nb.ipynb']);
    expect(got.map((l) => l.replace(/ \d+ /u, ' '))).toEqual([
      'heading Notebook title',
      'paragraph Some bold text.',
      'code x = 1',
      'code print(x)',
    ]);
    expect(out.documents['nb.ipynb']?.title).toBe('Notebook title');
  });
});

describe('extract.py --check', () => {
  it('passes on the output it wrote and fails once the sources change', () => {
    const dir = tree({ 'conf.py': '', 'a.rst': 'Title\n=====\n\nText.\n' });
    expect(run(dir).status).toBe(0);
    expect(run(dir, '--check').status).toBe(0);
    writeFileSync(join(dir, 'src', 'a.rst'), 'Title\n=====\n\nOther text.\n');
    const r = run(dir, '--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a.rst');
  });
});

// ---------------------------------------------------------------------------------------------------------------

const PAGE = `<!doctype html><html><head><title>t</title></head><body>
<header><h1>Intro title</h1></header>
<main>
<p>A paragraph with “quoted” text — and more.</p>
<aside class="admonition note"><p class="admonition-title">note</p><p>Note body.</p></aside>
<pre><code><span>import os</span>
<span>print(os.sep)</span></code></pre>
<table><tr><td>Cell one</td><td>Cell two</td></tr></table>
<p>A line that mentions import json outside code.</p>
<a href="https://example.com">the docs</a>
</main></body></html>`;

function doc(fragments: OracleFragment[], spans: OracleDocument['spans'] = []): OracleDocument {
  return { title: 'Intro title', files: ['index.rst', 'part.txt'], fragments, spans };
}

describe('fidelity check (built HTML, no browser)', () => {
  const page: PageTexts = pageTexts(PAGE);

  it('takes the texts check.ts takes: main, headings, pre, admonitions, tables, links', () => {
    expect(page.headings).toEqual(['Intro title']);
    expect(page.pres).toEqual(['import os\nprint(os.sep)']);
    // textContent: no space between blocks, as in the browser
    expect(page.asides.map(fold)).toEqual(['noteNote body.']);
    expect(page.tables.map(fold)).toEqual(['Cell oneCell two']);
    expect(page.links).toEqual([{ text: 'the docs', href: 'https://example.com' }]);
    expect(fold(page.main)).toContain('A paragraph with "quoted" text - and more.');
  });

  it('finds every fragment where its kind says (typography and admonition-title case are accepted)', () => {
    const r = checkDocument(
      doc([
        ['heading', 0, 6, 'Intro title'],
        ['paragraph', 0, 9, 'A paragraph with "quoted" text -- and more.'],
        ['paragraph', 0, 14, 'Note body.', 'Note'],
        ['code', 0, 24, 'import os'],
        ['cell', 0, 29, 'Cell two'],
      ]),
      page,
      [],
    );
    expect(r.missing).toEqual([]);
    expect(r).toMatchObject({ total: 5, found: 5, excused: 0 });
  });

  it('reports a missing fragment with file:line, the text and what the page shows instead', () => {
    const r = checkDocument(
      doc([
        ['paragraph', 0, 9, 'A paragraph with "quoted" text and more.'], // a word dropped: not accepted
        ['code', 1, 3, 'import json'], // on the page, but not in a <pre>
        ['heading', 0, 6, 'Intro title'],
      ]),
      page,
      [],
    );
    expect(r.total).toBe(3);
    expect(r.found).toBe(1);
    expect(r.missing.map((m) => `${m.where} ${m.kind} ${m.text}`)).toEqual([
      'index.rst:9 paragraph A paragraph with "quoted" text and more.',
      'part.txt:3 code import json',
    ]);
    expect(r.missing[0]?.hint).toContain('then expects " and more."');
    expect(r.missing[1]?.hint).toContain('in a <pre>');
  });

  it('excuses what a loss entry covers: the whole directive starting on its line, else that line', () => {
    const fragments: OracleFragment[] = [
      ['code', 0, 47, 'output of a program'],
      ['code', 0, 48, 'more output'],
      ['paragraph', 0, 60, 'A broken table cell'],
      ['paragraph', 0, 61, 'Still expected'],
    ];
    const losses = [
      { construct: 'program-output', file: 'index.rst', line: 46, instead: 'nothing' },
      { construct: 'docutils-error', file: 'index.rst', line: 60, instead: 'nothing' },
    ];
    const r = checkDocument(doc(fragments, [[0, 46, 48, 'program-output']]), page, losses);
    expect(r.excused).toBe(3);
    expect(r.total).toBe(1);
    expect(r.missing.map((m) => m.where)).toEqual(['index.rst:61']);
    // the same entry for another file excuses nothing
    const other = checkDocument(doc(fragments, [[0, 46, 48, 'program-output']]), page, [
      { construct: 'program-output', file: 'elsewhere.rst', line: 46, instead: 'nothing' },
    ]);
    expect(other.excused).toBe(0);
  });

  it('does not accept added spaces, but says when spacing is the only difference', () => {
    const r = checkDocument(doc([['paragraph', 0, 9, 'A paragraph with"quoted" text - and more.']]), page, []);
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]?.hint).toContain('(the page has it with different spacing)');
  });

  it('wants a fragment as many times as the original has it', () => {
    const r = checkDocument(
      doc([
        ['cell', 0, 29, 'Cell one'],
        ['cell', 0, 40, 'Cell one'],
      ]),
      page,
      [],
    );
    expect(r.missing.map((m) => m.where)).toEqual(['index.rst:40']);
    expect(r.missing[0]?.hint).toContain('expected at least 2');
  });

  it('wants admonition content inside an admonition with that title', () => {
    const r = checkDocument(doc([['paragraph', 0, 14, 'Note body.', 'Warning']]), page, []);
    expect(r.missing).toHaveLength(1);
  });
});

describe('fidelity check of a version (pages found through their frontmatter, losses and source defects from the import report)', () => {
  it('maps documents to built pages, excuses reported losses and lists the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'oracle-version-'));
    dirs.push(root);
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write(
      'content/docs/v9/guide/index.mdx',
      '---\ntitle: Guide\nsource: { repo: a/b, path: guide/index.rst, commit: abc }\n---\n\nBody.\n',
    );
    write('dist/v9/guide/index.html', '<html><body><main><h1>Guide</h1><p>Body text.</p></main></body></html>');
    write(
      'content/import-report/v9.json',
      JSON.stringify({
        loss: [{ construct: 'raw-html', file: 'guide/index.rst', line: 9, instead: 'nothing' }],
        // no page, as on the original site, and the importer says so: the document is excused
        sourceDefects: [
          { construct: 'unreadable-notebook', file: 'broken.ipynb', line: 1, instead: 'no page' },
          { construct: 'unreadable-notebook', file: 'half.ipynb', line: 1, instead: 'no page' },
        ],
      }),
    );
    const oracle: OracleVersion = {
      format: 1,
      version: 'v9',
      rev: 'v9',
      commit: 'abc',
      documents: {
        'guide/index.rst': {
          title: 'Guide',
          files: ['guide/index.rst'],
          fragments: [
            ['heading', 0, 1, 'Guide'],
            ['paragraph', 0, 4, 'Body text.'],
            ['paragraph', 0, 10, 'Raw HTML text'],
            ['paragraph', 0, 12, 'A lost paragraph.'],
          ],
          spans: [[0, 9, 11, 'raw']],
        },
        'gone.rst': { title: 'Gone', files: ['gone.rst'], fragments: [['heading', 0, 1, 'Gone']], spans: [] },
        'broken.ipynb': { title: '', files: ['broken.ipynb'], fragments: [], spans: [] },
        'half.ipynb': {
          title: 'Half',
          files: ['half.ipynb'],
          fragments: [
            ['heading', 0, 1, 'Half'],
            ['paragraph', 0, 5, 'Not covered.'],
          ],
          spans: [],
        },
      },
    };
    const r = checkVersion(root, join(root, 'dist'), oracle);
    expect(r).toMatchObject({ documents: 4, total: 6, found: 2, excused: 2 });
    expect(r.missing.map((m) => `${m.where} ${m.url} ${m.hint}`)).toEqual([
      'guide/index.rst:12 /v9/guide/ not in <main>: no part of it is on the page',
      'gone.rst:1 - no imported page names this document',
      'half.ipynb:5 - no imported page names this document',
    ]);
  });
});
