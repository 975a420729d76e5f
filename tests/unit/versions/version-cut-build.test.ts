import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { astroEnv, fixtureProject } from '../../fixtures/build-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = promisify(execFile);
const NEW_ID = 'v9.0.0';

/**
 * `npm run version:cut` end to end, on a throw-away copy of the project's code with a two-version fixture site
 * (tests/fixtures/sites/versions; the real site's six thousand pages would make it a build of the whole
 * documentation): cut a version, then the real `astro build` must pass every gate (links, anchors, refs) and the
 * new version must be in the built menu. One build only: it is the slow part.
 */
describe('version:cut on a copy of the project', () => {
  const { dir } = fixtureProject('versions');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(ROOT, 'scripts'), join(dir, 'scripts'), { recursive: true });
  const cut = (id: string) =>
    run(process.execPath, [join(dir, 'scripts', 'version-cut.ts'), id], { cwd: dir, env: astroEnv() }).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout?: string; stderr?: string }) => ({
        ok: false,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );

  it('refuses a bad or existing id without touching anything', async () => {
    const before = readFileSync(join(dir, 'content', 'versions.yaml'), 'utf8');
    expect(await cut('2.0')).toEqual({ ok: false, output: expect.stringMatching(/"2.0" is not a release tag/) });
    expect(await cut('v2.3.0')).toEqual({ ok: false, output: expect.stringMatching(/"v2.3.0" already exists/) });
    expect(readFileSync(join(dir, 'content', 'versions.yaml'), 'utf8')).toBe(before);
  });

  it('cuts a version that builds and shows in every version menu', async () => {
    const result = await cut(NEW_ID);
    expect(result.ok, result.output).toBe(true);
    expect(existsSync(join(dir, 'content', 'docs', NEW_ID, 'index.mdx'))).toBe(true);
    expect(existsSync(join(dir, 'content', 'partials', NEW_ID))).toBe(true);
    expect(existsSync(join(dir, 'content', 'data', NEW_ID, 'external-refs.yaml'))).toBe(true);
    expect(readFileSync(join(dir, 'content', 'versions.yaml'), 'utf8')).toMatch(
      new RegExp(
        `status: current\\n  - id: ${NEW_ID}\\n    label: 9.0.0\\n    released: \\d{4}-\\d{2}-\\d{2}\\n    status: maintenance`,
      ),
    );
    // Links into the current version now point into the cut one.
    expect(readFileSync(join(dir, 'content', 'docs', NEW_ID, 'index.mdx'), 'utf8')).not.toMatch(/\]\(\/latest\//);

    const build = await run(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: dir,
      env: astroEnv(),
      maxBuffer: 32 * 1024 * 1024,
    }).then(
      ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
      (error: { stdout?: string; stderr?: string }) => ({
        ok: false,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
    expect(build.ok, build.output).toBe(true);
    const home = readFileSync(join(dir, 'dist', NEW_ID, 'index.html'), 'utf8');
    expect(home).toContain('Version: 9.0.0 (Maintenance)');
    expect(home).toContain('You are reading the documentation of version 9.0.0 (Maintenance).');
    const latest = readFileSync(join(dir, 'dist', 'latest', 'about-neuron', 'sdk-policy', 'index.html'), 'utf8');
    expect(latest).toMatch(new RegExp(`<a href="/${NEW_ID}/about-neuron/sdk-policy/"[^>]*>.*?9\\.0\\.0`, 's'));
    expect(existsSync(join(dir, 'dist', NEW_ID, 'changes', 'about-neuron', 'sdk-policy', 'index.html'))).toBe(true);
  });
});
