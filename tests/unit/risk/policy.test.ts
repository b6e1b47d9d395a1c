/** The policy schema, its generated JSON Schema, the recommended rules and their explanations. */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { policyJsonSchema } from '../../../src/risk/policy/json-schema.ts';
import {
  describeLimit,
  explainRule,
  recommendRule,
  serverPolicy,
  toolPolicy,
  WORKSPACE_PREFIX,
} from '../../../src/risk/policy/recommend.ts';
import { parsePolicyFile, PolicyFileSchema, ToolRuleSchema, type PolicyFile, type ToolRule } from '../../../src/risk/policy/schema.ts';
import { realTool, tool } from './helpers.ts';

type Schema = Record<string, unknown>;

/**
 * Just enough of JSON Schema 2020-12 to check the generated schema against the same examples as
 * the zod schema: the keywords z.toJSONSchema emits for the policy shapes.
 */
function validate(schema: Schema, value: unknown): boolean {
  const type = schema.type as string | string[] | undefined;
  if (type !== undefined && !(Array.isArray(type) ? type : [type]).some((t) => hasType(t, value))) return false;
  if ('const' in schema && schema.const !== value) return false;
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return false;
  if (Array.isArray(schema.oneOf) && schema.oneOf.filter((s) => validate(s as Schema, value)).length !== 1) return false;
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some((s) => validate(s as Schema, value))) return false;
  if (typeof value === 'string' && typeof schema.minLength === 'number' && [...value].length < schema.minLength) return false;
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) return false;
    if (typeof schema.maximum === 'number' && value > schema.maximum) return false;
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) return false;
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) return false;
    if (schema.items && !value.every((item) => validate(schema.items as Schema, item))) return false;
  }
  if (isObject(value)) {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!Object.hasOwn(value, key)) return false;
    for (const key of Object.keys(value)) {
      if (schema.propertyNames && !validate(schema.propertyNames as Schema, key)) return false;
      if (Object.hasOwn(properties, key)) {
        if (!validate(properties[key]!, value[key])) return false;
      } else if (schema.additionalProperties === false) {
        return false;
      } else if (isObject(schema.additionalProperties) && !validate(schema.additionalProperties, value[key])) {
        return false;
      }
    }
  }
  return true;
}

function hasType(type: string, value: unknown): boolean {
  switch (type) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const limit = { counter: 'x.calls', window: 'minute', max: 10, scope: 'session' } as const;
const VALID: PolicyFile[] = [
  { version: '1', default: 'deny', tools: {} },
  { version: '1', default: 'allow', tools: { list_files: { action: 'allow' } } },
  { version: '1', default: 'deny', tools: { run: { action: 'rate_limit', limits: [limit] } } },
  {
    version: '1',
    default: 'deny',
    tools: {
      build: {
        action: 'require_approval',
        limits: [{ counter: 'build.calls', window: 'hour', max: 5, scope: 'grant' }],
        arguments: {
          path: { kind: 'prefix', prefix: '/workspace/' },
          workers: { kind: 'max', max: 4 },
          mode: { kind: 'oneOf', values: ['dry-run', false, 3] },
        },
        reason: 'Builds run code.',
      },
      drop_table: { action: 'deny', reason: 'Never from an agent.' },
      secret_tool: { action: 'hide' },
    },
  },
];
const INVALID: unknown[] = [
  { version: '2', default: 'deny', tools: {} },
  { version: '1', default: 'maybe', tools: {} },
  { version: '1', default: 'deny' },
  { version: '1', default: 'deny', tools: { x: {} } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit' } } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit', limits: [] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit', limits: [{ ...limit, window: 60 }] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit', limits: [{ ...limit, max: 0 }] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit', limits: [{ ...limit, max: 2.5 }] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'rate_limit', limits: [{ ...limit, scope: 'planet' }] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'deny' } } },
  { version: '1', default: 'deny', tools: { x: { action: 'deny', reason: 'no', limits: [limit] } } },
  { version: '1', default: 'deny', tools: { x: { action: 'allow', arguments: { p: { kind: 'prefix', prefix: '' } } } } },
  { version: '1', default: 'deny', tools: { x: { action: 'allow', arguments: { p: { kind: 'oneOf', values: [] } } } } },
  { version: '1', default: 'deny', tools: { x: { action: 'allow', arguments: { p: { kind: 'regex', pattern: '.*' } } } } },
  { version: '1', default: 'deny', tools: { x: { action: 'allow', limit: [limit] } } },
  { version: '1', default: 'deny', tools: { '': { action: 'allow' } } },
  { version: '1', default: 'deny', tools: {}, extra: true },
];

describe('PolicyFileSchema and its JSON Schema', () => {
  const jsonSchema = policyJsonSchema();

  it('is generated from zod as draft 2020-12 and documents its fields', () => {
    expect(jsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(JSON.stringify(jsonSchema)).toContain('per `scope`');
    const scope = JSON.stringify(jsonSchema).match(/"enum":\["session","agent","user","grant","global"\]/);
    expect(scope).not.toBeNull();
    expect(policyJsonSchema({ id: 'https://atlas.example/policy.schema.json' }).$id).toBe('https://atlas.example/policy.schema.json');
  });

  it.each(VALID.map((policy, i) => [i, policy]))('valid example %i passes both', (_, policy) => {
    expect(PolicyFileSchema.safeParse(policy).success).toBe(true);
    expect(validate(jsonSchema, policy)).toBe(true);
  });

  it.each(INVALID.map((policy, i) => [i, policy]))('invalid example %i fails both', (_, policy) => {
    expect(PolicyFileSchema.safeParse(policy).success).toBe(false);
    expect(validate(jsonSchema, policy)).toBe(false);
  });

  it('agrees with zod on every recommended rule for real tools', () => {
    for (const [file, name] of [
      ['ecs-mcp-server.json', 'build_and_push_image_to_ecr'],
      ['aws-dataprocessing-mcp-server.json', 'manage_aws_glue_jobs'],
      ['aws-transform-mcp-server.json', 'delete_workspace'],
      ['aws-documentation-mcp-server.json', 'read_documentation'],
    ] as const) {
      const t = realTool(file, name);
      const policy = toolPolicy(name, recommendRule(t, classifyTool(t)));
      expect(validate(jsonSchema, JSON.parse(JSON.stringify(policy))), name).toBe(true);
    }
  });
});

describe('tool names that are not ordinary keys', () => {
  it('keeps a tool named "__proto__" as a real key when building, serialising and parsing', () => {
    const rule: ToolRule = { action: 'deny', reason: 'Odd name.' };
    const policy = toolPolicy('__proto__', rule);
    expect(Object.keys(policy.tools)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(policy.tools)).toBe(Object.prototype);
    const json = JSON.stringify(policy);
    expect(json).toContain('"__proto__":{"action":"deny"');
    const parsed = parsePolicyFile(JSON.parse(json));
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(Object.hasOwn(parsed.data.tools, '__proto__')).toBe(true);
      expect(parsed.data.tools['__proto__']).toEqual(rule);
    }
    expect(({} as Record<string, unknown>).action).toBeUndefined();
  });

  it('rejects a broken rule hidden under "__proto__", which zod records alone would skip', () => {
    const raw = JSON.parse(
      '{"version":"1","default":"deny","tools":{"__proto__":{"action":"rate_limit","limits":[{"counter":"c","window":60,"max":10,"scope":"session"}]}}}',
    );
    expect(PolicyFileSchema.safeParse(raw).success).toBe(true); // the gap parsePolicyFile closes
    const parsed = parsePolicyFile(raw);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.issues[0]?.path).toBe('tools.__proto__.limits[0].window');
  });

  it('keeps "__proto__", "constructor" and "toString" tools in a server policy', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const policy = serverPolicy(
      names.map((name) => {
        const t = tool({ name, description: 'Lists things.' });
        return { tool: t, classification: classifyTool(t) };
      }),
    );
    expect(Object.keys(policy.tools)).toEqual(names);
    const parsed = parsePolicyFile(JSON.parse(JSON.stringify(policy)));
    expect(parsed.success && Object.keys(parsed.data.tools)).toEqual(names);
  });

  it('keeps an argument condition keyed "__proto__"', () => {
    const raw = JSON.parse(
      '{"version":"1","default":"deny","tools":{"t":{"action":"allow","arguments":{"__proto__":{"kind":"max","max":3}}}}}',
    );
    const parsed = parsePolicyFile(raw);
    expect(parsed.success && parsed.data.tools.t).toEqual({
      action: 'allow',
      arguments: JSON.parse('{"__proto__":{"kind":"max","max":3}}'),
    });
  });
});

describe('recommended rules', () => {
  const rule = (file: string, name: string) => {
    const t = realTool(file, name);
    return recommendRule(t, classifyTool(t));
  };

  it('allows low-risk reads', () => {
    expect(rule('redshift-mcp-server.json', 'list_clusters')).toEqual({ action: 'allow' });
  });

  it('rate-limits writes', () => {
    // Per agent, not per session: a new session must not reset the budget (unbounded consumption).
    expect(rule('memcached-mcp-server.json', 'cache_set')).toMatchObject({
      action: 'rate_limit',
      limits: [{ window: 'minute', scope: 'agent' }],
    });
  });

  it('holds a build and deploy for approval and validates the arguments that choose what runs', () => {
    expect(rule('ecs-mcp-server.json', 'build_and_push_image_to_ecr')).toEqual({
      action: 'require_approval',
      limits: [{ counter: 'build_and_push_image_to_ecr.calls', window: 'hour', max: 20, scope: 'agent' }],
      arguments: { app_path: { kind: 'prefix', prefix: WORKSPACE_PREFIX, placeholder: true } },
      reason: 'It builds or deploys and changes permissions (Execute, high risk).',
    });
  });

  it('rate-limits execution that reaches no whole store, API or host, and holds the rest for approval', () => {
    expect(rule('amazon-bedrock-agentcore-mcp-server.json', 'start_browser_session')).toMatchObject({ action: 'rate_limit' });
    expect(rule('amazon-bedrock-agentcore-mcp-server.json', 'browser_upload_file')).toMatchObject({ action: 'require_approval' });
  });

  it('holds destructive tools for approval and denies the critical ones', () => {
    expect(rule('iam-mcp-server.json', 'delete_user')).toMatchObject({
      action: 'require_approval',
      arguments: { force: { kind: 'oneOf', values: [false] } },
    });
    expect(rule('aws-transform-mcp-server.json', 'delete_workspace')).toMatchObject({ action: 'deny' });
  });

  it('narrows a multi-action tool to its read-only operations', () => {
    expect(rule('aws-dataprocessing-mcp-server.json', 'manage_aws_glue_jobs')).toMatchObject({
      action: 'rate_limit',
      arguments: { operation: { kind: 'oneOf', values: ['get-job', 'get-jobs', 'get-job-run', 'get-job-runs', 'get-job-bookmark'] } },
    });
  });

  it('asks a person when the author says each call needs confirmation', () => {
    expect(rule('aws-transform-mcp-server.json', 'complete_task').action).toBe('require_approval');
  });

  it('pins a fetch tool to the origin its description names, and never caps below the default', () => {
    expect(rule('aws-documentation-mcp-server.json', 'read_documentation')).toMatchObject({
      arguments: { url: { kind: 'prefix', prefix: 'https://docs.aws.amazon.com/' } },
    });
  });

  it('rate-limits reads of billing data, which are sensitive but move no money', () => {
    expect(rule('billing-cost-management-mcp-server.json', 'cost-explorer')).toMatchObject({ action: 'rate_limit' });
  });

  it('caps per day every tool whose calls cost money, whatever its category', () => {
    // A write whose description says it provisions infrastructure and incurs charges.
    const gateway = rule('amazon-bedrock-agentcore-mcp-server.json', 'gateway_create');
    expect('limits' in gateway && gateway.limits?.some((l) => l.window === 'day')).toBe(true);
    // A read that starts a paid computation gets a daily cap instead of a free pass.
    const generation = rule('amazon-bedrock-agentcore-mcp-server.json', 'policy_generation_start');
    expect(generation.action).toBe('rate_limit');
    expect('limits' in generation && generation.limits?.some((l) => l.window === 'day')).toBe(true);
  });

  it('holds tools that provision paid capacity for approval, capped per day', () => {
    for (const name of ['create-cache-cluster', 'create-serverless-cache', 'create-replication-group']) {
      expect(rule('elasticache-mcp-server.json', name)).toMatchObject({ action: 'require_approval', limits: [{ window: 'day' }] });
    }
  });

  it('every rule the builder can produce validates', () => {
    for (const r of [
      { action: 'allow' },
      { action: 'rate_limit', limits: [limit] },
      { action: 'require_approval' },
      { action: 'deny', reason: 'r' },
      { action: 'hide' },
    ]) {
      expect(ToolRuleSchema.safeParse(r).success, JSON.stringify(r)).toBe(true);
    }
  });
});

describe('explainRule', () => {
  it('says what each action does, with the same numbers as the rule', () => {
    expect(explainRule('t', { action: 'allow' })).toBe('t is allowed without a limit.');
    expect(explainRule('t', { action: 'rate_limit', limits: [limit] })).toBe(
      't stays usable, but at most 10 calls per minute per client session; a runaway agent cannot fire it in bulk.',
    );
    expect(
      explainRule('t', {
        action: 'require_approval',
        limits: [{ counter: 'c', window: 'day', max: 1, scope: 'grant' }],
        arguments: { n: { kind: 'max', max: 5 } },
      }),
    ).toBe(
      'Every call to t waits until a person approves it, and at most 1 call per day per access grant can be approved. Argument checks: `n` may be at most 5.',
    );
    expect(explainRule('t', { action: 'deny', reason: 'No.' })).toBe(
      't is blocked: the gateway refuses every call and tells the agent “No.”',
    );
    expect(explainRule('t', { action: 'hide' })).toMatch(/never sees it in the tool list/);
    expect(describeLimit({ counter: 'c', window: 'hour', max: 30, scope: 'agent' })).toBe('at most 30 calls per hour per agent');
  });

  it('marks placeholder folders so nobody pastes them unchanged', () => {
    expect(
      explainRule('t', {
        action: 'rate_limit',
        limits: [limit],
        arguments: { app_path: { kind: 'prefix', prefix: WORKSPACE_PREFIX, placeholder: true } },
      }),
    ).toContain('`app_path` must start with “/workspace/” (a placeholder: put your own in its place)');
    // A real origin is no placeholder.
    expect(
      explainRule('t', { action: 'allow', arguments: { url: { kind: 'prefix', prefix: 'https://docs.aws.amazon.com/' } } }),
    ).not.toContain('placeholder');
  });
});
