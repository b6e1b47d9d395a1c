/**
 * Every compiled format, proven by the engine that reads it, on every tool of the bundled
 * catalogue and of the hostile fixture catalogue: Cedar parsed and validated (strict) by
 * cedar-wasm against the server's generated schema, and sample calls decided with isAuthorized;
 * agentgateway's rules compiled and evaluated by @bufbuild/cel; the Pomerium and Docker files
 * parsed by `yaml` and checked against their documented structure. The same calls go through our
 * own evaluator of policy.json, and every format must decide them alike, except where the
 * compiler stated that the format cannot (a limitation of that kind, for that tool).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../../src/catalogue/load.ts';
import type { Tool } from '../../../src/catalogue/schema.ts';
import { classifyTool } from '../../../src/risk/classify.ts';
import { cedarSchema } from '../../../src/risk/policy/cedar-schema.ts';
import { evaluate, isListed } from '../../../src/risk/policy/evaluate.ts';
import {
  compilePolicy,
  POLICY_FORMATS,
  type CompiledPolicy,
  type LimitationKind,
  type PolicyFormat,
} from '../../../src/risk/policy/formats.ts';
import { serverPolicy } from '../../../src/risk/policy/recommend.ts';
import type { PolicyFile, ToolRule } from '../../../src/risk/policy/schema.ts';
import { decimalText, toolhiveDecimal } from '../../../src/risk/policy/cedar.ts';
import { commentText } from '../../../src/risk/policy/escape.ts';
import {
  cedarArguments,
  cedarDecision,
  cedarProblems,
  celDecision,
  compileCelRule,
  dockerDecision,
  dockerProfileTools,
  parseAgentgateway,
  parseDocker,
  parsePomerium,
  pomeriumDecision,
  sampleCalls,
  type Verdict,
} from '../../helpers/policy-engines.ts';
import { REFERENCE_CATALOGUE } from '../../helpers/catalogues.ts';

interface ServerCase {
  slug: string;
  name: string;
  tools: Tool[];
  policy: PolicyFile;
  compiled: Record<PolicyFormat, CompiledPolicy>;
}

async function serverCases(dir: string): Promise<ServerCase[]> {
  const servers = await loadValidCatalogue(dir);
  return servers.map((s) => {
    const tools = s.tools.map((t) => t.tool);
    const policy = serverPolicy(tools.map((tool) => ({ tool, classification: classifyTool(tool, { server: s.server.name }) })));
    const options = { server: { name: s.server.name, slug: s.slug } };
    const compiled = Object.fromEntries(POLICY_FORMATS.map((format) => [format, compilePolicy(format, policy, options)])) as Record<
      PolicyFormat,
      CompiledPolicy
    >;
    return { slug: s.slug, name: s.server.name, tools, policy, compiled };
  });
}

function limitationKinds(compiled: CompiledPolicy, tool: string): Set<LimitationKind> {
  return new Set(compiled.limitations.filter((l) => l.tool === tool).map((l) => l.kind));
}

/** Each format's verdict on one call, with the engine that reads the format. */
function verdicts(server: ServerCase, tool: Tool, call: Parameters<typeof evaluate>[1]): Record<Exclude<PolicyFormat, 'json'>, Verdict> {
  return {
    cedar: cedarDecision({ policies: server.compiled.cedar.text, schema: cedarSchema(server.tools, server.policy), tool, call }),
    cel: celDecision(parseAgentgateway(server.compiled.cel.text), call),
    pomerium: pomeriumDecision(parsePomerium(server.compiled.pomerium.text), call),
    docker: dockerDecision(parseDocker(server.compiled.docker.text), server.slug, call),
  };
}

/**
 * The check at the heart of the issue: a format decides a call as policy.json does, or it differs
 * exactly where it said it would.
 */
function expectAgreement(server: ServerCase, tool: Tool, rule: ToolRule): number {
  let checked = 0;
  for (const sample of sampleCalls(tool.name, rule)) {
    const reference = evaluate(server.policy, sample.call, sample.usage);
    const got = verdicts(server, tool, sample.call);
    for (const format of Object.keys(got) as Exclude<PolicyFormat, 'json'>[]) {
      const kinds = limitationKinds(server.compiled[format], tool.name);
      const where = `${server.slug}/${JSON.stringify(tool.name)} ${sample.label} in ${format}: policy.json says ${reference.decision}, ${format} says ${got[format]}`;
      if (reference.decision === 'allow') expect(got[format], where).toBe('allow');
      else if (reference.decision === 'approval') {
        // No format here can ask a person: each refuses, and says so.
        expect(got[format], where).toBe('deny');
        expect(kinds.has('approval'), `${where}, without stating it cannot ask for approval`).toBe(true);
      } else if (got[format] === 'allow') {
        // Refused by policy.json, let through by the format: only where the format said it cannot do that.
        const stated = sample.usage ? kinds.has('rate-limit') : sample.breaks !== undefined && kinds.has('arguments');
        expect(stated, `${where}, and the format states no limitation that explains it`).toBe(true);
      }
      checked += 1;
    }
  }
  return checked;
}

describe.each([
  ['the reference catalogue', REFERENCE_CATALOGUE],
  ['the hostile fixture catalogue', 'tests/fixtures/catalogues/hostile'],
])('every format of %s, in its own engine', (_, dir) => {
  let servers: ServerCase[] = [];
  beforeAll(async () => {
    servers = await serverCases(path.resolve(dir));
  });

  it("Cedar: every policy set parses and validates (strict) against the server's generated ToolHive schema", () => {
    for (const server of servers)
      expect(cedarProblems(server.compiled.cedar.text, cedarSchema(server.tools, server.policy)), server.slug).toEqual([]);
  });

  it('CEL: every agentgateway rule has the documented shape and compiles', () => {
    for (const server of servers) {
      const file = parseAgentgateway(server.compiled.cel.text);
      for (const rule of file.mcpAuthorization.rules) compileCelRule(typeof rule === 'string' ? rule : Object.values(rule)[0]!);
    }
  });

  it('Pomerium and Docker: every file parses as YAML into the documented structure', () => {
    for (const server of servers) {
      expect(() => parsePomerium(server.compiled.pomerium.text), server.slug).not.toThrow();
      expect(Object.keys(parseDocker(server.compiled.docker.text)), server.slug).toEqual([server.slug]);
    }
  });

  it('all formats decide every sample call as policy.json does, except where a format states it cannot', () => {
    let checked = 0;
    for (const server of servers) {
      for (const tool of server.tools) checked += expectAgreement(server, tool, server.policy.tools[tool.name]!);
    }
    expect(checked).toBeGreaterThan(servers.reduce((sum, s) => sum + s.tools.length, 0) * 4 - 1);
  });

  it('refuses every hidden or denied tool in every format, and lists a hidden tool nowhere but where a format says it cannot hide it', () => {
    for (const server of servers) {
      for (const tool of server.tools) {
        const rule = server.policy.tools[tool.name]!;
        if (rule.action !== 'deny' && rule.action !== 'hide') continue;
        const call = { tool: tool.name, arguments: {} };
        expect(evaluate(server.policy, call).decision).toBe('deny');
        for (const [format, verdict] of Object.entries(verdicts(server, tool, call)))
          expect(verdict, `${server.slug}/${tool.name} in ${format}`).toBe('deny');
        if (rule.action === 'hide') {
          expect(isListed(server.policy, tool.name)).toBe(false);
          expect(limitationKinds(server.compiled.pomerium, tool.name).has('hidden')).toBe(true);
        }
      }
    }
  });

  it('states every rate limit, approval, argument check and unlisted tool a format cannot enforce', () => {
    for (const server of servers) {
      for (const tool of server.tools) {
        const rule = server.policy.tools[tool.name]!;
        const hasLimits = 'limits' in rule && (rule.limits?.length ?? 0) > 0;
        const hasArgs = 'arguments' in rule && Object.keys(rule.arguments ?? {}).length > 0;
        for (const format of ['cedar', 'cel', 'pomerium', 'docker'] as const) {
          const kinds = limitationKinds(server.compiled[format], tool.name);
          if (hasLimits) expect(kinds.has('rate-limit'), `${format} ${tool.name}`).toBe(true);
          if (rule.action === 'require_approval') expect(kinds.has('approval'), `${format} ${tool.name}`).toBe(true);
          // ToolHive, agentgateway and Docker leave a tool they refuse out of tools/list; policy.json lists a denied or held tool.
          if (rule.action === 'require_approval' || rule.action === 'deny')
            expect(kinds.has('listed'), `${format} ${tool.name}`).toBe(format !== 'pomerium');
          if (hasArgs && format !== 'cedar' && rule.action !== 'require_approval')
            expect(kinds.has('arguments'), `${format} ${tool.name}`).toBe(true);
        }
      }
    }
  });

  it('writes the same bytes for the same policy', () => {
    for (const server of servers.slice(0, 10)) {
      for (const format of POLICY_FORMATS) {
        const again = compilePolicy(format, server.policy, { server: { name: server.name, slug: server.slug } });
        expect(again.text).toBe(server.compiled[format].text);
        // The parts the site highlights one by one are the file, cut at whole lines.
        expect(again.parts.map((part) => part.text).join('')).toBe(again.text);
        for (const part of again.parts) expect(part.text.endsWith('\n')).toBe(true);
      }
    }
  });
});

describe('the calls the issue names', () => {
  let servers: ServerCase[] = [];
  beforeAll(async () => {
    servers = await serverCases(REFERENCE_CATALOGUE);
  });
  const find = (slug: string, name: string) => {
    const server = servers.find((s) => s.slug === slug)!;
    return { server, tool: server.tools.find((t) => t.name === name)! };
  };

  it('refuses delete_user with force: true in Cedar, and lets a reviewed group call it without', () => {
    const { server, tool } = find('iam-mcp-server', 'delete_user');
    expect(server.policy.tools.delete_user).toMatchObject({
      action: 'require_approval',
      arguments: { force: { kind: 'oneOf', values: [false] } },
    });
    const decide = (policies: string, force: boolean, groups: string[]) =>
      cedarDecision({
        policies,
        schema: cedarSchema(server.tools, server.policy),
        tool,
        groups,
        call: { tool: tool.name, arguments: { user_name: 'u', force } },
      });
    // As compiled, nothing permits a call that needs approval.
    expect(decide(server.compiled.cedar.text, false, ['mcp-approvers'])).toBe('deny');
    // Uncommented as the comment says, it permits the reviewers' group, and still refuses force: true.
    const reviewed = uncommentPermit(server.compiled.cedar.text, 'delete_user');
    expect(decide(reviewed, true, ['mcp-approvers'])).toBe('deny');
    expect(decide(reviewed, false, ['mcp-approvers'])).toBe('allow');
    expect(decide(reviewed, false, [])).toBe('deny');
  });

  it('refuses build_and_push_image_to_ecr with app_path outside the prefix, and allows it inside for the reviewers, in Cedar', () => {
    const { server, tool } = find('ecs-mcp-server', 'build_and_push_image_to_ecr');
    // It waits for approval: as compiled nothing permits it; the reviewers' permit, turned on, checks the path.
    expect(server.policy.tools.build_and_push_image_to_ecr).toMatchObject({ action: 'require_approval' });
    const reviewed = uncommentPermit(server.compiled.cedar.text, 'build_and_push_image_to_ecr');
    const decide = (appPath: string, policies = reviewed) =>
      cedarDecision({
        policies,
        schema: cedarSchema(server.tools, server.policy),
        tool,
        groups: ['mcp-approvers'],
        call: { tool: tool.name, arguments: { app_path: appPath } },
      });
    expect(decide('/workspace/app', server.compiled.cedar.text)).toBe('deny');
    expect(decide('/etc/passwd')).toBe('deny');
    expect(decide('/workspace/../etc')).toBe('allow'); // a prefix check is a string check: the guide says to pair it with a path-normalising server
    expect(decide('/workspace/app')).toBe('allow');
    expect(decide('/workspac')).toBe('deny');
  });
});

/** The policy set with the commented-out reviewers' permit of `tool` turned on, as its comment tells a reader to do. */
function uncommentPermit(policies: string, tool: string): string {
  const blocks = policies.split('\n\n');
  return blocks
    .map((block) => {
      if (!block.startsWith(`// Tool::"${tool}":`)) return block;
      const lines = block.split('\n');
      const start = lines.findIndex((line) => line.startsWith('// permit ('));
      return lines.map((line, i) => (i >= start ? line.slice(3) : line)).join('\n');
    })
    .join('\n\n');
}

describe('rules with every kind of check', () => {
  const rule = (r: ToolRule): PolicyFile => ({ version: '1', default: 'deny', tools: { t: r } });
  const tool = {
    name: 't',
    inputSchema: {
      type: 'object' as const,
      properties: { p: { type: 'string' }, n: { type: 'integer' }, b: { type: 'boolean' }, k: { type: 'string' } },
    },
  } as Tool;

  it.each([
    ['prefix', { action: 'allow', arguments: { p: { kind: 'prefix', prefix: 'a*"\\b' } } }],
    [
      'max',
      {
        action: 'rate_limit',
        limits: [{ counter: 't.calls', window: 'minute', max: 3, scope: 'agent' }],
        arguments: { n: { kind: 'max', max: 7 } },
      },
    ],
    ['oneOf', { action: 'allow', arguments: { b: { kind: 'oneOf', values: [false] }, k: { kind: 'oneOf', values: ['x', 'y'] } } }],
    ['notOneOf', { action: 'allow', arguments: { k: { kind: 'notOneOf', values: ['Secret', 'ClusterRole'] } } }],
    ['numeric oneOf', { action: 'allow', arguments: { n: { kind: 'oneOf', values: [5, 10] } } }],
    ['numeric notOneOf', { action: 'allow', arguments: { n: { kind: 'notOneOf', values: [5, 0.25] } } }],
    ['fractional max', { action: 'allow', arguments: { n: { kind: 'max', max: 2.5 } } }],
    ['pattern', { action: 'allow', arguments: { k: { kind: 'pattern', pattern: '^[a-z]{1,8}$', maxLength: 8 } } }],
    ['approval', { action: 'require_approval', arguments: { p: { kind: 'prefix', prefix: '/w/', placeholder: true } } }],
  ] as [string, ToolRule][])('%s: every format agrees with policy.json or says why not', (_, r) => {
    const policy = rule(r);
    const compiled = Object.fromEntries(
      POLICY_FORMATS.map((f) => [f, compilePolicy(f, policy, { server: { name: 'S', slug: 's' } })]),
    ) as Record<PolicyFormat, CompiledPolicy>;
    const server: ServerCase = { slug: 's', name: 'S', tools: [tool], policy, compiled };
    expect(cedarProblems(compiled.cedar.text, cedarSchema([tool], policy))).toEqual([]);
    expect(expectAgreement(server, tool, r)).toBeGreaterThan(0);
  });

  it('states a pattern check Cedar cannot express, and the other formats state every check', () => {
    const policy = rule({ action: 'allow', arguments: { k: { kind: 'pattern', pattern: '^[a-z]+$', maxLength: 8 } } });
    expect(compilePolicy('cedar', policy).limitations.map((l) => l.kind)).toEqual(['arguments']);
    for (const format of ['cel', 'pomerium', 'docker'] as const)
      expect(compilePolicy(format, policy).limitations.map((l) => l.kind)).toContain('arguments');
  });

  it('lets through tools it does not name when the default is allow, in every format but Docker, which says it cannot', () => {
    const policy: PolicyFile = {
      version: '1',
      default: 'allow',
      tools: { gone: { action: 'deny', reason: 'No.' }, kept: { action: 'allow' } },
    };
    const compiled = Object.fromEntries(
      POLICY_FORMATS.map((f) => [f, compilePolicy(f, policy, { server: { name: 'S', slug: 's' } })]),
    ) as Record<PolicyFormat, CompiledPolicy>;
    const other = { name: 'other', inputSchema: { type: 'object' } } as Tool;
    const server: ServerCase = { slug: 's', name: 'S', tools: [other], policy, compiled };
    const got = verdicts(server, other, { tool: 'other' });
    expect(got).toEqual({ cedar: 'allow', cel: 'allow', pomerium: 'allow', docker: 'deny' });
    expect(compiled.docker.limitations.map((l) => l.kind)).toContain('unlisted-tools');
    for (const format of ['cedar', 'cel', 'pomerium', 'docker'] as const)
      expect(verdicts(server, other, { tool: 'gone' })[format], format).toBe('deny');
  });

  it('refuses every call when nothing is allowed, in every format (an empty allow list is no rule at all in agentgateway)', () => {
    const policy: PolicyFile = { version: '1', default: 'deny', tools: { gone: { action: 'hide' } } };
    const compiled = Object.fromEntries(
      POLICY_FORMATS.map((f) => [f, compilePolicy(f, policy, { server: { name: 'S', slug: 's' } })]),
    ) as Record<PolicyFormat, CompiledPolicy>;
    const other = { name: 'other', inputSchema: { type: 'object' } } as Tool;
    const server: ServerCase = { slug: 's', name: 'S', tools: [other], policy, compiled };
    expect(verdicts(server, other, { tool: 'other' })).toEqual({ cedar: 'deny', cel: 'deny', pomerium: 'deny', docker: 'deny' });
  });
});

/**
 * ToolHive decodes a call's JSON into float64 and hands Cedar every number as a decimal (four
 * decimal places, cut; nothing beyond about ±9.22e14), whatever the JSON Schema says: a cap
 * compared as a Long would refuse every call that passes the argument, and a refused Long would
 * never match. cedarArguments builds the request as ToolHive does, so these calls are decided on
 * what ToolHive actually sends.
 */
describe("ToolHive's numbers, decided by Cedar as ToolHive hands them over", () => {
  const tool = {
    name: 't',
    inputSchema: { type: 'object' as const, properties: { n: { type: 'integer' }, x: { type: 'number' }, p: { type: 'string' } } },
  } as Tool;
  const policyOf = (args: NonNullable<Extract<ToolRule, { action: 'allow' }>['arguments']>): PolicyFile => ({
    version: '1',
    default: 'deny',
    tools: { t: { action: 'allow', arguments: args } },
  });
  /** Cedar's verdict and policy.json's on one call, after checking the file against the schema. */
  const decide = (policy: PolicyFile, args: Record<string, unknown>, schema = true) => {
    const compiled = compilePolicy('cedar', policy);
    expect(cedarProblems(compiled.text, cedarSchema([tool], policy))).toEqual([]);
    const call = { tool: 't', arguments: args };
    return {
      cedar: cedarDecision({ policies: compiled.text, ...(schema ? { schema: cedarSchema([tool], policy) } : {}), tool, call }),
      json: evaluate(policy, call).decision,
    };
  };

  it('turns numbers into decimals as cedar-go does: times 10^4, cut toward zero, nothing past ±2^63 ten-thousandths', () => {
    const text = (value: number) => {
      const d = toolhiveDecimal(value);
      return d === undefined ? undefined : decimalText(d);
    };
    expect(text(100)).toBe('100.0');
    expect(text(2.5)).toBe('2.5');
    expect(text(-0.5)).toBe('-0.5');
    expect(text(0.0001)).toBe('0.0001');
    expect(text(1.00009)).toBe('1.0');
    expect(text(-1.00009)).toBe('-1.0');
    // float64 arithmetic, as in Go: 0.57 * 10^4 is 5699.999999999999, so ToolHive hands Cedar 0.5699.
    expect(text(0.57)).toBe('0.5699');
    expect(text(0.0003)).toBe('0.0002');
    // Near the top, float64 steps are 1024 ten-thousandths wide: the largest whole number that fits comes out a little lower.
    expect(text(922_337_203_685_477)).toBe('922337203685476.9664');
    expect(text(1e15)).toBeUndefined();
    expect(text(-1e15)).toBeUndefined();
    expect(cedarArguments({ n: 7, x: 1e15, p: 'a', o: { a: 1 }, l: [1], z: null })).toEqual({
      arg_n: { __extn: { fn: 'decimal', arg: '7.0' } },
      arg_p: 'a',
      arg_o_present: true,
      arg_l_present: true,
      arg_z_present: true,
    });
  });

  it('a cap allows a value under it or at it and refuses one over it', () => {
    const policy = policyOf({ n: { kind: 'max', max: 100 } });
    expect(compilePolicy('cedar', policy).text).toContain('context.arg_n.greaterThan(decimal("100.0"))');
    for (const [n, verdict] of [
      [10, 'allow'],
      [100, 'allow'],
      [-3, 'allow'],
      [99.9999, 'allow'],
      [100.0001, 'deny'],
      [101, 'deny'],
      [1e12, 'deny'],
    ] as const) {
      expect(decide(policy, { n }), `n: ${n}`).toEqual({ cedar: verdict, json: verdict });
    }
    // No argument: the cap does not apply, and the tool stays in tools/list (ToolHive asks with no arguments).
    expect(decide(policy, {})).toEqual({ cedar: 'allow', json: 'allow' });
  });

  it('a fractional cap is cut as the value is, so no value policy.json allows is refused', () => {
    const policy = policyOf({ x: { kind: 'max', max: 2.71828 } });
    expect(compilePolicy('cedar', policy).text).toContain('decimal("2.7182")');
    for (const [x, verdict] of [
      [2.7182, 'allow'],
      [2.71828, 'allow'],
      [2.7183, 'deny'],
      [-5, 'allow'],
    ] as const) {
      expect(decide(policy, { x }), `x: ${x}`).toEqual({ cedar: verdict, json: verdict });
    }
  });

  it('a list of allowed numbers allows its values and refuses others; a list of refused numbers refuses its values', () => {
    const allowed = policyOf({ n: { kind: 'oneOf', values: [5, 10] } });
    expect(compilePolicy('cedar', allowed).text).toContain('context.arg_n == decimal("5.0")');
    expect(decide(allowed, { n: 5 })).toEqual({ cedar: 'allow', json: 'allow' });
    expect(decide(allowed, { n: 10 })).toEqual({ cedar: 'allow', json: 'allow' });
    expect(decide(allowed, { n: 6 })).toEqual({ cedar: 'deny', json: 'deny' });
    // A value the float64 arithmetic moves (0.57 becomes 0.5699) is written as ToolHive's value, so it still matches.
    const fraction = policyOf({ x: { kind: 'oneOf', values: [0.57] } });
    expect(compilePolicy('cedar', fraction).text).toContain('decimal("0.5699")');
    expect(decide(fraction, { x: 0.57 })).toEqual({ cedar: 'allow', json: 'allow' });
    const refused = policyOf({ n: { kind: 'notOneOf', values: [5, 0.25] } });
    expect(decide(refused, { n: 5 })).toEqual({ cedar: 'deny', json: 'deny' });
    expect(decide(refused, { n: 0.25 })).toEqual({ cedar: 'deny', json: 'deny' });
    expect(decide(refused, { n: 6 })).toEqual({ cedar: 'allow', json: 'allow' });
  });

  it('a number a check needs, passed as text, an object, an array or null, is refused as policy.json refuses it', () => {
    const policy = policyOf({ n: { kind: 'max', max: 100 }, p: { kind: 'prefix', prefix: '/w/' } });
    // Wrong types do not fit the schema's request type, so these are decided without request validation, as ToolHive does.
    for (const args of [{ n: '5' }, { n: null }, { n: [5] }, { n: { v: 5 } }, { p: null }, { p: ['/w/a'] }, { p: 5 }]) {
      expect(decide(policy, args, false), JSON.stringify(args)).toEqual({ cedar: 'deny', json: 'deny' });
    }
    // A list of refused values lets a value of another type through, in both.
    const refused = policyOf({ n: { kind: 'notOneOf', values: [5] } });
    expect(decide(refused, { n: null }, false)).toEqual({ cedar: 'allow', json: 'allow' });
  });

  it('NOT ENFORCED, and stated: a number too large for a decimal, which ToolHive drops before Cedar sees it, and digits past the fourth decimal place', () => {
    const policy = policyOf({ n: { kind: 'max', max: 100 } });
    // ToolHive leaves arg_n out of the request, so `context has arg_n` is false and the cap never fires.
    expect(decide(policy, { n: 1e15 })).toEqual({ cedar: 'allow', json: 'deny' });
    expect(decide(policy, { n: 100.00009 })).toEqual({ cedar: 'allow', json: 'deny' });
    const allowed = policyOf({ n: { kind: 'oneOf', values: [5] } });
    expect(decide(allowed, { n: -1e15 })).toEqual({ cedar: 'allow', json: 'deny' });
    for (const p of [policy, allowed]) {
      const limitations = compilePolicy('cedar', p).limitations;
      expect(limitations.map((l) => l.kind)).toEqual(['number-range']);
      expect(limitations[0]!.text).toMatch(/not checked on a number beyond ±922,337,203,685,477/);
      expect(compilePolicy('cedar', p).text).toContain('// NOT ENFORCED: `n` ');
    }
    // A check on text, and a list of refused numbers that all fit a decimal, meet no such number.
    expect(compilePolicy('cedar', policyOf({ p: { kind: 'prefix', prefix: '/w/' } })).limitations).toEqual([]);
    expect(compilePolicy('cedar', policyOf({ n: { kind: 'notOneOf', values: [5] } })).limitations).toEqual([]);
  });
});

/**
 * Docker MCP Gateway reads a profile by default, and the file's header gives the commands that put
 * the file's list into one. Each command is read by `sh`, as a reader's shell reads it, and applied
 * to a profile as the gateway's CLI applies it; the result must be the file's own list.
 */
describe("Docker: the header's commands give the file's list", () => {
  /** The words after `docker mcp profile tools default` of each command in the header, read by sh. */
  const commands = (text: string): string[][] =>
    text
      .split('\n')
      .filter((line) => line.startsWith('#   docker mcp profile tools default '))
      .map((line) =>
        execFileSync('sh', ['-c', `printf '%s\\0' ${line.slice('#   docker mcp profile tools default '.length)}`], { encoding: 'utf8' })
          .split('\0')
          .slice(0, -1),
      );

  it.each([
    ['the reference catalogue', REFERENCE_CATALOGUE],
    ['the hostile fixture catalogue', 'tests/fixtures/catalogues/hostile'],
  ])('in %s', async (_, dir) => {
    let checked = 0;
    for (const server of await serverCases(path.resolve(dir))) {
      const text = server.compiled.docker.text;
      const file = parseDocker(text)[server.slug]!;
      const named = Object.keys(server.policy.tools);
      const found = commands(text);
      // The legacy run names the file with ./, or the gateway would look for it in ~/.docker/mcp/ and, not finding it, enable every tool.
      expect(text, server.slug).toContain('--tools-config ./docker-tools.yaml');
      if (found.length === 0) {
        // Only where a name cannot be shown as it is in a comment.
        expect(
          named.some((name) => commentText(name) !== name),
          server.slug,
        ).toBe(true);
        continue;
      }
      const [set, change] = found;
      const snapshot = new Map([[server.slug, [...named, 'added_later']]]);
      // From a profile where the server has every tool on, the first command leaves exactly the file's list.
      expect(dockerProfileTools(new Map([[server.slug, undefined]]), set!, snapshot).get(server.slug), server.slug).toEqual(file);
      // The second changes only the tools the policy names: from a list with other tools, it keeps them.
      if (change) {
        const before = [...named.filter((name) => !file.includes(name)), 'kept_tool'];
        const after = dockerProfileTools(new Map([[server.slug, before]]), change, snapshot).get(server.slug)!;
        expect(after.toSorted(), server.slug).toEqual([...file, 'kept_tool'].toSorted());
      }
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/**
 * Pomerium decides on the first max_request_bytes of the body (4096 by default): a tools/call it
 * cannot read is not matched by mcp_tool, so the deny rule does not fire and allow admits it. A
 * known limitation of Pomerium, which the file states; setting max_request_bytes higher closes it
 * for calls up to that size.
 */
describe('Pomerium: a call too long to read', () => {
  const policy: PolicyFile = {
    version: '1',
    default: 'deny',
    tools: { read_file: { action: 'allow' }, write_file: { action: 'deny', reason: 'No writes.' } },
  };
  const compiled = compilePolicy('pomerium', policy);
  const file = parsePomerium(compiled.text);
  const long = { tool: 'write_file', arguments: { content: 'x'.repeat(5000) } };

  it('is let through, NOT ENFORCED, and the file says so and what to set', () => {
    expect(pomeriumDecision(file, { tool: 'write_file', arguments: { content: 'short' } })).toBe('deny');
    expect(pomeriumDecision(file, long)).toBe('allow');
    expect(evaluate(policy, long).decision).toBe('deny');
    expect(compiled.limitations.filter((l) => l.kind === 'unread-calls').map((l) => l.tool)).toEqual(['']);
    expect(compiled.text).toMatch(
      /^# NOT ENFORCED: Pomerium reads a tool call only up to the route's mcp.server.max_request_bytes \(4096 bytes by default\)/m,
    );
    expect(compiled.text).toContain('Set mcp.server.max_request_bytes on the route');
  });

  it('is refused once max_request_bytes covers it', () => {
    expect(pomeriumDecision(file, long, 1_048_576)).toBe('deny');
  });

  it('is no concern of a file with no deny rule', () => {
    const open = compilePolicy('pomerium', { version: '1', default: 'allow', tools: { read_file: { action: 'allow' } } });
    expect(open.limitations.map((l) => l.kind)).not.toContain('unread-calls');
  });
});
