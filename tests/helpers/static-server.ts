/**
 * Serves a built site the way a static host does, for browser tests, benchmarks and screenshots:
 * Express's `serve-static` (files, `index.html` for folders, a redirect from `/x` to `/x/` when `x`
 * is a folder, `..` kept inside the folder), under an optional base path (`/atlas/`), and the
 * site's own `404.html` with status 404 for anything else. Listens on 127.0.0.1 at a free port;
 * call `close()` in `afterAll`.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import serveFiles from 'serve-static';

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

export async function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const folder = path.resolve(root);
  const base = normaliseBase(options.base ?? '/');
  const extraHeaders = options.headers ?? {};
  const requests: string[] = [];
  const files = serveFiles(folder, {
    // Pagefind's own files (.pf_meta, .pf_index, .pf_fragment, .pagefind) are gzip data it unpacks
    // itself: unknown to the MIME table, they go out as application/octet-stream bytes.
    cacheControl: false,
    etag: false,
    lastModified: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-store'),
  });

  async function notFound(method: string, res: ServerResponse) {
    const page = path.join(folder, '404.html');
    const found = await stat(page).catch(() => undefined);
    res.statusCode = 404;
    if (!found?.isFile()) {
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', String(found.size));
    if (method === 'HEAD') res.end();
    else createReadStream(page).pipe(res);
  }

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    requests.push(req.url ?? '');
    for (const [name, value] of Object.entries(extraHeaders)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { Location: base });
      res.end();
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      void notFound(method, res);
      return;
    }
    // serve-static reads req.url (the path inside the folder) and builds its folder redirects
    // (`/x` to `/x/`) from req.originalUrl, which keeps the base path.
    Object.assign(req, { originalUrl: req.url, url: `/${url.pathname.slice(base.length)}${url.search}` });
    files(req, res, (error?: unknown) => {
      if (error) {
        res.statusCode = 500;
        res.end(error instanceof Error ? error.message : 'error');
        return;
      }
      void notFound(method, res);
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
