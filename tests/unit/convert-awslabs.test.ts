import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AwslabsExtractionSchema, convertAwslabs, pythonTypeToJsonSchema } from '../../src/catalogue/convert-awslabs.ts';
import { toolFingerprint } from '../../src/catalogue/fingerprint.ts';
import { formatServerFile } from '../../src/catalogue/format.ts';
import { ServerFileSchema } from '../../src/catalogue/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('pythonTypeToJsonSchema', () => {
  it.each([
    ['str', { type: 'string' }],
    ['Optional[int]', { type: 'integer' }],
    ['int | None', { type: 'integer' }],
    ['bool', { type: 'boolean' }],
    ['float', { type: 'number' }],
    ['Optional[List[str]]', { type: 'array', items: { type: 'string' } }],
    ['list[dict[str, Any]] | None', { type: 'array', items: { type: 'object' } }],
    ['Dict[str, Any]', { type: 'object' }],
    ['str | list[str]', { type: ['string', 'array'] }],
    ["Literal['AVG', 'COUNT', 'MAX']", { type: 'string', enum: ['AVG', 'COUNT', 'MAX'] }],
    ['Optional[datetime]', { type: 'string', format: 'date-time' }],
    ['Any', {}],
    ['ConnectionMethod', { 'x-python-type': 'ConnectionMethod' }],
  ])('%s', (annotation, schema) => {
    expect(pythonTypeToJsonSchema(annotation)).toEqual(schema);
  });
});

describe('convertAwslabs', () => {
  const extraction = AwslabsExtractionSchema.parse(
    JSON.parse(readFileSync(path.join(ROOT, '../shared/catalogue/awslabs-mcp.json'), 'utf8')),
  );
  const { servers, skipped } = convertAwslabs(extraction);

  it('converts every server that lists tools, and says why the others are left out', () => {
    expect(servers).toHaveLength(56);
    expect(servers.reduce((n, s) => n + s.server.tools.length, 0)).toBe(1036);
    expect(skipped.map((s) => s.name)).toContain('MCP Lambda Handler Module');
    expect(skipped).toHaveLength(6);
  });

  it('produces files that pass the catalogue schema', () => {
    for (const { server } of servers) expect(ServerFileSchema.safeParse(server).success).toBe(true);
  });

  it('turns parameters into a JSON Schema and keeps provenance', () => {
    const ecs = servers.find((s) => s.baseName === 'ecs-mcp-server')!.server;
    const tool = ecs.tools.find((t) => t.name === 'containerize_app')!;
    expect(tool.inputSchema).toEqual({
      type: 'object',
      properties: {
        app_path: { type: 'string', description: 'Absolute file path to the web application directory' },
        port: { type: 'integer', description: 'Port the application listens on' },
      },
      required: ['app_path', 'port'],
    });
    expect(tool.atlas?.source).toEqual({ file: 'src/ecs-mcp-server/awslabs/ecs_mcp_server/modules/containerize.py', line: 32 });
    expect(ecs.provenance).toMatchObject({
      method: 'source',
      repository: 'https://github.com/awslabs/mcp',
      commit: extraction.source.commit,
      path: 'src/ecs-mcp-server',
    });
    expect(ecs.package).toEqual({ registry: 'pypi', name: 'awslabs.ecs-mcp-server', version: expect.any(String) });
  });

  it('marks the remote server as remote with its URL', () => {
    const knowledge = servers.find((s) => s.server.name === 'AWS Knowledge MCP Server')!.server;
    expect(knowledge.package.registry).toBe('remote');
    expect(knowledge.package.name).toMatch(/^https:\/\//);
  });

  it('fingerprints every tool as the importer fingerprints live definitions', () => {
    for (const { server } of servers) {
      for (const tool of server.tools) expect(tool.atlas?.fingerprint, tool.name).toBe(toolFingerprint(tool));
    }
  });

  it('keeps every description and parameter description whole: none shorter than in the extraction', () => {
    const converted = new Map(
      servers.flatMap(({ server }) =>
        server.tools.map((tool) => [`${server.provenance?.method === 'source' ? server.provenance.path : ''} ${tool.name}`, tool] as const),
      ),
    );
    let compared = 0;
    for (const server of extraction.servers) {
      for (const tool of server.tools) {
        const ours = converted.get(`${server.path} ${tool.name}`);
        if (!ours) continue;
        compared++;
        expect((ours.description ?? '').length, tool.name).toBeGreaterThanOrEqual((tool.description ?? '').length);
        for (const parameter of tool.parameters ?? []) {
          const schema = ours.inputSchema.properties?.[parameter.name] as { description?: string } | undefined;
          expect((schema?.description ?? '').length, `${tool.name}.${parameter.name}`).toBeGreaterThanOrEqual(
            (parameter.description ?? '').length,
          );
        }
      }
    }
    expect(compared).toBe(1036);
  });

  it('is what is committed in content/servers (the conversion is re-runnable and deterministic)', () => {
    for (const { baseName, server } of servers) {
      const committed = readFileSync(path.join(ROOT, 'content/servers', `${baseName}.json`), 'utf8');
      expect(formatServerFile(server), baseName).toBe(committed);
    }
  });
});
