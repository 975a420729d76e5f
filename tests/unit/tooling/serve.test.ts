import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../scripts/serve.ts';
import type { RunningServer } from '../../../scripts/serve.ts';

/** A raw request, so the path is sent exactly as written (fetch would normalize `..` away). */
function raw(
  base: string,
  path: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolveResponse, rejectResponse) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolveResponse({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', rejectResponse);
    req.end();
  });
}

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  const site = join(dir, 'dist');
  const write = (file: string, text: string): void => {
    mkdirSync(join(site, file, '..'), { recursive: true });
    writeFileSync(join(site, file), text);
  };
  write('index.html', '<h1>Home</h1>');
  write('404.html', '<h1>Page not found</h1>');
  write('latest/about-neuron/sdk-policy/index.html', '<h1>SDK policy</h1>');
  write('_astro/site.css', 'body{}');
  write('pagefind/pagefind.js', 'export {}');
  write('pagefind/pagefind.en_abc.pf_meta', 'meta');
  write('pagefind/wasm.en.pagefind', 'wasm');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  server = await startServer({ dir: site, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve.ts', () => {
  it('listens on 127.0.0.1', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves index.html for directory paths, as HTML, not cached', async () => {
    const res = await fetch(new URL('/latest/about-neuron/sdk-policy/', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe('<h1>SDK policy</h1>');
    expect(await (await fetch(server.url)).text()).toBe('<h1>Home</h1>');
  });

  it('redirects /foo to /foo/ (301)', async () => {
    const res = await fetch(new URL('/latest/about-neuron/sdk-policy?x=1', server.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/latest/about-neuron/sdk-policy/?x=1');
  });

  it("serves assets with their content types; Astro's hashed bundles are cached, other files are not", async () => {
    const css = await fetch(new URL('/_astro/site.css', server.url));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const js = await fetch(new URL('/pagefind/pagefind.js', server.url));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBeNull();
    for (const file of ['/pagefind/pagefind.en_abc.pf_meta', '/pagefind/wasm.en.pagefind']) {
      const res = await fetch(new URL(file, server.url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
    }
  });

  it('answers missing files with 404.html and status 404', async () => {
    const res = await fetch(new URL('/latest/no-such-page/', server.url));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe('<h1>Page not found</h1>');
  });

  it('rejects path traversal, plain and encoded', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/latest/%2E%2E%2F%2E%2E%2Fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const res = await raw(server.url, path);
      expect(res.status, path).toBe(400);
      expect(res.body, path).not.toContain('do not serve');
    }
  });

  it('answers HEAD with headers only', async () => {
    const res = await raw(server.url, '/', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('<h1>Home</h1>'.length));
    expect(res.body).toBe('');
    const missing = await raw(server.url, '/nope', 'HEAD');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('');
  });

  it('refuses other methods', async () => {
    const res = await raw(server.url, '/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('GET, HEAD');
  });

  it('runs as a CLI: --port 0 --host --dir, printing the URL it serves', async () => {
    const child = spawn(
      process.execPath,
      [resolve('scripts/serve.ts'), '--port', '0', '--host', '127.0.0.1', '--dir', join(dir, 'dist')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolveUrl, rejectUrl) => {
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (match?.[1] !== undefined) resolveUrl(match[1]);
        });
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('exit', (code) => rejectUrl(new Error(`serve exited (${String(code)}): ${err}`)));
      });
      const res = await fetch(new URL('/latest/about-neuron/sdk-policy/', url));
      expect(await res.text()).toBe('<h1>SDK policy</h1>');
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('serves the site under a base path, and nothing outside it', async () => {
    const under = await startServer({ dir: join(dir, 'dist'), port: 0, host: '127.0.0.1', base: 'docs' });
    try {
      expect(under.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/docs\/$/);
      expect((await raw(under.url, '/docs/latest/about-neuron/sdk-policy/')).body).toBe('<h1>SDK policy</h1>');
      expect((await raw(under.url, '/docs/latest/about-neuron/sdk-policy')).headers['location']).toBe(
        '/docs/latest/about-neuron/sdk-policy/',
      );
      expect((await raw(under.url, '/docs')).headers['location']).toBe('/docs/');
      const outside = await raw(under.url, '/latest/about-neuron/sdk-policy/');
      expect([outside.status, outside.body]).toEqual([404, '<h1>Page not found</h1>']);
    } finally {
      await under.close();
    }
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(startServer({ dir: join(dir, 'missing'), port: 0 })).rejects.toThrow(/npm run build/);
  });
});
