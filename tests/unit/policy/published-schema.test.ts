/**
 * Every policy.json the atlas writes validates against the JSON Schema it publishes
 * (/policy.schema.json), checked by a real JSON Schema validator (ajv, draft 2020-12): the site's
 * tool and server policies and `atlas classify`'s `policy`, over the bundled catalogue, every
 * fixture catalogue, and the bench's synthetic catalogue. Hostile schema values (a default of
 * 1e300, a maximum JSON reads as Infinity) must never turn into a policy the schema refuses.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeHostileTwoCatalogue } from '../../fixtures/catalogues/hostile-two/generate.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../../../src/bench/synthetic.ts';
import { loadCatalogue } from '../../../src/catalogue/load.ts';
import { ToolSchema, type Tool } from '../../../src/catalogue/schema.ts';
import { locate } from '../../../src/cli/classify.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { policyJsonSchema } from '../../../src/risk/policy/json-schema.ts';
import { capFor, recommendRule, serverPolicy, toolPolicy } from '../../../src/risk/policy/recommend.ts';
import { REFERENCE_CATALOGUE, REFERENCE_SERVERS } from '../../helpers/catalogues.ts';

const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(policyJsonSchema());

function problems(policy: unknown): string {
  // Through JSON, as the file is written: Infinity would become null here.
  return validate(JSON.parse(JSON.stringify(policy))) ? '' : JSON.stringify(validate.errors);
}

function expectValidPolicies(servers: { name: string; tools: Tool[] }[]): number {
  let count = 0;
  for (const server of servers) {
    const entries = server.tools.map((tool) => ({ tool, classification: classifyTool(tool, { server: server.name }) }));
    for (const { tool, classification } of entries) {
      expect(problems(toolPolicy(tool.name, recommendRule(tool, classification))), `${server.name}/${tool.name}`).toBe('');
      count += 1;
    }
    expect(problems(serverPolicy(entries)), server.name).toBe('');
  }
  return count;
}

const FIXTURES = path.resolve('tests/fixtures/catalogues');

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The second hostile fixture, written into a temporary folder (removed after the tests) as its own tests do. */
function generatedHostileTwo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-hostile-two-'));
  scratch.push(dir);
  writeHostileTwoCatalogue(dir);
  return dir;
}

describe('every policy.json validates against the published policy.schema.json', () => {
  it.each([
    ['the reference catalogue', REFERENCE_CATALOGUE],
    // Fixtures kept as files; hostile-two is generated (below).
    ...readdirSync(FIXTURES)
      .filter((dir) => existsSync(path.join(FIXTURES, dir, 'servers')))
      .map((dir) => [`the fixture catalogue ${dir}`, path.join(FIXTURES, dir)]),
    ['the generated hostile-two catalogue', generatedHostileTwo()],
  ])('%s', async (_, dir) => {
    const catalogue = await loadCatalogue(dir);
    const count = expectValidPolicies(catalogue.servers.map((s) => ({ name: s.server.name, tools: s.tools.map((t) => t.tool) })));
    if (!dir.endsWith('broken')) expect(count).toBeGreaterThan(0);
  });

  it("the bench's synthetic catalogue (2,000 tools)", () => {
    const servers = generateCatalogue({ tools: 2000 }).map((s) => ({
      name: s.server.name,
      tools: s.server.tools.map((t) => ToolSchema.parse(t)),
    }));
    expect(expectValidPolicies(servers)).toBe(2000);
  });

  it('`atlas classify` prints policies that validate', () => {
    for (const file of readdirSync(REFERENCE_SERVERS).slice(0, 20)) {
      const full = path.join(REFERENCE_SERVERS, file);
      const located = locate(full, readFileSync(full, 'utf8'));
      if (!('tools' in located)) throw new Error(file);
      for (const tool of located.tools)
        expect(problems(toolPolicy(tool.name, recommendRule(tool, classifyTool(tool)))), tool.name).toBe('');
    }
  });
});

describe("hostile numbers in a tool's schema", () => {
  const amount = (schema: Record<string, unknown>) =>
    ToolSchema.parse({
      name: 'buy_credits',
      description: 'Buys credits with the account balance and charges the card.',
      inputSchema: { type: 'object', properties: { amount: { type: 'number', ...schema } } },
    });

  it.each([
    ['a default of 1e300 lifts the cap no further than the ceiling', { default: 1e300 }, 1000],
    ['a default of Infinity (1e309 in JSON) is ignored', { default: JSON.parse('1e309') }, 100],
    ['a maximum of Infinity is ignored', { maximum: JSON.parse('1e309') }, 100],
    ['a maximum of -Infinity is ignored', { maximum: JSON.parse('-1e309') }, 100],
    ['a lower maximum lowers the cap', { maximum: 20 }, 20],
    ['a default below the cap leaves it', { default: 5 }, 100],
    ['a default above the cap lifts it, within the ceiling', { default: 250 }, 250],
    ['a NaN-like non-number default is ignored', { default: 'lots' }, 100],
  ])('%s', (_, schema, cap) => {
    const t = amount(schema);
    expect(capFor('amount', t.inputSchema.properties!.amount!)).toBe(cap);
    const rule = recommendRule(t, classifyTool(t));
    expect(problems(toolPolicy(t.name, rule))).toBe('');
    if ('arguments' in rule && rule.arguments?.amount) expect(rule.arguments.amount).toEqual({ kind: 'max', max: cap });
  });
});
