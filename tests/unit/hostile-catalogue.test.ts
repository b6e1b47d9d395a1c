/**
 * What validation and the importer do with hostile catalogue files: which are rejected, with which
 * message, and how two names that make the same URL are told apart. (The build and the browser
 * tests of the hostile fixture are in tests/build/ and tests/browser/.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalogue, parseServerFile, type RawServerFile } from '../../src/catalogue/catalogue.ts';
import { checkListedTools } from '../../src/catalogue/import/listing.ts';
import { importServer } from '../../src/catalogue/import/importer.ts';
import { formatProblem } from '../../src/catalogue/problems.ts';
import { slugify } from '../../src/catalogue/slug.ts';
import { deepSchemaText, HOSTILE_DIR } from '../fixtures/catalogues/hostile/generate.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(baseName: string, text: string): RawServerFile {
  return { file: `servers/${baseName}.json`, baseName, text };
}
const serverText = (tools: string) => `{"name":"Acme","package":{"registry":"npm","name":"acme"},"tools":[${tools}]}`;
const messages = (files: RawServerFile[]) => buildCatalogue(files).problems.map(formatProblem);

describe('hostile files that are rejected, and what the message says', () => {
  it('rejects a schema nested 5,000 levels deep, naming the tool, instead of overflowing the stack', () => {
    const text = serverText(`{"name":"deep","inputSchema":${deepSchemaText(5000)}}`);
    expect(messages([file('acme', text)])).toEqual([
      'servers/acme.json: tools[0].inputSchema.properties.deep.items: nested more than 256 levels deep (items.items.items.items.items.items…); a definition this deep cannot be shown or checked: flatten it or leave it out',
    ]);
  });

  it('accepts the deep schemas of the fixture (64 levels) and every real one', () => {
    expect(messages([file('acme', serverText(`{"name":"deep","inputSchema":${deepSchemaText(120)}}`))])).toEqual([]);
  });

  it('rejects names of megabytes; names are used verbatim on every page and in policies', () => {
    const long = 'n'.repeat(1001);
    expect(messages([file('acme', serverText(`{"name":"${long}","inputSchema":{"type":"object"}}`))])).toEqual([
      `servers/acme.json: tools[0].name: expected a tool name of at most 1000 characters (MCP recommends 1 to 128) (tool "${'n'.repeat(60)}…" of server "Acme")`,
    ]);
    expect(messages([file('acme', `{"name":"${'s'.repeat(501)}","package":{"registry":"npm","name":"acme"},"tools":[]}`)])[0]).toMatch(
      /^servers\/acme\.json: name: expected a server name of at most 500 characters/,
    );
    expect(
      messages([file('acme', serverText(`{"name":"t","inputSchema":{"type":"object","properties":{"${'p'.repeat(501)}":{}}}}`))])[0],
    ).toMatch(/^servers\/acme\.json: tools\[0\]\.inputSchema\.properties\.p{501}: expected an argument name of at most 500 characters/);
    // 500 characters, as in the fixture, are fine.
    expect(messages([file('acme', serverText(`{"name":"${'n'.repeat(500)}","inputSchema":{"type":"object"}}`))])).toEqual([]);
  });

  it('rejects two tool names with the same URL slug unless one has its own atlas.slug', () => {
    const collision = readFileSync(path.join(HOSTILE_DIR, 'rejected/servers/collision.json'), 'utf8');
    expect(messages([file('collision', collision)])).toEqual([
      'servers/collision.json: tools[1].name: tool "getUser" gets the URL slug "get-user", already taken by tools[0] "get_user"; give one of them its own "atlas": { "slug": ... } (server "Collision Server")',
    ]);
    const fixed = JSON.parse(collision) as { tools: { atlas?: { slug: string } }[] };
    fixed.tools[1]!.atlas = { slug: 'get-user-camel' };
    expect(messages([file('collision', JSON.stringify(fixed))])).toEqual([]);
  });

  it('rejects two server files whose names make the same slug', () => {
    const server = '{"name":"S","package":{"registry":"npm","name":"s"},"tools":[]}';
    expect(messages([file('Foo', server), file('foo', server)])).toEqual([
      'servers/foo.json: $: server "S" gets the URL slug "foo", already taken by servers/Foo.json; rename the file or set "slug"',
    ]);
  });

  it('never makes a slug with a dot, slash or empty segment, whatever the name', () => {
    for (const name of [
      '..',
      '../../etc/passwd',
      '.',
      '/',
      '\\',
      '%2e%2e%2f',
      '',
      ' ',
      '\u202E',
      'CON',
      '__proto__',
      '<script>',
      '🔥',
      'x'.repeat(5000),
    ]) {
      const slug = slugify(name, 'tool');
      expect(slug, JSON.stringify(name)).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('the importer', () => {
  it('gives a colliding tool a slug of its own, so the imported file builds', async () => {
    const outDir = path.join(scratch, 'imported');
    const outcome = await importServer({
      source: { kind: 'file', path: path.join(HOSTILE_DIR, 'rejected/collision-tools-list.json') },
      outDir,
      slug: 'collision',
      fields: { name: 'Collision Server' },
      today: '2026-01-01',
      timeoutMs: 10_000,
    });
    const text = readFileSync(outcome.file, 'utf8');
    const parsed = parseServerFile({ file: 'servers/collision.json', baseName: 'collision', text });
    expect(parsed.problems).toEqual([]);
    const slugs = parsed.server!.tools.map((t) => t.slug);
    expect(slugs[0]).toBe('get-user');
    expect(slugs[1]).toMatch(/^get-user-[0-9a-f]{8}$/);
    expect(JSON.parse(text).tools[1].atlas.slug).toBe(slugs[1]);
  });

  it('rejects a listed tool nested 5,000 levels deep with a message, not a stack overflow', () => {
    const tools = JSON.parse(`[{"name":"deep","inputSchema":${deepSchemaText(5000)}}]`) as unknown[];
    const { problems } = checkListedTools('tools.json', 'Deep', tools);
    expect(problems.map(formatProblem)).toEqual([
      'tools.json: tools[0].inputSchema.properties.deep.items: nested more than 256 levels deep (items.items.items.items.items.items…); a definition this deep cannot be shown or checked: flatten it or leave it out',
    ]);
  });

  it('drops an "atlas" key a server plants in its own tools (no self-review, no chosen slug)', () => {
    const { tools } = checkListedTools('tools.json', 'S', [
      {
        name: 'delete_all',
        inputSchema: { type: 'object' },
        atlas: { slug: 'read-only', override: { risk: 'low', reviewedBy: 'Security' } },
      },
    ]);
    expect(tools[0]).not.toHaveProperty('atlas');
  });
});
