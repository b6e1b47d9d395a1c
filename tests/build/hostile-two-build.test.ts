/**
 * Building the second hostile catalogue (tests/fixtures/catalogues/hostile-two, issue 16), checked
 * on disk: every poisoned tool flagged on its page and hidden by its policy, every policy.json valid
 * against the published policy.schema.json, the "__proto__" argument on its page, the cut parameter
 * table saying so and linking the full definition, source links normalised, nothing written outside
 * OUT_DIR. And catalogues that must be refused are refused file by file with named errors, without
 * reading through a link or printing what a link points to, leaving OUT_DIR as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueServer } from '../../src/catalogue/catalogue.ts';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import { parsePolicyFile } from '../../src/risk/policy/schema.ts';
import { PROJECT_ROOT, runBuild } from '../helpers/build.ts';
import { filesUnder, hashes } from '../helpers/files.ts';
import {
  CANARY,
  POISONED_TWO,
  WIDE_PARAMETERS,
  writeHostileTwoCatalogue,
  writeRefusedCatalogue,
} from '../fixtures/catalogues/hostile-two/generate.ts';

// ajv ships CommonJS; its default export arrives wrapped or not depending on the loader.
const Ajv2020 = ((Ajv2020Module as unknown as { default?: typeof Ajv2020Module }).default ?? Ajv2020Module) as unknown as new (
  options?: object,
) => {
  compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown };
};

const scratch = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-two-build-'));
const catalogueDir = path.join(scratch, 'catalogue');
const parent = path.join(scratch, 'parent');
const outDir = path.join(parent, 'dist');
let servers: CatalogueServer[];
let catalogueBefore: Record<string, string>;

const page = (sitePath: string) => readFileSync(path.join(outDir, sitePath, 'index.html'), 'utf8');

beforeAll(async () => {
  writeHostileTwoCatalogue(catalogueDir);
  servers = await loadValidCatalogue(catalogueDir);
  catalogueBefore = hashes(catalogueDir);
  mkdirSync(parent);
  writeFileSync(path.join(parent, 'keep.txt'), 'a file beside the output folder');
  const result = await runBuild({ CATALOGUE_DIR: catalogueDir, OUT_DIR: outDir });
  if (result.status !== 0)
    throw new Error(`building the second hostile catalogue failed:\n${result.stderr}\n${result.stdout.slice(-4000)}`);
}, 600_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the second hostile catalogue builds', () => {
  it('flags every poisoned tool on its page and hides it in the server policy', () => {
    const policy = JSON.parse(readFileSync(path.join(outDir, 'servers/poison-two/policy.json'), 'utf8')) as {
      tools: Record<string, { action: string }>;
    };
    const server = servers.find((s) => s.slug === 'poison-two')!;
    for (const slug of POISONED_TWO) {
      const tool = server.tools.find((t) => t.slug === slug)!;
      expect(page(`servers/poison-two/${slug}`), slug).toContain('data-poisoning-warning');
      expect(policy.tools[tool.tool.name]?.action, slug).toBe('hide');
    }
    expect(page('servers/poison-two/local-time-here')).not.toContain('data-poisoning-warning');
    expect(policy.tools.local_time_here?.action).not.toBe('hide');
  });

  it('shows the hidden characters as markers, not as clean text', () => {
    expect(page('servers/poison-two/backspace-split')).toContain('I⟨U+0008⟩g⟨U+0008⟩n');
    expect(page('servers/poison-two/line-separator-split')).toContain('I⟨U+2028⟩g');
    expect(page('servers/poison-two/annotation-anchors')).toContain('⟨U+FFF9⟩I⟨U+FFFA⟩g');
  });

  it('writes every policy.json valid against the published policy.schema.json', () => {
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(
      JSON.parse(readFileSync(path.join(outDir, 'policy.schema.json'), 'utf8')),
    );
    for (const server of servers) {
      const policy = JSON.parse(readFileSync(path.join(outDir, 'servers', server.slug, 'policy.json'), 'utf8')) as unknown;
      expect(validate(policy), `${server.slug}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(parsePolicyFile(policy).success, server.slug).toBe(true);
      expect(Object.keys((policy as { tools: object }).tools).sort()).toEqual(server.tools.map((t) => t.tool.name).sort());
    }
  });

  it('keeps an argument named "__proto__": on the page, in the data the page was built from', () => {
    const tool = servers.find((s) => s.slug === 'proto-keys')!.tools.find((t) => t.slug === 'run-command')!;
    expect(Object.keys(tool.tool.inputSchema.properties!)).toEqual(['__proto__', 'cwd']);
    expect(page('servers/proto-keys/run-command')).toMatch(/<td data-label="Name"><code>__proto__<\/code><\/td>/);
  });

  it('says where and why the parameter table stops, and links the full definition', () => {
    const html = page('servers/proto-keys/wide-tool');
    expect(html).toContain(
      `The table shows 200 rows of the ${WIDE_PARAMETERS} that the arguments and their fields make: it stops at 200 rows`,
    );
    expect(html).toContain(`data-rows-left-out="${WIDE_PARAMETERS - 200}"`);
    expect(html).toContain('href="/servers/proto-keys/wide-tool/definition.json"');
    const definition = JSON.parse(readFileSync(path.join(outDir, 'servers/proto-keys/wide-tool/definition.json'), 'utf8'));
    expect(Object.keys(definition.inputSchema.properties)).toHaveLength(WIDE_PARAMETERS);
    expect(definition).not.toHaveProperty('atlas');
    // Only cut tables get a definition file.
    expect(existsSync(path.join(outDir, 'servers/proto-keys/run-command/definition.json'))).toBe(false);
  });

  it('links a source file normalised, inside its repository, and never one that climbs out', () => {
    expect(page('servers/poison-two/local-time-here')).toContain(
      'href="https://github.com/example/poison-two/blob/0123456789abcdef0123456789abcdef01234567/src/time.py#L12"',
    );
    const climbing = page('servers/poison-two/local-date-here');
    expect(climbing).toContain('../../evil/repo/blob/main/x.py:3');
    expect(climbing).not.toMatch(/href="[^"]*evil\/repo/);
  });

  it('lists every server with its exact name for the search filters', () => {
    const list = JSON.parse(readFileSync(path.join(outDir, 'search/servers.json'), 'utf8')) as { servers: [string, string][] };
    expect(list.servers).toEqual(servers.map((s) => [s.slug, s.server.name]));
  });

  it('writes nothing outside OUT_DIR and leaves the catalogue as it was', () => {
    expect(readdirSync(parent).sort()).toEqual(['dist', 'keep.txt']);
    expect(hashes(catalogueDir)).toEqual(catalogueBefore);
    for (const file of filesUnder(outDir)) expect(file, file).toMatch(/^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/);
  });
});

describe('catalogues refused file by file', () => {
  /** Builds the catalogue in `dir` over an OUT_DIR holding a previous site; it must fail and leave that site. */
  async function refusedBuild(name: string, dir: string) {
    const out = path.join(scratch, `${name}-out`);
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'the previous site');
    const result = await runBuild({ CATALOGUE_DIR: dir, OUT_DIR: out });
    expect(result.status).toBe(1);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the previous site');
    expect(readdirSync(scratch).filter((entry) => entry.startsWith(`${name}-out.`))).toEqual([]);
    return result;
  }

  it('names every link, folder, encoding, duplicate key and 1e309, and prints nothing a link points to', async () => {
    const dir = path.join(scratch, 'refused');
    const outside = path.join(scratch, 'outside');
    const expected = writeRefusedCatalogue(dir, outside);
    // A link to a FIFO outside: followed, it would hang the build or be named a pipe.
    expect(spawnSync('mkfifo', [path.join(outside, 'pipe')]).status).toBe(0);
    symlinkSync(path.join(outside, 'pipe'), path.join(dir, 'servers', 'pipe-link.json'));
    const result = await refusedBuild('refused', dir);
    const lines = result.stderr.split('\n');
    for (const line of [...expected, 'servers/pipe-link.json: $: is a symbolic link']) {
      expect(
        lines.some((printed) => printed.includes(`${path.basename(dir)}/${line}`)),
        line,
      ).toBe(true);
    }
    expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/root:x:0:0/);
    // No line is forged by the file name that holds a newline: each starts with the catalogue's path.
    expect(lines.filter((line) => line.includes('.json: ') && !line.includes(path.basename(dir)))).toEqual([]);
  });

  it('refuses a settings.json that is a link, without printing what it points to', async () => {
    const dir = path.join(scratch, 'linked-settings');
    mkdirSync(path.join(dir, 'servers'), { recursive: true });
    writeFileSync(
      path.join(dir, 'servers', 'a.json'),
      readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/catalogues/small/servers/payments.json')),
    );
    const secret = path.join(scratch, 'secret-settings.txt');
    writeFileSync(secret, `${CANARY}: not settings`);
    symlinkSync(secret, path.join(dir, 'settings.json'));
    const result = await refusedBuild('linked-settings', dir);
    expect(result.stderr).toMatch(
      /linked-settings\/settings\.json: \$: is a symbolic link; the atlas reads only regular files inside the catalogue and never follows a link/,
    );
    expect(`${result.stdout}${result.stderr}`).not.toContain(CANARY);
  });

  it('refuses a settings href that leaves the site, naming the field', async () => {
    const dir = path.join(scratch, 'leaving-href');
    mkdirSync(path.join(dir, 'servers'), { recursive: true });
    writeFileSync(
      path.join(dir, 'servers', 'a.json'),
      readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/catalogues/small/servers/payments.json')),
    );
    const settings = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'content/settings.json'), 'utf8'));
    settings.callToAction.primary.href = '/\\evil.example/x';
    settings.callToAction.secondary = { label: 'Up', href: '/../../elsewhere/' };
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
    const result = await refusedBuild('leaving-href', dir);
    expect(result.stderr).toContain(
      'settings.json: callToAction.primary.href: expected no spaces, control characters or backslashes in a link',
    );
    expect(result.stderr).toContain(
      'settings.json: callToAction.secondary.href: expected a site path without "." or ".." segments (it resolves to "/elsewhere/")',
    );
  });

  it('refuses a servers/ folder that is a link', async () => {
    const dir = path.join(scratch, 'linked-servers');
    mkdirSync(dir);
    const real = path.join(scratch, 'real-servers');
    mkdirSync(real);
    writeFileSync(
      path.join(real, 'a.json'),
      readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/catalogues/small/servers/payments.json')),
    );
    symlinkSync(real, path.join(dir, 'servers'));
    const result = await refusedBuild('linked-servers', dir);
    expect(result.stderr).toMatch(/linked-servers\/servers: \$: is a symbolic link/);
  });
});
