/**
 * A small dependency-free static file server for the built site (`dist/`).
 *
 *   node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /docs/]
 *
 * `/a/` serves `a/index.html`; `/a` redirects (301) to `/a/` when `a/index.html` exists; a missing file gets
 * `<dir>/404.html` with status 404; `..` (also percent-encoded) gets 400. GET and HEAD only. `--port 0` picks a
 * free port; the URL actually served is printed on stdout (`Serving <dir> at http://…/`). With `--base` (default:
 * the `BASE_PATH` the site was built with) the site is served under that path, as it is deployed, and nothing
 * outside it: `/docs/a/` serves `a/index.html`, `/docs` redirects to `/docs/`.
 * Importable: `startServer({ dir, port, host, base })` resolves once the server listens.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeBase, withBase, withoutBase } from '../src/lib/site/base-path.ts';
import { cacheControlFor, contentTypeFor, resolveStaticPath } from '../src/lib/tooling/static-paths.ts';

export interface ServeOptions {
  /** Folder to serve (default `dist`). */
  dir?: string;
  /** Port (default 4321; 0 = any free port). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** The path the site is served under (default `/`). */
  base?: string;
}

export interface RunningServer {
  server: Server;
  /** The site's URL, with a trailing slash: `http://127.0.0.1:4321/` (`…/docs/` under a base path). */
  url: string;
  port: number;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, root: string, file: string, status: number): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    sendText(req, res, 404, 'Not found\n');
    return;
  }
  const headers: Record<string, string | number> = {
    'Content-Type': contentTypeFor(file),
    'Content-Length': size,
    'X-Content-Type-Options': 'nosniff',
  };
  const cacheControl = cacheControlFor(relative(root, file));
  if (cacheControl !== undefined) headers['Cache-Control'] = cacheControl;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-cache',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The request handler for a served folder (absolute path), under a base path (`/` or `/docs/`). */
export function createHandler(root: string, base = '/'): (req: IncomingMessage, res: ServerResponse) => void {
  const notFoundPage = resolve(root, '404.html');
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(req, res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const url = req.url ?? '/';
    if (`${url.split(/[?#]/, 1)[0]}/` === base) {
      sendText(req, res, 301, `Moved to ${base}\n`, { Location: base });
      return;
    }
    const path = withoutBase(base, url);
    const result = path === undefined ? ({ kind: 'not-found' } as const) : resolveStaticPath(path, root, isFile);
    switch (result.kind) {
      case 'file':
        sendFile(req, res, root, result.file, 200);
        return;
      case 'redirect':
        sendText(req, res, 301, `Moved to ${withBase(base, result.location)}\n`, {
          Location: withBase(base, result.location),
        });
        return;
      case 'bad-request':
        sendText(req, res, 400, 'Bad request\n');
        return;
      case 'not-found':
        if (isFile(notFoundPage)) sendFile(req, res, root, notFoundPage, 404);
        else sendText(req, res, 404, 'Not found\n');
        return;
    }
  };
}

/** Starts serving `dir`; resolves once listening. Rejects when the folder is missing or the port is taken. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const dir = options.dir ?? 'dist';
  const host = options.host ?? '127.0.0.1';
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(`${dir}/ does not exist or is not a folder: build the site first (npm run build).`);
  }
  const base = normalizeBase(options.base);
  const server = createServer(createHandler(root, base));
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      rejectListen(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port ?? 4321} on ${host} is already in use (pass --port <n>).`)
          : error,
      );
    });
    server.listen(options.port ?? 4321, host, () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${urlHost}:${port}${base}`,
    port,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4321;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer from 0 to 65535, got "${value}".`);
  }
  return port;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      dir: { type: 'string', short: 'd' },
      base: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help === true) {
    console.log('Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /docs/]');
    return;
  }
  const dir = values.dir ?? 'dist';
  const running = await startServer({
    dir,
    port: parsePort(values.port),
    ...(values.host ? { host: values.host } : {}),
    base: values.base ?? process.env['BASE_PATH'] ?? '/',
  });
  const alias = running.url.startsWith('http://127.0.0.1:')
    ? ` (${running.url.replace('127.0.0.1', 'localhost')})`
    : '';
  console.log(`Serving ${dir} at ${running.url}${alias} — Ctrl+C to stop`);
  const stop = (): void => {
    void running.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  main().catch((error: unknown) => {
    console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
