import { describe, expect, it } from 'vitest';
import { buildCatalogue, type RawServerFile } from '../../../src/catalogue/catalogue.ts';
import { formatServerFile } from '../../../src/catalogue/format.ts';
import { ServerFileSchema, type JsonSchemaNode, type Tool } from '../../../src/catalogue/schema.ts';
import { createRandom } from '../../../src/bench/random.ts';
import {
  generateCatalogue,
  joinName,
  namingStyleOf,
  planServerSizes,
  NAMING_STYLES,
  type SyntheticServer,
} from '../../../src/bench/synthetic.ts';

const raw = (servers: readonly SyntheticServer[]): RawServerFile[] =>
  servers.map(({ baseName, server }) => ({ file: `servers/${baseName}.json`, baseName, text: formatServerFile(server) }));
const toolsOf = (servers: readonly SyntheticServer[]): Tool[] => servers.flatMap(({ server }) => server.tools);

/** Every JSON Schema node under a tool's input schema, nested ones included. */
function nodes(schema: unknown): Record<string, unknown>[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const children = [
    ...Object.values((node.properties ?? {}) as Record<string, unknown>),
    ...(node.items ? [node.items] : []),
    ...(Array.isArray(node.anyOf) ? node.anyOf : []),
  ];
  return [node, ...children.flatMap(nodes)];
}

const catalogue = generateCatalogue({ tools: 4000, seed: 11 });
const tools = toolsOf(catalogue);

describe('synthetic catalogue', () => {
  it('is the same for the same seed and size, and differs for another seed', () => {
    const texts = (seed: number) => raw(generateCatalogue({ tools: 1500, seed })).map((f) => f.text);
    expect(texts(11)).toEqual(texts(11));
    expect(texts(12)).not.toEqual(texts(11));
  });

  it.each([1, 7, 399, 400, 2500])('has exactly %i tools', (count) => {
    expect(toolsOf(generateCatalogue({ tools: count, seed: 1 }))).toHaveLength(count);
  });

  it('passes the server file schema and the catalogue checks (no duplicate names, no slug collisions)', () => {
    for (const { server } of catalogue) expect(ServerFileSchema.safeParse(server).success).toBe(true);
    const checked = buildCatalogue(raw(catalogue));
    expect(checked.problems).toEqual([]);
    expect(checked.servers).toHaveLength(catalogue.length);
    expect(checked.servers.reduce((sum, s) => sum + s.tools.length, 0)).toBe(4000);
  });

  it('skews server sizes: a few servers of hundreds of tools, most of 5-30', () => {
    const sizes = catalogue.map(({ server }) => server.tools.length);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(200);
    expect(sizes.filter((n) => n >= 5 && n <= 30).length / sizes.length).toBeGreaterThan(0.6);
    const large = planServerSizes(100_000, createRandom(5));
    expect(large.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(large.filter((n) => n >= 150).length).toBeGreaterThanOrEqual(20);
  });

  it('writes names in every naming style, most servers in one style', () => {
    const styles = new Map<string, number>();
    for (const tool of tools) styles.set(namingStyleOf(tool.name), (styles.get(namingStyleOf(tool.name)) ?? 0) + 1);
    for (const style of NAMING_STYLES) expect(styles.get(style) ?? 0, style).toBeGreaterThan(tools.length * 0.02);
    expect(styles.get('other') ?? 0).toBe(0);
    expect(joinName(['get', 'access key', 'by id'], 'camelCase')).toBe('getAccessKeyById');
    expect(joinName(['list', 'buckets'], 'dotted')).toBe('buckets.list');
  });

  it('has descriptions from none to longer than a page shows', () => {
    const lengths = tools.map((tool) => tool.description?.length ?? -1);
    expect(lengths.filter((n) => n === -1).length).toBeGreaterThan(tools.length * 0.02);
    expect(lengths.filter((n) => n > 0 && n < 200).length).toBeGreaterThan(tools.length * 0.3);
    expect(lengths.filter((n) => n > 1000).length).toBeGreaterThan(tools.length * 0.03);
    expect(lengths.filter((n) => n > 6000).length).toBeGreaterThan(10);
    expect(tools.some((tool) => tool.description?.includes('\n\n## '))).toBe(true);
  });

  it('has 0-12 parameters of every shape, with action enums and pydantic anyOf', () => {
    const counts = tools.map((tool) => Object.keys(tool.inputSchema.properties ?? {}).length);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBeLessThanOrEqual(13); // 12 plus an action
    expect(counts.filter((n) => n >= 10).length).toBeGreaterThan(0);
    const all = tools.flatMap((tool) => nodes(tool.inputSchema).slice(1)) as JsonSchemaNode[];
    for (const type of ['string', 'integer', 'number', 'boolean', 'array', 'object'])
      expect(
        all.some((node) => node.type === type),
        type,
      ).toBe(true);
    expect(all.some((node) => Array.isArray(node.enum))).toBe(true);
    expect(all.some((node) => Array.isArray(node.anyOf))).toBe(true);
    expect(all.some((node) => node.type === 'object' && node.properties !== undefined)).toBe(true);
    const actions = tools.filter((tool) => Array.isArray(tool.inputSchema.properties?.action?.enum));
    expect(actions.length).toBeGreaterThan(tools.length * 0.02);
  });

  it('annotates some tools and not others, and varies provenance', () => {
    const annotated = tools.filter((tool) => tool.annotations !== undefined).length;
    expect(annotated).toBeGreaterThan(tools.length * 0.1);
    expect(tools.length - annotated).toBeGreaterThan(tools.length * 0.1);
    const methods = new Set(catalogue.map(({ server }) => server.provenance?.method ?? 'none'));
    expect([...methods].sort()).toEqual(['live', 'none', 'source']);
    expect(new Set(catalogue.map(({ server }) => server.package.registry)).size).toBeGreaterThanOrEqual(4);
  });
});
