/**
 * `atlas import` against real servers: server-everything from npm over stdio, a server built with
 * the SDK over Streamable HTTP on 127.0.0.1, and the paging fixture. What the importer writes must
 * be exactly what a plain SDK client lists.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { serveMcpOverHttp, type McpHttpServer } from '../helpers/mcp-http.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCatalogue } from '../../src/catalogue/load.ts';
import { toolFingerprint } from '../../src/catalogue/fingerprint.ts';
import type { Tool } from '../../src/catalogue/schema.ts';
import { EVERYTHING, FIXTURE_SERVER, NODE, commandLine, definitions, killAll, listWithSdk, readServer, runImport } from './helpers.ts';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-import-'));
  temps.push(dir);
  return dir;
}

afterAll(() => {
  killAll();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('server-everything over stdio', () => {
  const out = tempDir();
  const file = path.join(out, 'servers/everything.json');
  const command = commandLine(NODE, EVERYTHING, 'stdio');

  it('imports every tool exactly as the SDK client lists it', async () => {
    const run = await runImport([
      '--stdio',
      command,
      '--out',
      out,
      '--slug',
      'everything',
      '--registry',
      'npm',
      '--package',
      '@modelcontextprotocol/server-everything',
    ]);
    expect(run.stderr).toMatch(/servers\/everything\.json: written, \d+ tools/);
    expect(run.code).toBe(0);

    const expected = await listWithSdk(new StdioClientTransport({ command: NODE, args: [EVERYTHING, 'stdio'], stderr: 'ignore' }));
    const server = readServer(file);
    expect(expected.length).toBeGreaterThan(5);
    expect(definitions(server)).toEqual(expected);
    for (const tool of server.tools) expect(tool.atlas?.fingerprint).toBe(toolFingerprint(tool));

    expect(server.name).toBe('Everything Reference Server');
    expect(server.package).toEqual({ registry: 'npm', name: '@modelcontextprotocol/server-everything' });
    expect(server.provenance).toMatchObject({
      method: 'live',
      transport: 'stdio',
      command,
      listedOn: '2026-05-01',
      serverInfo: { name: 'mcp-servers/everything', version: expect.any(String) },
      protocolVersion: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect((await loadCatalogue(out)).problems).toEqual([]);
  });

  it('re-imports an unchanged server without changing a byte, even on a later day', async () => {
    const before = readFileSync(file);
    const run = await runImport(['--stdio', command, '--out', out, '--slug', 'everything'], { env: { ATLAS_TODAY: '2026-09-30' } });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/everything\.json: unchanged/);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(path.join(out, 'servers'))).toEqual(['everything.json']);
  });
});

describe('a server over Streamable HTTP', () => {
  let http: McpHttpServer;
  let url: string;

  /** One stateless SDK server per request, as a serverless deployment would run it. */
  function mcpServer(): McpServer {
    const server = new McpServer({ name: 'atlas-http-fixture', version: '0.3.0' });
    server.registerTool(
      'lookup_order',
      {
        title: 'Look up an order',
        description: 'Finds an order by its number.',
        inputSchema: { orderId: z.string().describe('The order number.') },
        outputSchema: { status: z.enum(['open', 'shipped']) },
        annotations: { readOnlyHint: true, openWorldHint: false },
      },
      async () => ({ content: [], structuredContent: { status: 'open' } }),
    );
    server.registerTool(
      'refund_order',
      {
        description: 'Refunds an order in full.',
        inputSchema: { orderId: z.string(), reason: z.string().optional() },
        annotations: { destructiveHint: true },
      },
      async () => ({ content: [] }),
    );
    return server;
  }

  beforeAll(async () => {
    http = await serveMcpOverHttp(mcpServer);
    url = http.url;
  });

  afterAll(() => http.close());

  it('imports the tools the server lists, recording the URL without its query string', async () => {
    const out = tempDir();
    const run = await runImport(['--url', `${url}?token=secret`, '--out', out]);
    expect(run.stderr).toMatch(/atlas-http-fixture\.json: written, 2 tools/);
    expect(run.code).toBe(0);
    const server = readServer(path.join(out, 'servers/atlas-http-fixture.json'));
    expect(definitions(server)).toEqual(await listWithSdk(new StreamableHTTPClientTransport(new URL(url))));
    expect(server.provenance).toMatchObject({
      method: 'live',
      transport: 'streamable-http',
      command: url,
      serverInfo: { name: 'atlas-http-fixture', version: '0.3.0' },
    });
    expect(server.package).toEqual({ registry: 'other', name: 'atlas-http-fixture', version: '0.3.0' });
    expect(JSON.stringify(server)).not.toContain('secret');
  });
});

describe('pagination', () => {
  it('follows nextCursor until the last page', async () => {
    const out = tempDir();
    const names = ['t1', 't2', 't3', 't4', 't5', 't6', 't7'];
    const env = { FIXTURE_TOOLS: names.join(','), FIXTURE_PAGE_SIZE: '2' };
    const run = await runImport([
      '--stdio',
      commandLine(NODE, FIXTURE_SERVER),
      '--out',
      out,
      ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]),
    ]);
    expect(run.code).toBe(0);
    const server = readServer(path.join(out, 'servers/atlas-fixture.json'));
    expect(server.tools.map((tool) => tool.name)).toEqual(names);
    expect(definitions(server)).toEqual(await listWithSdk(new StdioClientTransport({ command: NODE, args: [FIXTURE_SERVER], env })));
  });
});

describe('re-import of a changed server', () => {
  const out = tempDir();
  const file = path.join(out, 'servers/atlas-fixture.json');
  const importFixture = (env: Record<string, string>, today: string) =>
    runImport(
      ['--stdio', commandLine(NODE, FIXTURE_SERVER), '--out', out, ...Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`])],
      { env: { ATLAS_TODAY: today } },
    );

  it('records a changed description, a removed tool and an added one', async () => {
    expect((await importFixture({ FIXTURE_TOOLS: 'alpha,beta,gamma' }, '2026-05-01')).code).toBe(0);
    const first = readServer(file);

    const run = await importFixture(
      { FIXTURE_TOOLS: 'alpha,beta,delta', FIXTURE_DESCRIPTION: 'Reads the alpha record, then mails it to audit@example.com.' },
      '2026-06-15',
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('added delta; changed alpha (description); removed gamma');
    const second = readServer(file);
    const [alpha, beta, delta] = second.tools as [Tool, Tool, Tool];

    expect(alpha.description).toBe('Reads the alpha record, then mails it to audit@example.com.');
    expect(alpha.atlas?.history).toEqual([
      {
        change: 'changed',
        date: '2026-06-15',
        from: first.tools[0]!.atlas?.fingerprint,
        to: toolFingerprint(alpha),
        fields: ['description'],
      },
    ]);
    expect(alpha.atlas?.fingerprint).not.toBe(first.tools[0]!.atlas?.fingerprint);
    expect(beta.atlas).toEqual(first.tools[1]!.atlas);
    expect(delta.atlas?.history).toEqual([{ change: 'added', date: '2026-06-15', fingerprint: toolFingerprint(delta) }]);
    expect(second.provenance).toMatchObject({
      listedOn: '2026-06-15',
      removedTools: [{ name: 'gamma', date: '2026-06-15', fingerprint: first.tools[2]!.atlas?.fingerprint }],
    });
  });

  it('separates tools whose names make the same slug, stably', async () => {
    expect((await importFixture({ FIXTURE_TOOLS: 'alpha,get_user,getUser' }, '2026-07-01')).code).toBe(0);
    const once = readFileSync(file, 'utf8');
    expect(readServer(file).tools.map((tool) => tool.atlas?.slug)).toEqual([
      undefined,
      undefined,
      expect.stringMatching(/^get-user-[0-9a-f]{8}$/),
    ]);
    expect((await importFixture({ FIXTURE_TOOLS: 'alpha,get_user,getUser' }, '2026-07-02')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(once);
    expect((await loadCatalogue(out)).problems).toEqual([]);
  });
});

describe('--file', () => {
  it('imports a saved listing, page by page, into the same shape', async () => {
    const out = tempDir();
    const saved = path.join(out, 'listing.json');
    writeFileSync(
      saved,
      JSON.stringify([
        {
          jsonrpc: '2.0',
          id: 2,
          result: { tools: [{ name: 'search', description: 'Searches.', inputSchema: { type: 'object' } }], nextCursor: 'c1' },
        },
        {
          jsonrpc: '2.0',
          id: 3,
          result: { tools: [{ name: 'fetch', inputSchema: { type: 'object', properties: { url: { type: 'string' } } } }] },
        },
      ]),
    );
    const run = await runImport([
      '--file',
      saved,
      '--out',
      out,
      '--name',
      'Saved Search',
      '--registry',
      'remote',
      '--package',
      'https://search.example.com/mcp',
    ]);
    expect(run.code).toBe(0);
    const server = readServer(path.join(out, 'servers/saved-search.json'));
    expect(server.tools.map((tool) => tool.name)).toEqual(['search', 'fetch']);
    expect(server.provenance).toMatchObject({ method: 'live', transport: 'file', listedOn: '2026-05-01' });
    expect(server.package).toEqual({ registry: 'remote', name: 'https://search.example.com/mcp' });
  });

  it('needs a name or slug, since a saved result does not say whose it is', async () => {
    const out = tempDir();
    const saved = path.join(out, 'tools.json');
    writeFileSync(saved, JSON.stringify({ tools: [] }));
    const run = await runImport(['--file', saved, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('give --slug or --name');
  });
});
