/** Inline images (`:image{…}`, RST's image substitutions) and text directives the site does not know. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, setUpRenderer } from './render.ts';

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
let renderer: Awaited<ReturnType<typeof setUpRenderer>>;
beforeAll(async () => {
  renderer = await setUpRenderer({});
  mkdirSync(`${renderer.root}/public/images`, { recursive: true });
  writeFileSync(`${renderer.root}/public/images/chip.png`, Buffer.from(PNG, 'base64'));
});
afterAll(() => renderer.cleanUp());
const render = (markdown: string) => renderer.render(markdown, registryOf([]));

describe(':image', () => {
  it('is an <img> in the line, with its size (no layout shift)', async () => {
    const { html, problems } = await render(
      'A :image{src="/images/chip.png" alt="chip" width="16" height="16"} chip, linked: :image{src="/images/chip.png" alt="home" width="8" height="8" href="/"}.',
    );
    expect(problems).toEqual([]);
    expect(html).toBe(
      '<p>A <img src="/images/chip.png" alt="chip" width="16" height="16" loading="lazy" decoding="async" class="inline-image"> chip, linked: ' +
        '<a href="/"><img src="/images/chip.png" alt="home" width="8" height="8" loading="lazy" decoding="async" class="inline-image"></a>.</p>',
    );
  });

  it('checks what ::image checks: src, alt, a size in pixels, the file', async () => {
    const { problems } = await render('A :image{src="/images/none.png" width="16px" height="16"}.');
    expect(problems.map((p) => p.code)).toEqual(['missing-attribute', 'invalid-attribute', 'missing-file']);
  });
});

describe('unknown text directives', () => {
  it('one written as a directive fails the build at its place, with a suggestion, and is not printed', async () => {
    const { html, problems } = await render('Text :imgae{src="/images/chip.png"} and :badg[x].');
    expect(html).toBe('<p>Text  and .</p>');
    expect(problems).toMatchObject([
      {
        code: 'unknown-directive',
        line: 1,
        column: 6,
        message: 'unknown directive ":imgae"',
        hint: expect.stringMatching(/^did you mean ":image"\?/),
      },
      { code: 'unknown-directive', line: 1, column: 41, hint: expect.stringMatching(/^did you mean ":badge"\?/) },
    ]);
  });

  it('a block directive written inline fails, saying how to write it', async () => {
    const { problems } = await render('An inline :image image and a :note.');
    // `:image` is the inline image: without attributes, it lacks them (src, alt, width, height)
    expect(problems.filter((p) => p.column === 11).map((p) => p.code)).toEqual(Array(4).fill('missing-attribute'));
    expect(problems.filter((p) => p.column !== 11)).toMatchObject([
      { code: 'unknown-directive', line: 1, column: 30, hint: expect.stringMatching(/^`:::note` is a block/) },
    ]);
  });

  it('a bare :word is prose, kept as written', async () => {
    const { html, problems } = await render('See text:with:colons, at 10:30, and a :word alone.');
    expect(problems).toEqual([]);
    expect(html).toBe('<p>See text:with:colons, at 10:30, and a :word alone.</p>');
  });
});
