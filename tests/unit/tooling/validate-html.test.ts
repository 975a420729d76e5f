import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatHtmlProblem,
  htmlFiles,
  loadPageValidator,
  validatePages,
  validatePagesInParallel,
  type PageValidator,
} from '../../../scripts/validate-html.ts';

/** A page that passes the project's rules; `head` and `body` are added to it. */
const page = ({ head = '', body = '<p>Text.</p>' }: { head?: string; body?: string }) =>
  `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>A page — Neuron Docs</title>
${head}
</head>
<body>
<main>
<h1>A page</h1>
${body}
</main>
</body>
</html>
`;

let validate: PageValidator;
beforeAll(async () => {
  validate = await loadPageValidator();
});

describe('the project validator (.htmlvalidate.mjs)', () => {
  it('passes a valid page', () => {
    expect(validate('a.html', page({}))).toEqual([]);
  });

  it('reports each problem at its line and column, with the rule and the element', () => {
    const problems = validate('a.html', page({ body: '<p id="x">One</p>\n<p id="x">Two <div>block</div></p>' }));
    // Lines 11 and 12 of the page: the paragraph holding a <div> is closed early, so its </p> is a stray one.
    expect(problems.map(formatHtmlProblem)).toEqual([
      'a.html:12:2 no-implicit-close Element <p> is implicitly closed by adjacent <div> (at html > body > main > p:nth-child(3))',
      'a.html:12:8 no-dup-id Duplicate ID "x" (at html > body > main > p:nth-child(3))',
      "a.html:12:32 close-order Stray end tag '</p>'",
    ]);
  });

  it('checks whole documents: heading levels and what aria-labelledby points at', () => {
    const rules = validate(
      'a.html',
      page({ body: '<h3>Skipped a level</h3>\n<nav aria-labelledby="nowhere"></nav>' }),
    ).map((p) => p.rule);
    expect(rules).toEqual(['heading-level', 'no-missing-references']);
  });

  it('has the project’s exceptions: long titles pass, integrity is required from other origins only', () => {
    const long = page({}).replace('A page — Neuron Docs', `What changed in “${'x'.repeat(80)}” — Neuron Docs`);
    expect(validate('a.html', long)).toEqual([]);
    expect(validate('a.html', page({ head: '<script src="/scripts/a.js" defer></script>' }))).toEqual([]);
    const foreign = validate(
      'a.html',
      page({ head: '<script src="https://cdn.example/a.js" crossorigin defer></script>' }),
    );
    expect(foreign.map((p) => p.rule)).toEqual(['require-sri']);
  });
});

describe('validatePages', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'validate-html-'));
    mkdirSync(join(dir, 'latest', 'a'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), page({}));
    writeFileSync(join(dir, 'latest', 'a', 'index.html'), page({ body: '<img src="/a.png">' }));
    writeFileSync(join(dir, 'latest', 'a', 'notes.txt'), 'not a page');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates every .html file under the folder and names the page of each problem', () => {
    const files = htmlFiles(dir);
    expect(files).toEqual([join(dir, 'index.html'), join(dir, 'latest', 'a', 'index.html')]);
    const { problems, ms } = validatePages(files, validate, dir);
    expect(problems.map((p) => `${p.file} ${p.rule}`)).toEqual(['latest/a/index.html wcag/h37']);
    expect(ms).toBeGreaterThan(0);
  });

  it('finds the same problems, in the same order, with the pages shared among worker threads', async () => {
    writeFileSync(join(dir, 'latest', 'b.html'), page({ body: '<p id="x"></p><p id="x"></p>' }));
    const files = htmlFiles(dir);
    const alone = validatePages(files, validate).problems;
    expect(alone.map((p) => p.rule)).toEqual(['wcag/h37', 'no-dup-id']);
    expect((await validatePagesInParallel(files, 2)).problems).toEqual(alone);
  });
});
