/**
 * The atlas as data, as the bundled build writes it: every file parses with a real parser,
 * atlas.json validates against the published schema (ajv) and lists exactly the tools that have
 * pages, the CSV round-trips, each server's verdicts.json agrees with atlas.json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import type { AtlasExport, ExportServer } from '../../src/export/schema.ts';
import { ENGINE_VERSION } from '../../src/risk/engine-version.ts';

const site = () => inject('bundledSite');
const read = (file: string) => readFileSync(path.join(site(), file), 'utf8');

function validator(schemaFile: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(read(schemaFile)));
}

/** Site paths of every tool page: servers/<s>/<t>/. */
function toolPages(): Set<string> {
  const pages = new Set<string>();
  for (const server of readdirSync(path.join(site(), 'servers'), { withFileTypes: true })) {
    if (!server.isDirectory()) continue;
    for (const tool of readdirSync(path.join(site(), 'servers', server.name), { withFileTypes: true })) {
      if (tool.isDirectory()) pages.add(`servers/${server.name}/${tool.name}/`);
    }
  }
  return pages;
}

describe('the atlas as data', () => {
  it('atlas.json validates against the published atlas.schema.json and carries the engine version', () => {
    const data = JSON.parse(read('atlas.json')) as AtlasExport;
    const validate = validator('atlas.schema.json');
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(data.engineVersion).toBe(ENGINE_VERSION);
    expect(data.engineVersion).toMatch(/^\d+\.\d+\.\d+\+rules\.[0-9a-f]{12}$/);
    for (const server of data.servers) for (const tool of server.tools) expect(tool.engineVersion).toBe(ENGINE_VERSION);
  });

  it('atlas.json lists exactly the tools that have pages, each with its page URL', () => {
    const data = JSON.parse(read('atlas.json')) as AtlasExport;
    const listed = data.servers.flatMap((s) => s.tools.map((t) => new URL(t.url).pathname.replace(/^\//, '')));
    expect(new Set(listed).size).toBe(listed.length);
    expect(new Set(listed)).toEqual(toolPages());
  });

  it('atlas.csv parses into one row per tool with every column, and agrees with atlas.json', () => {
    const data = JSON.parse(read('atlas.json')) as AtlasExport;
    const rows = parse<Record<string, string>>(read('atlas.csv'), { columns: true });
    const tools = data.servers.flatMap((s) => s.tools.map((t) => ({ server: s, tool: t })));
    expect(rows.length).toBe(tools.length);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    rows.forEach((row, index) => {
      const { server, tool } = tools[index]!;
      expect(row.server).toBe(server.slug);
      expect(row.tool!.replace(/^'/, '')).toBe(tool.name.replace(/^'/, ''));
      expect(row.category).toBe(tool.category);
      expect(row.risk).toBe(tool.risk);
      expect(row.predicted_readOnlyHint).toBe(String(tool.annotations.predicted.readOnlyHint));
      expect(row.policy_action).toBe(tool.rule.action);
    });
  });

  it('each server’s verdicts.json validates against verdicts.schema.json and equals its part of atlas.json', () => {
    const data = JSON.parse(read('atlas.json')) as AtlasExport;
    const validate = validator('verdicts.schema.json');
    for (const server of data.servers) {
      const own = JSON.parse(read(path.join('servers', server.slug, 'verdicts.json'))) as ExportServer & {
        $schema: string;
        engineVersion: string;
      };
      expect(validate(own), `${server.slug}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
      const { $schema: _schema, engineVersion: _engine, ...record } = own;
      expect(record).toEqual(server);
    }
  });

  it('llms.txt links the data and every server; llms-full.txt has one section per tool', () => {
    const data = JSON.parse(read('atlas.json')) as AtlasExport;
    const llms = read('llms.txt');
    expect(llms).toMatch(/^# /);
    expect(llms).toContain('/atlas.json)');
    expect(llms).toContain('/llms-full.txt)');
    for (const server of data.servers) expect(llms).toContain(`](${server.url})`);
    const full = read('llms-full.txt');
    const sections = full.split('\n').filter((line) => line.startsWith('### '));
    expect(sections.length).toBe(data.servers.reduce((n, s) => n + s.tools.length, 0));
    expect(full).toContain(`engine ${ENGINE_VERSION}`);
  });
});
