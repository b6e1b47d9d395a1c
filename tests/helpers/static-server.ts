/**
 * Serves a built site the way a static host does, for browser tests: files from one folder under
 * an optional base path (`/atlas/`), `index.html` for folders, a redirect from `/x` to `/x/` when
 * `x` is a folder, and the site's own `404.html` with status 404 for anything else.
 * Listens on 127.0.0.1 at a free port; call `close()` in `afterAll`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * Content types by file ending. Pagefind writes `pagefind.js`, `pagefind-worker.js`, UI `.js`/`.css`,
 * `pagefind-entry.json`, `wasm.<lang>.pagefind`, `pagefind.<hash>.pf_meta`, `index/*.pf_index` and
 * `fragment/*.pf_fragment`; its own files are gzip data it unpacks itself, so they go out as bytes.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface StaticServerOptions {
  /** The path the site lives under, like `/atlas/`; default `/`. */
  base?: string;
  /** Extra headers on every response, e.g. a `Content-Security-Policy` to test the site under. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** The site's root URL, base path included and ending in `/`: `http://127.0.0.1:PORT/atlas/`. */
  url: string;
  /** Every path requested so far (with query), in order: lets tests check what a page loaded. */
  requests: string[];
  close(): Promise<void>;
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function fileStat(file: string) {
  try {
    return await stat(file);
  } catch {
    return undefined;
  }
}

export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const folder = path.resolve(root);
  const base = normaliseBase(options.base ?? '/');
  const extraHeaders = options.headers ?? {};
  const requests: string[] = [];

  function send(res: ServerResponse, method: string, status: number, file: string, size: number) {
    res.writeHead(status, {
      ...extraHeaders,
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': 'no-store',
    });
    if (method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  async function notFound(res: ServerResponse, method: string) {
    const page = path.join(folder, '404.html');
    const found = await fileStat(page);
    if (found?.isFile()) return send(res, method, 404, page, found.size);
    res.writeHead(404, { ...extraHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = req.method ?? 'GET';
    requests.push(req.url ?? '');
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { ...extraHeaders, Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res, method);
    }
    if (`${pathname}/` === base) {
      res.writeHead(301, { ...extraHeaders, Location: base });
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || pathname.includes('\0')) return notFound(res, method);
    const file = path.join(folder, pathname.slice(base.length));
    // `path.join` resolves `..`: anything that ends up outside the folder is a miss, not a leak.
    if (file !== folder && !file.startsWith(folder + path.sep)) return notFound(res, method);
    const found = await fileStat(file);
    if (found?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...extraHeaders, Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      const index = path.join(file, 'index.html');
      const indexFound = await fileStat(index);
      if (indexFound?.isFile()) return send(res, method, 200, index, indexFound.size);
      return notFound(res, method);
    }
    if (found?.isFile()) return send(res, method, 200, file, found.size);
    return notFound(res, method);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
