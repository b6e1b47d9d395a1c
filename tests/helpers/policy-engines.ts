/**
 * The real engines behind each compiled format, and sample calls to decide with them:
 * - Cedar: @cedar-policy/cedar-wasm, with the request built as ToolHive builds it (the tool's
 *   annotations and arguments as `arg_<name>` on the resource and in the context);
 * - CEL: @bufbuild/cel compiles and evaluates every agentgateway rule, combined as agentgateway's
 *   RuleSets::validate does (any deny refuses, every require must hold, then any allow admits; with
 *   allow rules and none matching, refused);
 * - Pomerium and Docker: the YAML parsed by `yaml`, checked against the documented structure (zod
 *   shapes below), and decided by the documented meaning of `mcp_tool` and of an enabled-tools list.
 */
import * as cedar from '@cedar-policy/cedar-wasm/nodejs';
import { parse as parseCel, run } from '@bufbuild/cel';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Tool } from '../../src/catalogue/schema.ts';
import { decimalText, toolhiveDecimal } from '../../src/risk/policy/cedar.ts';
import type { ToolCall } from '../../src/risk/policy/evaluate.ts';
import type { ArgumentCondition, ToolRule } from '../../src/risk/policy/schema.ts';

export type Verdict = 'allow' | 'deny';

// ---- Cedar ----------------------------------------------------------------------------------

type CedarValue = string | boolean | { __extn: { fn: 'decimal'; arg: string } };

/**
 * A call's arguments as ToolHive hands them to Cedar (stacklok/toolhive, pkg/authz/authorizers/cedar):
 * preprocessArguments keeps strings, booleans and numbers as `arg_<name>` and marks anything else
 * (an object, an array, null) as `arg_<name>_present: true`; the JSON was decoded into float64, so
 * convertFloatToCedar makes every number a decimal, and drops the attribute when the number does
 * not fit one (beyond about ±9.22e14).
 */
export function cedarArguments(args: Record<string, unknown> = {}): Record<string, CedarValue> {
  const out: Record<string, CedarValue> = {};
  const define = (key: string, v: CedarValue) =>
    Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue; // JSON has no undefined: the argument is not in the call
    if (typeof value === 'string' || typeof value === 'boolean') define(`arg_${name}`, value);
    else if (typeof value === 'number') {
      const tenThousandths = toolhiveDecimal(value);
      if (tenThousandths !== undefined) define(`arg_${name}`, { __extn: { fn: 'decimal', arg: decimalText(tenThousandths) } });
    } else define(`arg_${name}_present`, true);
  }
  return out;
}

export function cedarDecision(options: {
  policies: string;
  schema?: Record<string, unknown>;
  tool: Tool;
  call: ToolCall;
  groups?: string[];
}): Verdict {
  const { tool, call } = options;
  const args = cedarArguments(call.arguments);
  const annotations = Object.fromEntries(
    (['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const).flatMap((hint) =>
      typeof tool.annotations?.[hint] === 'boolean' ? [[hint, tool.annotations[hint]]] : [],
    ),
  );
  const resource = { type: 'Tool', id: call.tool };
  const answer = cedar.isAuthorized({
    principal: { type: 'Client', id: 'agent-1' },
    action: { type: 'Action', id: 'call_tool' },
    resource,
    context: args,
    policies: { staticPolicies: options.policies },
    ...(options.schema ? { schema: options.schema as never, validateRequest: true } : {}),
    entities: [
      { uid: { type: 'Client', id: 'agent-1' }, attrs: {}, parents: (options.groups ?? []).map((id) => ({ type: 'THVGroup', id })) },
      ...(options.groups ?? []).map((id) => ({ uid: { type: 'THVGroup', id }, attrs: {}, parents: [] })),
      { uid: resource, attrs: { ...annotations, ...args, name: call.tool, operation: 'call', feature: 'tool' }, parents: [] },
    ],
  });
  if (answer.type !== 'success') throw new Error(`cedar isAuthorized failed: ${JSON.stringify(answer.errors)}`);
  return answer.response.decision;
}

/** The context attributes a policy set reads (`context has x`, `context.x`), from cedar-wasm's JSON form of each policy. */
export function contextAttributes(policies: string): Set<string> {
  const parts = cedar.policySetTextToParts(policies);
  if (parts.type !== 'success') throw new Error(JSON.stringify(parts.errors));
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const access = value as { left?: { Var?: string }; attr?: string };
      if ((key === 'has' || key === '.') && access?.left?.Var === 'context' && typeof access.attr === 'string') found.add(access.attr);
      walk(value);
    }
  };
  for (const policy of parts.policies) {
    const json = cedar.policyToJson(policy);
    if (json.type !== 'success') throw new Error(JSON.stringify(json.errors));
    walk(json.json);
  }
  return found;
}

/**
 * Problems parsing a policy set, or validating it (strict) against a schema; [] when none. Strict
 * validation lets `context has x && context.x …` through when the schema does not declare `x` (the
 * test is then simply false), so every attribute the policies read must also be declared.
 */
export function cedarProblems(policies: string, schema: Record<string, unknown>): string[] {
  const parsed = cedar.checkParsePolicySet({ staticPolicies: policies });
  if (parsed.type !== 'success') return parsed.errors.map((e) => e.message);
  const validated = cedar.validate({
    schema: schema as never,
    policies: { staticPolicies: policies },
    validationSettings: { mode: 'strict' },
  });
  if (validated.type !== 'success') return validated.errors.map((e) => e.message);
  const declared = new Set(
    Object.keys(
      (schema as { '': { actions: { call_tool: { appliesTo: { context: { attributes: object } } } } } })[''].actions.call_tool.appliesTo
        .context.attributes,
    ),
  );
  const undeclared = [...contextAttributes(policies)]
    .filter((attribute) => !declared.has(attribute))
    .map((attribute) => `context attribute ${JSON.stringify(attribute)} is read but not declared in the schema`);
  return [...validated.validationErrors.map((e) => e.error.message), ...undeclared];
}

// ---- agentgateway CEL -----------------------------------------------------------------------

/** agentgateway's config shape for mcpAuthorization (schema/config.json, McpAuthorization and RuleSerde). */
export const AgentgatewayFileSchema = z.strictObject({
  mcpAuthorization: z.strictObject({
    rules: z.array(
      z.union([
        z.string(),
        z.strictObject({ allow: z.string() }),
        z.strictObject({ deny: z.string() }),
        z.strictObject({ require: z.string() }),
      ]),
    ),
  }),
});
export type AgentgatewayFile = z.infer<typeof AgentgatewayFileSchema>;

export function parseAgentgateway(text: string): AgentgatewayFile {
  return AgentgatewayFileSchema.parse(parseYaml(text));
}

const parsedRules = new Set<string>();

/** A rule parsed as agentgateway parses each expression when it loads the config; throws on a syntax error. */
export function compileCelRule(expression: string): void {
  if (parsedRules.has(expression)) return;
  parseCel(expression);
  parsedRules.add(expression);
}

/** A CEL rule's value on a tool call; an evaluation error counts as "did not match", as eval_bool does. */
function celMatches(expression: string, tool: string, claims: Record<string, string>): boolean {
  compileCelRule(expression);
  const activation = {
    mcp: new Map([
      [
        'tool',
        new Map([
          ['name', tool],
          ['target', 'server'],
        ]),
      ],
    ]),
    jwt: new Map(Object.entries(claims)),
  };
  return run(expression, activation) === true;
}

export function celDecision(file: AgentgatewayFile, call: ToolCall, claims: Record<string, string> = { sub: 'agent-1' }): Verdict {
  const rules = file.mcpAuthorization.rules;
  const allow = rules.flatMap((r) => (typeof r === 'string' ? [r] : 'allow' in r ? [r.allow] : []));
  const deny = rules.flatMap((r) => (typeof r === 'object' && 'deny' in r ? [r.deny] : []));
  const require = rules.flatMap((r) => (typeof r === 'object' && 'require' in r ? [r.require] : []));
  if (rules.length === 0) return 'allow';
  if (deny.some((e) => celMatches(e, call.tool, claims))) return 'deny';
  if (!require.every((e) => celMatches(e, call.tool, claims))) return 'deny';
  if (allow.some((e) => celMatches(e, call.tool, claims))) return 'allow';
  return allow.length > 0 ? 'deny' : 'allow';
}

// ---- Pomerium -------------------------------------------------------------------------------

const StringMatcher = z.union([
  z.strictObject({ is: z.string() }),
  z.strictObject({ starts_with: z.string() }),
  z.strictObject({ ends_with: z.string() }),
  z.strictObject({ contains: z.string() }),
  z.strictObject({ in: z.array(z.string()) }),
  z.strictObject({ not_in: z.array(z.string()) }),
]);
const Criterion = z.union([z.strictObject({ authenticated_user: z.literal(true) }), z.strictObject({ mcp_tool: StringMatcher })]);
const Operator = z.union([z.strictObject({ and: z.array(Criterion) }), z.strictObject({ or: z.array(Criterion) })]);
/** A route's `policy` in PPL: allow and deny rules, each an operator over criteria. */
export const PomeriumFileSchema = z.strictObject({ policy: z.strictObject({ allow: Operator, deny: Operator.optional() }) });
export type PomeriumFile = z.infer<typeof PomeriumFileSchema>;

export function parsePomerium(text: string): PomeriumFile {
  return PomeriumFileSchema.parse(parseYaml(text));
}

function criterionMatches(criterion: z.infer<typeof Criterion>, tool: string, read: boolean): boolean {
  if ('authenticated_user' in criterion) return true; // the sample caller is signed in
  if (!read) return false; // mcp_tool on a call Pomerium could not read
  const m = criterion.mcp_tool;
  if ('is' in m) return tool === m.is;
  if ('starts_with' in m) return tool.startsWith(m.starts_with);
  if ('ends_with' in m) return tool.endsWith(m.ends_with);
  if ('contains' in m) return tool.includes(m.contains);
  if ('in' in m) return m.in.includes(tool);
  return !m.not_in.includes(tool);
}

/**
 * A tools/call: allowed when allow matches and deny does not. Pomerium reads the call from the
 * first `maxRequestBytes` of its JSON-RPC body (mcp.server.max_request_bytes, 4096 by default);
 * a longer body does not parse, the request carries no MCP method, and `mcp_tool` is false
 * (authorize/evaluator/mcp.go, authorize/grpc.go, pkg/policy/criteria/mcp_tool.go).
 */
export function pomeriumDecision(file: PomeriumFile, call: ToolCall, maxRequestBytes = 4096): Verdict {
  const { allow, deny } = file.policy;
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: call.tool, arguments: call.arguments ?? {} },
  });
  const read = Buffer.byteLength(body, 'utf8') <= maxRequestBytes;
  const matches = (operator: z.infer<typeof Operator>) =>
    'and' in operator
      ? operator.and.every((c) => criterionMatches(c, call.tool, read))
      : operator.or.some((c) => criterionMatches(c, call.tool, read));
  return matches(allow) && !(deny && matches(deny)) ? 'allow' : 'deny';
}

// ---- Docker MCP Gateway ----------------------------------------------------------------------

/** tools.yaml: server name -> enabled tool names (pkg/config/tools.go). */
export const DockerFileSchema = z.record(z.string(), z.array(z.string()));

export function parseDocker(text: string): Record<string, string[]> {
  return DockerFileSchema.parse(parseYaml(text));
}

export function dockerDecision(file: Record<string, string[]>, server: string, call: ToolCall): Verdict {
  const enabled = Object.hasOwn(file, server) ? file[server]! : undefined;
  return enabled === undefined || enabled.includes(call.tool) ? 'allow' : 'deny';
}

/** A profile's tool lists: server -> enabled tools, undefined when every tool is on (no list). */
export type ProfileTools = Map<string, string[] | undefined>;

/**
 * `docker mcp profile tools <profile> …` on a profile, as pkg/workingset/tools.go UpdateTools
 * applies it: every --enable-all, then every --disable-all, then each --enable (appended if new),
 * then each --disable (a server with every tool on first gets the tools of its snapshot); a
 * tool argument is split at its first ".". `argv` is the command's words after the profile.
 */
export function dockerProfileTools(
  profile: ProfileTools,
  argv: readonly string[],
  snapshot: ReadonlyMap<string, readonly string[]>,
): ProfileTools {
  const out: ProfileTools = new Map([...profile].map(([server, tools]) => [server, tools && [...tools]]));
  const flags = {
    '--enable': [] as string[],
    '--disable': [] as string[],
    '--enable-all': [] as string[],
    '--disable-all': [] as string[],
  };
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] as keyof typeof flags;
    if (!Object.hasOwn(flags, flag) || argv[i + 1] === undefined)
      throw new Error(`docker mcp profile tools: unexpected ${JSON.stringify(argv[i])}`);
    flags[flag].push(argv[i + 1]!);
  }
  const server = (name: string) => {
    if (!out.has(name)) throw new Error(`server ${name} not found in profile`);
    return name;
  };
  const split = (arg: string): [string, string] => {
    const dot = arg.indexOf('.');
    if (dot === -1) throw new Error(`invalid tool argument: ${arg}`);
    return [server(arg.slice(0, dot)), arg.slice(dot + 1)];
  };
  for (const name of flags['--enable-all']) out.set(server(name), undefined);
  for (const name of flags['--disable-all']) out.set(server(name), []);
  for (const arg of flags['--enable']) {
    const [name, tool] = split(arg);
    const tools = out.get(name) ?? [];
    if (!tools.includes(tool)) tools.push(tool);
    out.set(name, tools);
  }
  for (const arg of flags['--disable']) {
    const [name, tool] = split(arg);
    const tools = out.get(name) ?? [...(snapshot.get(name) ?? [])];
    out.set(
      name,
      tools.filter((t) => t !== tool),
    );
  }
  return out;
}

// ---- Sample calls ---------------------------------------------------------------------------

export interface SampleCall {
  call: ToolCall;
  /** What it tests: "passes every check", "breaks app_path", "limit reached". */
  label: string;
  /** The argument whose check it breaks, if any. */
  breaks?: string;
  /** Calls already counted (for "limit reached"). */
  usage?: Map<string, number>;
}

/** A value that passes `condition`, or undefined when no scalar would. */
export function passingValue(condition: ArgumentCondition): string | number | boolean | undefined {
  switch (condition.kind) {
    case 'prefix':
      return `${condition.prefix}sample`;
    case 'max':
      return Math.floor(condition.max);
    case 'oneOf':
      return condition.values[0];
    case 'notOneOf':
      return typeof condition.values[0] === 'string'
        ? `not-${condition.values.join('-')}`
        : typeof condition.values[0] === 'number'
          ? Math.max(...(condition.values as number[])) + 1
          : undefined;
    case 'pattern':
      return undefined;
  }
}

/** A value of the argument's own type that breaks `condition`, or undefined when there is none. */
export function breakingValue(condition: ArgumentCondition): string | number | boolean | undefined {
  switch (condition.kind) {
    case 'prefix':
      // The prefix without its last character never starts with the prefix.
      return condition.prefix.slice(0, -1);
    case 'max':
      return Math.floor(condition.max) + 1;
    case 'oneOf': {
      const first = condition.values[0];
      if (typeof first === 'boolean') return [true, false].find((b) => !condition.values.includes(b));
      if (typeof first === 'number') return Math.max(...condition.values.filter((v): v is number => typeof v === 'number')) + 1;
      return `not-${condition.values.join('-')}`;
    }
    case 'notOneOf':
      return condition.values[0];
    case 'pattern':
      return undefined;
  }
}

/** The calls to decide for one tool's rule: one that passes every check, one per check it breaks, one past its limit. */
export function sampleCalls(tool: string, rule: ToolRule): SampleCall[] {
  const args = 'arguments' in rule && rule.arguments ? rule.arguments : {};
  const passing: Record<string, unknown> = {};
  for (const name of Object.keys(args)) {
    const value = passingValue(args[name]!);
    if (value !== undefined) Object.defineProperty(passing, name, { value, enumerable: true, writable: true, configurable: true });
  }
  const samples: SampleCall[] = [{ call: { tool, arguments: passing }, label: 'passes every check' }];
  for (const name of Object.keys(args)) {
    const value = breakingValue(args[name]!);
    if (value === undefined || !Number.isSafeInteger(typeof value === 'number' ? value : 0)) continue;
    const broken = { ...passing };
    Object.defineProperty(broken, name, { value, enumerable: true, writable: true, configurable: true });
    samples.push({ call: { tool, arguments: broken }, label: `breaks ${name}`, breaks: name });
  }
  const limits = 'limits' in rule && rule.limits ? rule.limits : [];
  if (limits.length > 0)
    samples.push({ call: { tool, arguments: passing }, label: 'limit reached', usage: new Map(limits.map((l) => [l.counter, l.max])) });
  return samples;
}
