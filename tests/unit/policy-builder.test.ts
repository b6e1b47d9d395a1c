/**
 * The policy builder's pure logic: edits on a recommended rule, the server-wide file, the argument
 * checks offered per input schema, control parsing and the JSON tokenizer. Every policy the builder
 * can produce must validate against the policy schema (and so the published JSON Schema).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadValidCatalogue } from '../../src/catalogue/load.ts';
import type { Tool } from '../../src/catalogue/schema.ts';
import { classifyTool } from '../../src/risk/classify.ts';
import { BUCKET_PREFIX, recommendRule, serverPolicy, toolPolicy, WORKSPACE_PREFIX } from '../../src/risk/policy/recommend.ts';
import { parsePolicyFile, type ArgumentCondition, type ToolRule } from '../../src/risk/policy/schema.ts';
import type { Classification } from '../../src/risk/schema.ts';
import { conditionFromControls, parseLimitMax, type ArgumentOption } from '../../src/policy-builder/controls.ts';
import { tokenizeJson } from '../../src/policy-builder/json-tokens.ts';
import { serverBuilderModel, toolBuilderModel } from '../../src/policy-builder/model.ts';
import { builderOptions, MAX_OPTIONS } from '../../src/policy-builder/options.ts';
import { summarizeRule } from '../../src/risk/policy/describe.ts';
import {
  ACTIONS,
  applyEdits,
  applyServerEdits,
  policyText,
  toolPolicyFile,
  type RuleDefaults,
  type RuleEdits,
} from '../../src/policy-builder/rule.ts';
import { realTool } from './risk/helpers.ts';
import { compilePolicy, POLICY_FORMATS } from '../../src/risk/policy/formats.ts';
import { REFERENCE_CATALOGUE } from '../helpers/catalogues.ts';

const SERVER = { name: 'A Server', slug: 'a-server' };

const DEFAULTS: RuleDefaults = {
  limit: { counter: 'x.calls', window: 'minute', max: 20, scope: 'session' },
  denyReason: 'Denied by policy: x is dangerous.',
};

function expectValid(toolName: string, rule: ToolRule): void {
  const result = parsePolicyFile(toolPolicyFile(toolName, rule));
  expect(result.success ? [] : result.issues, JSON.stringify(rule)).toEqual([]);
}

describe('applyEdits', () => {
  const rateLimited: ToolRule = {
    action: 'rate_limit',
    limits: [{ counter: 'write_file.calls', window: 'minute', max: 20, scope: 'session' }],
    arguments: { path: { kind: 'prefix', prefix: '/workspace/' } },
  };
  const approval: ToolRule = {
    action: 'require_approval',
    limits: [{ counter: 'pay.calls', window: 'day', max: 5, scope: 'agent' }],
    reason: 'It touches money (Financial, critical risk).',
  };
  const denied: ToolRule = { action: 'deny', reason: 'Denied by policy: drop_table is destructive.' };

  it('returns the recommendation itself when nothing is edited, key order included', () => {
    for (const rule of [rateLimited, approval, denied, { action: 'allow' } as ToolRule, { action: 'hide', reason: 'hidden' } as ToolRule]) {
      const edited = applyEdits(rule, {}, DEFAULTS);
      expect(edited).toEqual(rule);
      expect(JSON.stringify(edited)).toBe(JSON.stringify(rule));
    }
  });

  it.each<[string, ToolRule, RuleEdits, ToolRule]>([
    [
      'allow drops the limit, keeps argument checks',
      rateLimited,
      { action: 'allow' },
      { action: 'allow', arguments: { path: { kind: 'prefix', prefix: '/workspace/' } } },
    ],
    ['deny gives the default reason and nothing else', rateLimited, { action: 'deny' }, { action: 'deny', reason: DEFAULTS.denyReason }],
    ['hide has no reason unless recommended', rateLimited, { action: 'hide' }, { action: 'hide' }],
    [
      'require approval keeps the limit and checks, no invented reason',
      rateLimited,
      { action: 'require_approval' },
      { action: 'require_approval', limits: rateLimited.limits, arguments: { path: { kind: 'prefix', prefix: '/workspace/' } } },
    ],
    ['require approval without the cap', approval, { limitEnabled: false }, { action: 'require_approval', reason: approval.reason! }],
    ['the recommended deny reason stays', denied, { action: 'deny', limit: { max: 3 } }, denied],
    [
      'rate-limiting a denied tool uses the default limit',
      denied,
      { action: 'rate_limit' },
      { action: 'rate_limit', limits: [DEFAULTS.limit] },
    ],
    [
      'limit fields are edited one by one; the counter stays',
      approval,
      { limit: { max: 12, window: 'hour' } },
      { action: 'require_approval', limits: [{ counter: 'pay.calls', window: 'hour', max: 12, scope: 'agent' }], reason: approval.reason! },
    ],
    [
      'the scope changes',
      rateLimited,
      { limit: { scope: 'global' } },
      { ...rateLimited, limits: [{ counter: 'write_file.calls', window: 'minute', max: 20, scope: 'global' }] },
    ],
    [
      'argument checks are replaced, removed and added in order',
      rateLimited,
      {
        arguments: new Map<string, ArgumentCondition | null>([
          ['mode', { kind: 'oneOf', values: ['read'] }],
          ['path', { kind: 'prefix', prefix: '/srv/' }],
        ]),
      },
      { ...rateLimited, arguments: { path: { kind: 'prefix', prefix: '/srv/' }, mode: { kind: 'oneOf', values: ['read'] } } },
    ],
    [
      'removing the only check removes `arguments`',
      rateLimited,
      { arguments: new Map([['path', null]]) },
      { action: 'rate_limit', limits: rateLimited.limits },
    ],
  ])('%s', (_, recommended, edits, expected) => {
    const rule = applyEdits(recommended, edits, DEFAULTS);
    expect(rule).toEqual(expected);
    expectValid('tool', rule);
  });

  it.each<[string, RuleEdits]>([
    ['a limit of 0', { limit: { max: 0 } }],
    ['a fractional limit', { limit: { max: 2.5 } }],
    ['a NaN limit', { limit: { max: Number.NaN } }],
    ['an unknown window and scope', { limit: { window: 'week' as never, scope: 'team' as never } }],
    ['an unknown action', { action: 'log' as never }],
    ['an empty prefix', { arguments: new Map([['path', { kind: 'prefix', prefix: '' }]]) }],
    ['an empty oneOf', { arguments: new Map([['mode', { kind: 'oneOf', values: [] }]]) }],
    ['an infinite max', { arguments: new Map([['n', { kind: 'max', max: Infinity }]]) }],
  ])('ignores %s, keeping the recommendation', (_, edits) => {
    expect(applyEdits(rateLimited, edits, DEFAULTS)).toEqual(rateLimited);
  });

  it('keeps "__proto__" as an own key for tools and arguments', () => {
    const rule = applyEdits({ action: 'allow' }, { arguments: new Map([['__proto__', { kind: 'max', max: 3 }]]) }, DEFAULTS);
    expect(Object.hasOwn((rule as { arguments: object }).arguments, '__proto__')).toBe(true);
    const file = toolPolicyFile('__proto__', rule);
    expect(Object.hasOwn(file.tools, '__proto__')).toBe(true);
    expect(policyText(file)).toContain('"__proto__": {');
    const parsed = parsePolicyFile(JSON.parse(policyText(file)));
    expect(parsed.success).toBe(true);
  });

  it('describes a rule in a few words for screen readers', () => {
    expect(summarizeRule(rateLimited)).toBe('rate-limited: at most 20 calls per minute per client session, with 1 argument check');
    expect(summarizeRule(denied)).toBe('denied');
  });
});

describe('applyServerEdits', () => {
  const tools = [
    { name: 'read', recommended: { action: 'allow' } as ToolRule, defaults: DEFAULTS },
    { name: 'drop', recommended: { action: 'deny', reason: 'no' } as ToolRule, defaults: DEFAULTS },
  ];

  it('edits one tool only, and toggles the default', () => {
    const file = applyServerEdits(tools, { default: 'allow', rules: new Map([[1, { action: 'hide' }]]) });
    expect(file).toEqual({ version: '1', default: 'allow', tools: { read: { action: 'allow' }, drop: { action: 'hide' } } });
    expect(parsePolicyFile(file).success).toBe(true);
    expect(applyServerEdits(tools, {}).default).toBe('deny');
  });
});

describe('builderOptions', () => {
  const schema = (properties: Record<string, unknown>) => ({ type: 'object' as const, properties: properties as never });

  it.each<[string, Record<string, unknown>, ArgumentOption | undefined]>([
    [
      'a path',
      { type: 'string' },
      { name: 'file_path', kind: 'prefix', suggestion: WORKSPACE_PREFIX, recommended: false, placeholder: true },
    ],
    [
      'a URL',
      { type: 'string', description: 'Page on https://docs.aws.amazon.com/ to read' },
      { name: 'url', kind: 'prefix', suggestion: 'https://docs.aws.amazon.com/', recommended: false },
    ],
    [
      'an S3 URI',
      { type: 'string' },
      { name: 'output_s3_uri', kind: 'prefix', suggestion: BUCKET_PREFIX, recommended: false, placeholder: true },
    ],
    [
      'an S3 bucket name',
      { type: 'string', description: 'The S3 bucket' },
      { name: 'bucketName', kind: 'prefix', suggestion: BUCKET_PREFIX, recommended: false, placeholder: true },
    ],
    [
      'an S3 log location',
      { type: 'string', description: 'Where logs go in S3' },
      { name: 'log_uri', kind: 'prefix', suggestion: BUCKET_PREFIX, recommended: false, placeholder: true },
    ],
    [
      'an optional folder (anyOf with null)',
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
      { name: 'folder', kind: 'prefix', suggestion: WORKSPACE_PREFIX, recommended: false, placeholder: true },
    ],
    ['an amount', { type: 'number' }, { name: 'amount', kind: 'max', suggestion: 100, recommended: false }],
    [
      'a limit with a larger default',
      { type: 'integer', default: 500 },
      { name: 'limit', kind: 'max', suggestion: 500, recommended: false },
    ],
    [
      'max_results under a maximum',
      { type: 'integer', maximum: 50 },
      { name: 'max_results', kind: 'max', suggestion: 50, recommended: false },
    ],
    [
      'an enum',
      { type: 'string', enum: ['left', 'middle', 'right'] },
      { name: 'button', kind: 'oneOf', values: ['left', 'middle', 'right'], suggestion: ['left', 'middle', 'right'], recommended: false },
    ],
    [
      'a risky switch',
      { type: 'boolean' },
      { name: 'force', kind: 'oneOf', values: [true, false], suggestion: [true, false], recommended: false },
    ],
    ['a plain string', { type: 'string' }, undefined],
    ['a port number', { type: 'integer' }, undefined],
    ['a harmless switch', { type: 'boolean' }, undefined],
    ['a single-value enum', { type: 'string', enum: ['only'] }, undefined],
    ['an InfluxDB bucket', { type: 'string', description: 'The bucket to write to' }, undefined],
  ])('offers the right check for %s', (_, property, expected) => {
    const name =
      expected?.name ??
      (
        {
          'a plain string': 'name',
          'a port number': 'port',
          'a harmless switch': 'include_tags',
          'a single-value enum': 'mode',
          'an InfluxDB bucket': 'bucket',
        } as Record<string, string>
      )[_]!;
    expect(builderOptions(schema({ [name]: property }))).toEqual(expected ? [expected] : []);
  });

  it('offers every recommended check first, ticked, with all values the argument can take', () => {
    const recommended: ToolRule = {
      action: 'rate_limit',
      limits: [DEFAULTS.limit],
      arguments: {
        operation: { kind: 'oneOf', values: ['list'] },
        recursive: { kind: 'oneOf', values: [false] },
        path: { kind: 'prefix', prefix: '/workspace/' },
      },
    };
    const options = builderOptions(
      schema({ amount: { type: 'number' }, path: { type: 'string' }, operation: { type: 'string' }, recursive: { type: 'boolean' } }),
      recommended,
      new Map([['operation', ['list', 'delete']]]),
    );
    expect(options).toEqual([
      { name: 'operation', kind: 'oneOf', values: ['list', 'delete'], suggestion: ['list'], recommended: true },
      { name: 'recursive', kind: 'oneOf', values: [false, true], suggestion: [false], recommended: true },
      { name: 'path', kind: 'prefix', suggestion: '/workspace/', recommended: true },
      { name: 'amount', kind: 'max', suggestion: 100, recommended: false },
    ]);
  });

  it(`offers at most ${MAX_OPTIONS} checks beyond the recommended ones, and survives odd schemas`, () => {
    const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`path_${i}_path`, { type: 'string' }]));
    expect(builderOptions(schema(many))).toHaveLength(MAX_OPTIONS);
    expect(builderOptions(schema({ __proto__: { type: 'string', enum: ['a', 'b'] }, weird: 42, nothing: null }))).toEqual([]);
    const proto = JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string","enum":["a","b"]}}}');
    expect(builderOptions(proto)).toEqual([
      { name: '__proto__', kind: 'oneOf', values: ['a', 'b'], suggestion: ['a', 'b'], recommended: false },
    ]);
  });

  it('offers a real tool its checks: the filesystem server-like write tool and an enum', () => {
    const click = realTool('amazon-bedrock-agentcore-mcp-server.json', 'browser_click');
    expect(builderOptions(click.inputSchema).find((o) => o.name === 'button')).toMatchObject({
      kind: 'oneOf',
      values: ['left', 'middle', 'right'],
    });
  });
});

describe('controls', () => {
  it.each([
    ['10', 10],
    [' 7 ', 7],
    ['0', undefined],
    ['-1', undefined],
    ['1.5', undefined],
    ['1e3', undefined],
    ['', undefined],
    ['99999999999999999999', undefined],
  ])('parseLimitMax(%j)', (text, value) => {
    const parsed = parseLimitMax(text);
    expect(parsed.ok ? parsed.value : undefined).toBe(value);
  });

  const prefix: ArgumentOption = { name: 'path', kind: 'prefix', suggestion: '/workspace/', recommended: true };
  const max: ArgumentOption = { name: 'amount', kind: 'max', suggestion: 100, recommended: false };
  const oneOf: ArgumentOption = { name: 'mode', kind: 'oneOf', values: ['a', 1, true], suggestion: ['a'], recommended: false };

  it.each<[ArgumentOption, Parameters<typeof conditionFromControls>[1], ArgumentCondition | null | 'invalid']>([
    [prefix, { enabled: false, text: '/x/' }, null],
    [prefix, { enabled: true, text: '/srv/' }, { kind: 'prefix', prefix: '/srv/' }],
    [prefix, { enabled: true, text: '' }, 'invalid'],
    [max, { enabled: true, text: '2.5' }, { kind: 'max', max: 2.5 }],
    [max, { enabled: true, text: 'lots' }, 'invalid'],
    [max, { enabled: true, text: ' ' }, 'invalid'],
    [oneOf, { enabled: true, checked: [2, 1] }, { kind: 'oneOf', values: [1, true] }],
    [oneOf, { enabled: true, checked: [] }, 'invalid'],
  ])('conditionFromControls(%o, %o)', (option, controls, expected) => {
    const parsed = conditionFromControls(option, controls);
    expect(parsed.ok ? parsed.value : 'invalid').toEqual(expected);
  });
});

describe('tokenizeJson', () => {
  it('gives back the text exactly, with keys, strings, numbers and literals told apart', () => {
    const text = JSON.stringify({ 'a"b\\': 'x"</script>', n: -1.5e3, t: true, f: null, list: [1, 'two'] }, null, 2);
    const tokens = tokenizeJson(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    expect(tokens.filter((t) => t.kind === 'key').map((t) => JSON.parse(t.text))).toEqual(['a"b\\', 'n', 't', 'f', 'list']);
    expect(tokens.filter((t) => t.kind === 'string').map((t) => JSON.parse(t.text))).toEqual(['x"</script>', 'two']);
    expect(tokens.filter((t) => t.kind === 'number').map((t) => t.text)).toEqual(['-1500', '1']);
    expect(tokens.filter((t) => t.kind === 'literal').map((t) => t.text)).toEqual(['true', 'null']);
  });
});

describe('the client modules', () => {
  /** The modules a browser module loads at run time (type-only imports are erased), followed through their imports. */
  function runtimeGraph(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const source = readFileSync(entry, 'utf8');
    for (const match of source.matchAll(/^(?:import|export) (?!type )[^;]*? from '([^']+)'/gm)) {
      const specifier = match[1]!;
      if (!specifier.startsWith('.')) seen.add(specifier);
      else runtimeGraph(path.resolve(path.dirname(entry), specifier), seen);
    }
    return seen;
  }

  it('load no zod, no risk engine and no catalogue code in the browser: only the builder, the compilers and their helpers', () => {
    const graph = runtimeGraph(path.resolve('src/scripts/policy-builder-app.ts'));
    const allowed =
      /^(src\/policy-builder\/(rule|controls|json-tokens|code-tokens)\.ts|src\/scripts\/policy-builder-[a-z-]+\.ts|src\/risk\/policy\/(formats|format-info|limitations|describe|escape|cedar|cel|pomerium|docker)\.ts|src\/risk\/(text|normalize)\.ts|src\/site\/inline-code\.ts)$/;
    for (const module of graph) expect(path.isAbsolute(module) ? path.relative(process.cwd(), module) : module).toMatch(allowed);
  });
});

describe('on the whole bundled catalogue', () => {
  let servers: Awaited<ReturnType<typeof loadValidCatalogue>> = [];
  let tools: { slug: string; tool: Tool; classification: Classification }[] = [];

  beforeAll(async () => {
    servers = await loadValidCatalogue(REFERENCE_CATALOGUE);
    tools = servers.flatMap((s) =>
      s.tools.map(({ tool: t }) => ({ slug: t.name, tool: t, classification: classifyTool(t, { server: s.server.name }) })),
    );
  });

  it('starts from exactly the recommended snippet on every tool page and server page', () => {
    for (const entry of tools) {
      const model = toolBuilderModel(entry, SERVER);
      const rule = recommendRule(entry.tool, entry.classification);
      const built = toolPolicyFile(model.toolName, applyEdits(model.recommended, {}, model.defaults));
      expect(policyText(built)).toBe(JSON.stringify(toolPolicy(entry.tool.name, rule), null, 2));
      // Every other format too: the builder compiles with the same modules as the build.
      for (const format of POLICY_FORMATS)
        expect(compilePolicy(format, built, { server: SERVER }).text).toBe(
          compilePolicy(format, toolPolicy(entry.tool.name, rule), { server: SERVER }).text,
        );
    }
    for (const s of servers) {
      const entries = s.tools.map(({ tool: t }) => ({ slug: t.name, tool: t, classification: classifyTool(t, { server: s.server.name }) }));
      const model = serverBuilderModel(entries, { name: s.server.name, slug: s.slug });
      expect(policyText(applyServerEdits(model.tools, {}))).toBe(JSON.stringify(serverPolicy(entries), null, 2));
    }
  });

  it('produces only valid policies, whatever the user picks', () => {
    const edits: RuleEdits[] = [
      ...ACTIONS.map((action) => ({ action })),
      ...ACTIONS.map((action) => ({ action, limitEnabled: false, limit: { max: 1, window: 'day' as const, scope: 'global' as const } })),
    ];
    for (const entry of tools) {
      const model = toolBuilderModel(entry, SERVER);
      // Every offered check on with its suggestion, then every offered check off.
      const on = new Map(
        model.options.map((o) => {
          const parsed = conditionFromControls(o, {
            enabled: true,
            text: String(o.suggestion),
            checked: o.kind === 'oneOf' || o.kind === 'notOneOf' ? o.values.map((_, i) => i) : [],
          });
          if (!parsed.ok) throw new Error(`${entry.tool.name} ${o.name}: ${parsed.message}`);
          return [o.name, parsed.value] as const;
        }),
      );
      const off = new Map(model.options.map((o) => [o.name, null]));
      for (const edit of edits) {
        for (const args of [on, off]) {
          const result = parsePolicyFile(
            JSON.parse(
              policyText(toolPolicyFile(model.toolName, applyEdits(model.recommended, { ...edit, arguments: args }, model.defaults))),
            ),
          );
          if (!result.success) throw new Error(`${entry.tool.name} ${JSON.stringify(edit)}: ${JSON.stringify(result.issues)}`);
        }
      }
    }
  });

  it('offers checks on a good share of tools, each named after a real argument', () => {
    const withOptions = tools.filter((entry) => {
      const options = toolBuilderModel(entry, SERVER).options;
      for (const o of options) expect(Object.keys(entry.tool.inputSchema.properties ?? {})).toContain(o.name);
      return options.length > 0;
    });
    expect(withOptions.length).toBeGreaterThan(tools.length / 4);
  });
});
