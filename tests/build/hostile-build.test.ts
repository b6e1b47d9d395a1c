/**
 * Building the hostile catalogue (tests/fixtures/catalogues/hostile), checked on disk: nothing is
 * written outside OUT_DIR whatever the names say, every file has a safe path, no page or search
 * index grows with a 5 MB description, the full text stays reachable, JSON-LD and policies parse,
 * and a catalogue that must be rejected is rejected with a message that says how to fix it.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueServer } from '../../src/catalogue/catalogue.ts';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { CSV_COLUMNS, CSV_DESCRIPTION_LIMIT } from '../../src/export/csv.ts';
import type { AtlasExport } from '../../src/export/schema.ts';
import { DESCRIPTION_LIMIT } from '../../src/site/tool-view.ts';
import { runBuild } from '../helpers/build.ts';
import { filesUnder, hashes } from '../helpers/files.ts';
import {
  deepSchemaText,
  hugeDescription,
  HOSTILE_DIR,
  HUGE_DESCRIPTION_LENGTH,
  writeHostileCatalogue,
} from '../fixtures/catalogues/hostile/generate.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-build-'));
const catalogueDir = path.join(scratch, 'catalogue');
const parent = path.join(scratch, 'parent');
const outDir = path.join(parent, 'dist');
let servers: CatalogueServer[];
let catalogueBefore: Record<string, string>;
let buildLog = '';

/** Paths the payload names point at, were they ever used as paths. */
const ESCAPES = [
  '/tmp/atlas-pwned',
  path.resolve(outDir, '../../../../tmp/atlas-pwned'),
  path.resolve(outDir, 'servers/names/../../../../../tmp/atlas-pwned'),
  path.join(parent, 'atlas-pwned'),
];

beforeAll(async () => {
  writeHostileCatalogue(catalogueDir);
  servers = await loadValidCatalogue(catalogueDir);
  catalogueBefore = hashes(catalogueDir);
  mkdirSync(parent);
  writeFileSync(path.join(parent, 'keep.txt'), 'a file beside the output folder');
  for (const escape of ESCAPES) expect(existsSync(escape), escape).toBe(false);
  const result = await runBuild({ CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir });
  buildLog = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`building the hostile catalogue failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the hostile catalogue builds', () => {
  it('with every server and tool, including the ones named "..", "__proto__" and 500 characters long', () => {
    const names = servers.flatMap((s) => s.tools.map((t) => t.tool.name));
    expect(names).toEqual(
      expect.arrayContaining(['..', '../../../../tmp/atlas-pwned', '__proto__', 'constructor', 'get_user', 'getUser', 'huge_description']),
    );
    expect(names.some((name) => name.length === 500)).toBe(true);
    for (const server of servers) {
      expect(existsSync(path.join(outDir, 'servers', server.slug, 'index.html')), server.slug).toBe(true);
      for (const tool of server.tools)
        expect(existsSync(path.join(outDir, 'servers', server.slug, tool.slug, 'index.html')), tool.tool.name).toBe(true);
    }
  });

  it('writes nothing outside OUT_DIR and leaves the catalogue as it was', () => {
    expect(readdirSync(parent).sort()).toEqual(['dist', 'keep.txt']);
    for (const escape of ESCAPES) expect(existsSync(escape), escape).toBe(false);
    expect(hashes(catalogueDir)).toEqual(catalogueBefore);
  });

  it('gives every file under OUT_DIR a safe relative path: plain segments, no links, inside the folder', () => {
    const root = realpathSync(outDir);
    for (const file of filesUnder(outDir)) {
      expect(file, file).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/);
      expect(file.split('/')).not.toContain('..');
      const full = path.join(outDir, file);
      expect(lstatSync(full).isSymbolicLink(), file).toBe(false);
      expect(realpathSync(full).startsWith(`${root}${path.sep}`), file).toBe(true);
    }
    // Server slugs from hostile file names are plain too.
    for (const server of servers) expect(server.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every page small, however long the text: a 5 MB description makes a page under 200 KB', () => {
    const sizes = filesUnder(outDir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file, statSync(path.join(outDir, file)).size] as const);
    expect(sizes.filter(([, size]) => size >= 200_000)).toEqual([]);
    const huge = readFileSync(path.join(outDir, 'servers/huge/huge-description/index.html'), 'utf8');
    expect(huge).toContain(
      `The description is 5,242,880 characters long; the page shows the first ${DESCRIPTION_LIMIT.toLocaleString('en')}.`,
    );
    expect(huge).toContain('href="/servers/huge/huge-description/description.txt"');
    expect(huge).toContain(', and 9,980 more');
  });

  it('keeps the full description reachable as plain text, byte for byte', () => {
    const full = readFileSync(path.join(outDir, 'servers/huge/huge-description/description.txt'), 'utf8');
    expect(full.length).toBe(HUGE_DESCRIPTION_LENGTH);
    expect(full).toBe(hugeDescription());
    // Only descriptions too long for their page get a file.
    const txt = filesUnder(outDir).filter((file) => file.endsWith('description.txt'));
    const long = servers.flatMap((s) =>
      s.tools
        .filter((t) => (t.tool.description?.length ?? 0) > DESCRIPTION_LIMIT)
        .map((t) => `servers/${s.slug}/${t.slug}/description.txt`),
    );
    expect(txt).toEqual(long.sort());
  });

  it('does not store megabytes in the search index', () => {
    const index = filesUnder(path.join(outDir, 'pagefind')).map((file) => statSync(path.join(outDir, 'pagefind', file)).size);
    expect(index.reduce((a, b) => a + b, 0)).toBeLessThan(2_000_000);
    expect(Math.max(...index)).toBeLessThan(300_000);
    expect(buildLog).toMatch(/indexed \d+ pages/);
  });

  it('writes JSON-LD that parses in every page, and no <script> but its own', () => {
    for (const file of filesUnder(outDir).filter((f) => f.endsWith('.html'))) {
      // Attribute values may hold "<script>" as text (Astro escapes their quotes, not their "<"):
      // blank them first, keeping `type`, `src` and `class`, so only real tags are left to look at.
      const html = readFileSync(path.join(outDir, file), 'utf8').replace(/(\s[\w:.-]+)="[^"]*"/g, (whole, name: string) =>
        /^\s(type|src|class)$/.test(name) ? whole : `${name}=""`,
      );
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      for (const [, attributes, body] of scripts) {
        if (/type="application\/ld\+json"/.test(attributes!)) {
          expect(() => JSON.parse(body!), `${file}: ${body!.slice(0, 100)}`).not.toThrow();
          expect(body).not.toMatch(/<|>/);
        } else {
          expect(attributes, file).toMatch(/^ type="module" src="\/_astro\/[A-Za-z0-9._-]+\.js"$/);
          expect(body, file).toBe('');
        }
      }
      // Every "<script" left is one of those: none opened by catalogue text.
      expect(html.match(/<script\b/gi)?.length ?? 0, file).toBe(scripts.length);
      expect(html, file).not.toMatch(/<(img|iframe|object|embed|base|math)\b|<svg\b(?! class="chart")/i);
      expect(html, file).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
  });

  it('writes each server policy.json as JSON naming exactly its tools', () => {
    for (const server of servers) {
      const policy = JSON.parse(readFileSync(path.join(outDir, 'servers', server.slug, 'policy.json'), 'utf8')) as {
        tools: Record<string, unknown>;
      };
      expect(Object.keys(policy.tools).sort()).toEqual(server.tools.map((t) => t.tool.name).sort());
      expect(Object.getPrototypeOf(policy.tools)).toBe(Object.prototype);
    }
  });

  it('copies the security headers file for Netlify and Cloudflare Pages', () => {
    expect(readFileSync(path.join(outDir, '_headers'), 'utf8')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});

describe('the hostile catalogue as data', () => {
  const readOut = (file: string) => readFileSync(path.join(outDir, file), 'utf8');
  /** A cell as the catalogue wrote it: the apostrophe that stops a spreadsheet running a formula taken off. */
  const unguarded = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

  it('atlas.csv round-trips every name and description: commas, quotes, line breaks, markup and odd Unicode come back as written', () => {
    const rows = parse<Record<string, string>>(readOut('atlas.csv'), { columns: true });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    const byKey = new Map(rows.map((row) => [`${row.server}\u0000${unguarded(row.tool!)}`, row]));
    const tools = servers.flatMap((server) => server.tools.map(({ tool }) => ({ server: server.slug, tool })));
    expect(rows.length).toBe(tools.length);
    expect(byKey.size).toBe(tools.length);
    // The fixture carries what CSV must escape, or this test would prove nothing.
    expect(
      tools.some(({ tool }) => /"/.test(tool.description ?? '') && /,/.test(tool.description ?? '') && /\n/.test(tool.description ?? '')),
    ).toBe(true);
    for (const { server, tool } of tools) {
      const row = byKey.get(`${server}\u0000${tool.name}`);
      expect(row, `${server}/${tool.name}`).toBeDefined();
      const description = tool.description ?? '';
      if (description.length <= CSV_DESCRIPTION_LIMIT) expect(unguarded(row!.description!), `${server}/${tool.name}`).toBe(description);
      else expect(description.startsWith(row!.description!.slice(0, 1000)), `${server}/${tool.name} cut, not changed`).toBe(true);
    }
  });

  it('atlas.json validates against the published schema and holds every tool, hostile names included', () => {
    const data = JSON.parse(readOut('atlas.json')) as AtlasExport;
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readOut('atlas.schema.json')));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const names = data.servers.flatMap((server) => server.tools.map((tool) => tool.name));
    expect(names.length).toBe(servers.reduce((sum, server) => sum + server.tools.length, 0));
    expect(names).toEqual(expect.arrayContaining(['..', '__proto__', 'constructor', 'huge_description']));
  });
});

describe('hostile catalogues that are rejected', () => {
  /** Builds `files` (name -> text) over an OUT_DIR holding a previous site, and returns the result. */
  async function buildRejected(name: string, files: Record<string, string>) {
    const dir = path.join(scratch, name);
    mkdirSync(path.join(dir, 'servers'), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, 'servers', file), text);
    const out = path.join(scratch, `${name}-out`);
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the previous site');
    const result = await runBuild({ CATALOGUE_DIR: dir, OUT_DIR: out });
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readdirSync(scratch).filter((entry) => entry.startsWith(`${name}-out.`))).toEqual([]);
    return result;
  }

  it('two tool names with the same URL slug and no atlas.slug: says which, and how to fix it', async () => {
    const result = await buildRejected('collision', {
      'collision.json': readFileSync(path.join(HOSTILE_DIR, 'rejected/servers/collision.json'), 'utf8'),
    });
    expect(result.stderr).toContain(
      'collision.json: tools[1].name: tool "getUser" gets the URL slug "get-user", already taken by tools[0] "get_user"; give one of them its own "atlas": { "slug": ... } (server "Collision Server")',
    );
  });

  it('a schema nested 5,000 levels deep: a message, not a stack overflow', async () => {
    const result = await buildRejected('deep', {
      'deep.json': `{"name":"Deep","package":{"registry":"npm","name":"deep"},"tools":[{"name":"deep","inputSchema":${deepSchemaText(5000)}}]}`,
    });
    expect(result.stderr).toContain('deep.json: tools[0].inputSchema.properties.deep.items: nested more than 256 levels deep');
    expect(result.stderr).not.toMatch(/Maximum call stack/);
  });

  it('a tool name of a million characters: a message naming the tool by its first characters', async () => {
    const result = await buildRejected('long-name', {
      'long.json': JSON.stringify({
        name: 'Long',
        package: { registry: 'npm', name: 'long' },
        tools: [{ name: `x${'<script>'.repeat(125_000)}`, inputSchema: { type: 'object' } }],
      }),
    });
    expect(result.stderr).toContain('long.json: tools[0].name: expected a tool name of at most 1000 characters (MCP recommends 1 to 128)');
    expect(result.stderr.length).toBeLessThan(5000);
  });
});
