import { describe, expect, it } from 'vitest';
import { buildCatalogue, type RawServerFile } from '../../src/catalogue/catalogue.ts';
import { formatProblem, formatPath } from '../../src/catalogue/problems.ts';
import { formatServerFile } from '../../src/catalogue/format.ts';
import { ServerFileSchema } from '../../src/catalogue/schema.ts';

function file(baseName: string, content: unknown): RawServerFile {
  return { file: `content/servers/${baseName}.json`, baseName, text: typeof content === 'string' ? content : JSON.stringify(content) };
}

const server = (tools: unknown[], extra: Record<string, unknown> = {}) => ({
  name: 'Acme',
  package: { registry: 'npm', name: 'acme-mcp' },
  tools,
  ...extra,
});
const tool = (name: unknown, extra: Record<string, unknown> = {}) => ({ name, inputSchema: { type: 'object' }, ...extra });

function messages(files: RawServerFile[]): string[] {
  return buildCatalogue(files).problems.map(formatProblem);
}

describe('catalogue validation messages', () => {
  it('names the file, the field, the tool and the server', () => {
    expect(messages([file('acme', server([tool('a'), tool('b'), tool('c'), tool(42)]))])).toEqual([
      'content/servers/acme.json: tools[3].name: expected string, received number (tool #3 of server "Acme")',
    ]);
  });

  it('reports every problem of every file at once', () => {
    expect(
      messages([
        file('acme', server([tool('ok', { inputSchema: { type: 'array' } }), tool('x', { annotations: { readOnlyHint: 'yes' } })])),
        file('bad-registry', { name: 'B', package: { registry: 'cargo', name: 'b' }, tools: [] }),
        file('no-json', '{"name": '),
      ]),
    ).toEqual([
      'content/servers/acme.json: tools[0].inputSchema.type: expected "object" (tool "ok" of server "Acme")',
      'content/servers/acme.json: tools[1].annotations.readOnlyHint: expected boolean, received string (tool "x" of server "Acme")',
      'content/servers/bad-registry.json: package.registry: expected one of "npm"|"pypi"|"docker"|"remote"|"other" (server "B")',
      'content/servers/no-json.json: $: not valid JSON: at line 1, column 10 (in name): the text ends where a value should be',
    ]);
  });

  it('rejects duplicate tool names within a server', () => {
    expect(messages([file('acme', server([tool('read'), tool('write'), tool('read')]))])).toEqual([
      'content/servers/acme.json: tools[2].name: duplicate tool name "read": tools[0] has the same name (server "Acme")',
    ]);
  });

  it('rejects two tools that would get the same URL, and says how to separate them', () => {
    expect(messages([file('acme', server([tool('get_user'), tool('getUser')]))])).toEqual([
      'content/servers/acme.json: tools[1].name: tool "getUser" gets the URL slug "get-user", already taken by tools[0] "get_user"; give one of them its own "atlas": { "slug": ... } (server "Acme")',
    ]);
    expect(messages([file('acme', server([tool('get_user'), tool('getUser', { atlas: { slug: 'get-user-camel' } })]))])).toEqual([]);
  });

  it('rejects two servers that would get the same URL', () => {
    expect(messages([file('acme', server([])), file('other', server([], { slug: 'acme' }))])).toEqual([
      'content/servers/other.json: slug: server "Acme" gets the URL slug "acme", already taken by content/servers/acme.json; rename the file or set "slug"',
    ]);
  });

  it('rejects an explicit slug that is not URL-safe', () => {
    expect(messages([file('acme', server([tool('a', { atlas: { slug: '../x' } })]))])).toEqual([
      'content/servers/acme.json: tools[0].atlas.slug: expected lowercase letters, digits and single hyphens (tool "a" of server "Acme")',
    ]);
  });

  it('quotes hostile names safely on one line', () => {
    const [message] = messages([file('acme', server([tool('evil\nname"</script>', { description: 7 })]))]);
    expect(message).toBe(
      'content/servers/acme.json: tools[0].description: expected string, received number (tool "evil\\nname\\"</script>" of server "Acme")',
    );
  });

  it('gives each tool a slug and sorts servers by slug', () => {
    const catalogue = buildCatalogue([file('zeta', server([tool('build_and_push_image_to_ecr')])), file('alpha', server([]))]);
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.servers.map((s) => s.slug)).toEqual(['alpha', 'zeta']);
    expect(catalogue.servers[1]!.tools[0]!.slug).toBe('build-and-push-image-to-ecr');
  });

  it('says so when there are no server files', () => {
    expect(messages([])).toEqual(['servers/: $: no server files (*.json) found']);
  });
});

describe('formatPath', () => {
  it('writes array indexes and odd keys readably', () => {
    expect(formatPath(['tools', 3, 'inputSchema', 'properties', 'my key', 'type'])).toBe('tools[3].inputSchema.properties["my key"].type');
    expect(formatPath([])).toBe('$');
  });
});

describe('formatServerFile', () => {
  it('is stable: key order does not depend on the input order, tool and parameter order is kept', () => {
    const a = ServerFileSchema.parse({
      tools: [
        { inputSchema: { properties: { z: { description: 'z', type: 'string' }, a: { type: 'number' } }, type: 'object' }, name: 't2' },
        { name: 't1', inputSchema: { type: 'object' } },
      ],
      package: { name: 'p', registry: 'npm' },
      name: 'S',
    });
    const text = formatServerFile(a);
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['name', 'package', 'tools']);
    expect(parsed.tools.map((t: { name: string }) => t.name)).toEqual(['t2', 't1']);
    expect(Object.keys(parsed.tools[0])).toEqual(['name', 'inputSchema']);
    expect(Object.keys(parsed.tools[0].inputSchema.properties)).toEqual(['z', 'a']);
    expect(Object.keys(parsed.tools[0].inputSchema.properties.z)).toEqual(['type', 'description']);
    expect(formatServerFile(ServerFileSchema.parse(parsed))).toBe(text);
  });

  it('keeps a hostile "__proto__" key as a plain key', () => {
    const raw = JSON.parse(
      '{"name":"S","package":{"registry":"npm","name":"p"},"tools":[{"name":"t","inputSchema":{"type":"object","properties":{"__proto__":{"type":"string"}}}}]}',
    );
    const text = formatServerFile(raw);
    const properties = JSON.parse(text).tools[0].inputSchema.properties;
    expect(Object.getPrototypeOf(properties)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ type: 'string' });
  });
});
