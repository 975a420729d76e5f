/**
 * How each construct fails. Markup the importer cannot convert, or that is broken in the source, stops the import
 * with `file:line`, the construct and a fix; what cannot be reproduced offline (a file the release lacks, a
 * command that cannot run) is converted into a stand-in with an entry in the loss report at its line; what Sphinx
 * itself showed as plain text (an unknown `:doc:` or `:ref:` target) stays plain text and is listed as unresolved.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { ImportError } from '../../../scripts/import/problems.ts';
import { cleanUpProjects, importFailure, importProject, page } from './project.ts';

afterAll(cleanUpProjects);

/** The page of each fixture: `Home`, its underline and a blank line, so its body starts at line 4. */
const home = (...body: string[]) => ({ 'index.rst': page('Home', ...body) });

/** Expects the import of `files` to stop at `file:line` naming `construct`. */
async function expectStop(files: Record<string, string>, file: string, line: number, construct: string) {
  const error = await importFailure(files);
  expect(error, error.message).toBeInstanceOf(ImportError);
  const stop = error as ImportError;
  expect(stop.location).toEqual({ file, line });
  expect(stop.construct).toContain(construct);
  expect(stop.message.startsWith(`${file}:${line}: `)).toBe(true);
  expect(stop.hint.length).toBeGreaterThan(0);
}

describe('the import stops at file:line, naming the construct', () => {
  test('an unknown directive', async () => {
    await expectStop(home('Text.', '', '.. frobnicate:: x', '', '   body', ''), 'index.rst', 6, 'frobnicate');
  });

  test('an unknown role', async () => {
    await expectStop(home('Text with :frob:`x` in it.', ''), 'index.rst', 4, ':frob:');
  });

  test('an unknown directive in a MyST page', async () => {
    await expectStop({ 'index.md': '# Home\n\nText.\n\n```{frobnicate}\nbody\n```\n' }, 'index.md', 5, 'frobnicate');
  });

  test('a tab-set holding something other than tab items', async () => {
    const error = (await importFailure(home('Text.', '', '.. tab-set::', '', '   A paragraph.', ''))) as ImportError;
    expect(error).toBeInstanceOf(ImportError);
    expect(error.location.file).toBe('index.rst');
    expect([6, 8]).toContain(error.location.line);
    expect(error.construct).toContain('tab-set');
  });

  test('a list-table whose rows do not have the same number of cells', async () => {
    await expectStop(
      home('Text.', '', '.. list-table::', '', '   * - a', '     - b', '   * - c', ''),
      'index.rst',
      6,
      'list-table',
    );
  });

  test('a malformed grid table', async () => {
    const error = (await importFailure(
      home('Text.', '', '+-----+-----+', '| a   | b   |', '+-----+---+-+', '| c   | d    |', '+-----+-----+', ''),
    )) as ImportError;
    expect(error, error.message).toBeInstanceOf(ImportError);
    // docutils names the table's first line, or the line inside it where the grid breaks
    expect(error.location.file).toBe('index.rst');
    expect(error.location.line).toBeGreaterThanOrEqual(6);
    expect(error.location.line).toBeLessThanOrEqual(10);
    expect(error.construct).toContain('table');
  });

  test('an include whose :start-after: text is not in the file', async () => {
    await expectStop(
      { ...home('Text.', '', '.. include:: part.rst', '   :start-after: no such text', ''), 'part.rst': 'Part.\n' },
      'index.rst',
      6,
      'include',
    );
  });

  test('a literalinclude whose :start-after: text is not in the file', async () => {
    await expectStop(
      {
        ...home('Text.', '', '.. literalinclude:: code.py', '   :start-after: no such text', ''),
        'code.py': 'a = 1\n',
      },
      'index.rst',
      6,
      'literalinclude',
    );
  });

  test('a literalinclude with an option it does not have', async () => {
    await expectStop(
      { ...home('Text.', '', '.. literalinclude:: code.py', '   :frobnicate: yes', ''), 'code.py': 'a = 1\n' },
      'index.rst',
      6,
      'literalinclude',
    );
  });
});

describe('what the release itself lacks is a source defect at its line, not a loss: the original lacked it too', () => {
  test('a literalinclude of a file the release lacks', async () => {
    const project = await importProject(home('Text.', '', '.. literalinclude:: missing.py', ''));
    expect(project.body('index')).toBe('Text.');
    expect(project.sourceDefects).toContainEqual(
      expect.objectContaining({ construct: 'literalinclude', file: 'index.rst', line: 6 }),
    );
    expect(project.loss).toEqual([]);
  });

  test('an image the release lacks', async () => {
    const project = await importProject(home('Text.', '', '.. image:: missing.png', '   :alt: Gone', ''));
    // the original showed a broken image: the browser shows its alt text
    expect(project.body('index')).toBe('Text.\n\nGone');
    expect(project.sourceDefects).toContainEqual(
      expect.objectContaining({ file: 'index.rst', line: 6, detail: expect.stringContaining('missing.png') }),
    );
  });

  test('a substitution image the release lacks', async () => {
    const project = await importProject(
      home('Before |diagram| after.', '', '.. |diagram| image:: missing.png', '   :alt: Execution model', ''),
    );
    expect(project.body('index')).toBe('Before Execution model after.');
    expect(project.sourceDefects).toContainEqual(
      expect.objectContaining({ construct: 'missing-image', detail: expect.stringContaining('missing.png') }),
    );
  });

  test('a toctree entry naming no document: left out of the navigation, as Sphinx did', async () => {
    const project = await importProject({
      ...home('Text.', '', '.. toctree::', '   :hidden:', '', '   nowhere', '   other', ''),
      'other.rst': page('Other', 'Other text.'),
    });
    expect(project.nav()).toEqual([{ page: 'other' }]);
    expect(project.sourceDefects).toContainEqual(
      expect.objectContaining({
        construct: 'toctree-entry',
        file: 'index.rst',
        detail: expect.stringContaining('nowhere'),
      }),
    );
  });
});

describe('what docutils reported', () => {
  test('a title whose underline is too short is still a title, and nothing is lost', async () => {
    const project = await importProject(home('Text.', '', 'A long section title', '=====', '', 'Body.', ''));
    expect(project.body('index')).toBe('Text.\n\n## A long section title\n\nBody.');
    expect(project.loss).toEqual([]);
  });

  test('a title docutils cannot place among the section levels: Sphinx dropped it, a source defect says so', async () => {
    const project = await importProject(
      // a fourth adornment (^) met at the second level, under three styles: docutils cannot place it
      home('Text.', '', 'A', '----', '', 'B', '~~~~', '', 'C', '----', '', 'Other', '^^^^^', '', 'Body.', ''),
    );
    expect(project.sourceDefects).toContainEqual(
      expect.objectContaining({ construct: 'docutils-error', file: 'index.rst', detail: 'Title level inconsistent:' }),
    );
  });
});

describe('a reviewed patch of the sources', () => {
  test('replaces its text and is listed with the lines it changed', async () => {
    const why = 'A reference glued to the next word: Sphinx did not end the role there.';
    const project = await importProject(home('Intro.', '', 'A :ref:`link <x>`glued word.', ''), {
      patches: {
        patches: [{ version: 'latest', file: 'index.rst', find: '`glued', replace: '` glued', why }],
        nav: [],
      },
    });
    expect(project.body('index')).toContain('glued word.');
    expect(project.body('index')).not.toContain('`glued');
    expect(project.patches).toEqual([{ file: 'index.rst', line: 6, endLine: 6, why }]);
  });

  test('applies to a file larger than one command-line argument may be (128 KiB)', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of a long page, with some words in it.`);
    const project = await importProject(home(...long.flatMap((line) => [line, '']), 'The ende.', ''), {
      patches: {
        patches: [{ version: 'latest', file: 'index.rst', find: 'ende.', replace: 'end.', why: 'A typo.' }],
        nav: [],
      },
    });
    expect(project.body('index').endsWith('The end.')).toBe(true);
  });
});

describe('what Sphinx showed as text stays text', () => {
  test(':doc: and :ref: to targets the release lacks: their text, listed as unresolved', async () => {
    const project = await importProject(
      home('See :doc:`nowhere`, :doc:`the page <elsewhere>` and :ref:`no-label`.', ''),
    );
    expect(project.body('index')).toBe('See nowhere, the page and no-label.');
    const unresolved = project.file('content/data/latest/unresolved-refs.yaml');
    for (const label of ['nowhere', 'elsewhere', 'no-label']) expect(unresolved).toContain(`label: ${label}`);
    const { problems } = await project.render('index');
    expect(problems).toEqual([]);
  });

  test('raw output for other builders (latex) is left out, as the HTML builder did', async () => {
    const project = await importProject(home('Text.', '', '.. raw:: latex', '', '   \\newpage', '', 'After.', ''));
    expect(project.body('index')).toBe('Text.\n\nAfter.');
  });

  test('a broken directive does not become the page’s description', async () => {
    const error = await importFailure(home('.. list-table::', '', '   * - a', '     - b', '   * - c', '')).catch(
      (e: Error) => e,
    );
    if (error instanceof ImportError) return; // stopping is right too
    const project = await importProject(
      home('.. list-table::', '', '   * - a', '     - b', '   * - c', '', 'The real first paragraph.', ''),
    );
    expect(project.frontmatter('index')['description']).toBe('The real first paragraph.');
  });
});
