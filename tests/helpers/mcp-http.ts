/**
 * A real MCP server over streamable HTTP on 127.0.0.1, for import and check tests: stateless (each
 * request complete in itself, JSON answers), a fresh server per request from `makeServer`.
 * `refuse` lets a test turn a request away first (a missing bearer token gets a 401).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

export interface McpHttpServer {
  /** The endpoint, `http://127.0.0.1:PORT/mcp`. */
  url: string;
  close(): Promise<void>;
}

export async function serveMcpOverHttp(
  makeServer: () => McpServer,
  refuse?: (req: IncomingMessage, res: ServerResponse) => boolean,
): Promise<McpHttpServer> {
  const http = createServer((req, res) => {
    if (refuse?.(req, res)) return;
    const server = makeServer();
    const transport = new StreamableHTTPServerTransport({ enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch(() => res.destroy());
  });
  return listenOnLoopback(http);
}

/** Starts `http` on a free port of 127.0.0.1: its `/mcp` endpoint, and a close that drops open connections (endless streams included). */
export async function listenOnLoopback(http: Server): Promise<McpHttpServer> {
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    close: async () => {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
