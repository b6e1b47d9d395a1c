/**
 * The rule we recommend for a tool, from its classification: reads allowed, writes rate-limited,
 * execution rate-limited with argument checks, destruction held for approval or denied, money
 * capped and approved. The sentence that explains a rule (`explainRule`) and the FAQ are written
 * from the same rule object, so no text can disagree with the snippet.
 */
import type { Category, JsonSchemaNode, RiskLevel, Tool } from '../../catalogue/schema.ts';
import type { Classification, Signal } from '../schema.ts';
import { dispatchedOperations } from '../signals/operations.ts';
import { listJoin } from '../text.ts';
import { safeRecord, type ArgumentCondition, type ArgumentConditions, type Limit, type LimitScope, type LimitWindow, type PolicyFile, type ToolRule } from './schema.ts';

/** The folder a path argument is pinned to in a recommended rule; a placeholder to adjust. */
export const WORKSPACE_PREFIX = '/workspace/';
/** The bucket an S3 argument is pinned to in a recommended rule; a placeholder to adjust. */
export const BUCKET_PREFIX = 's3://your-bucket/';
const PLACEHOLDERS = new Set([WORKSPACE_PREFIX, BUCKET_PREFIX]);

type Plan =
  | { action: 'allow' }
  | { action: 'rate_limit'; max: number; window: LimitWindow; scope: LimitScope }
  | { action: 'require_approval'; max: number; window: LimitWindow; scope: LimitScope }
  | { action: 'deny' };

/** The rule by category and risk, before anything specific to the tool. */
const PLANS: Record<Category, Record<RiskLevel, Plan>> = {
  Read: {
    low: { action: 'allow' },
    medium: { action: 'rate_limit', max: 60, window: 'minute', scope: 'session' },
    high: { action: 'require_approval', max: 20, window: 'hour', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'hour', scope: 'agent' },
  },
  Write: {
    low: { action: 'rate_limit', max: 60, window: 'minute', scope: 'session' },
    medium: { action: 'rate_limit', max: 20, window: 'minute', scope: 'session' },
    high: { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'hour', scope: 'agent' },
  },
  Execute: {
    low: { action: 'rate_limit', max: 30, window: 'minute', scope: 'session' },
    medium: { action: 'rate_limit', max: 10, window: 'minute', scope: 'session' },
    high: { action: 'rate_limit', max: 10, window: 'minute', scope: 'session' },
    critical: { action: 'require_approval', max: 10, window: 'hour', scope: 'agent' },
  },
  Destructive: {
    low: { action: 'rate_limit', max: 10, window: 'minute', scope: 'session' },
    medium: { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' },
    high: { action: 'require_approval', max: 10, window: 'hour', scope: 'agent' },
    critical: { action: 'deny' },
  },
  Financial: {
    low: { action: 'rate_limit', max: 30, window: 'hour', scope: 'agent' },
    medium: { action: 'rate_limit', max: 30, window: 'hour', scope: 'agent' },
    high: { action: 'require_approval', max: 10, window: 'day', scope: 'agent' },
    critical: { action: 'require_approval', max: 5, window: 'day', scope: 'agent' },
  },
};

const REASONS: Record<Category, string> = {
  Read: 'it reads sensitive data',
  Write: 'it changes data or configuration',
  Execute: 'it runs code or starts processes',
  Destructive: 'it deletes data that may not come back',
  Financial: 'it touches money',
};

/** The counter a tool's recommended limit counts in. */
export function counterName(toolName: string): string {
  return `${toolName}.calls`;
}

/** The recommended rule for one tool. */
export function recommendRule(tool: Tool, classification: Classification): ToolRule {
  const { category, risk, signals } = classification;
  const accepted = signals.filter((s) => s.accepted && s.effect !== 'lowers');
  const hidden = accepted.find((s) => s.capability === 'hidden-instructions');
  if (hidden) {
    return { action: 'hide', reason: `The definition of ${tool.name} carries text aimed at the model (${hidden.text.slice(0, 60)}); hidden until reviewed.` };
  }

  let plan = PLANS[category][risk];
  const conditions: [string, ArgumentCondition][] = [];

  // A multi-action tool whose worst operation destroys: let the read-only operations through, nothing else.
  const operations = category === 'Destructive' ? dispatchedOperations(tool) : undefined;
  const safe = operations?.operations.filter((op) => op.category === 'Read').map((op) => op.value) ?? [];
  if (operations && safe.length > 0) {
    conditions.push([operations.param, { kind: 'oneOf', values: safe }]);
    plan = { action: 'rate_limit', max: 30, window: 'minute', scope: 'session' };
  }
  // The author expects a person to confirm each call: make the gateway ask.
  if ((plan.action === 'allow' || plan.action === 'rate_limit') && conditions.length === 0 && accepted.some((s) => s.capability === 'confirmation-expected' && s.source === 'description')) {
    plan = { action: 'require_approval', max: 30, window: 'hour', scope: 'agent' };
  }

  if (plan.action === 'deny') return { action: 'deny', reason: denyReason(tool.name, category, risk) };
  if (plan.action === 'allow') return { action: 'allow' };

  conditions.push(...argumentConditions(tool, accepted, conditions.map(([name]) => name)));
  const limits: Limit[] = [{ counter: counterName(tool.name), window: plan.window, max: plan.max, scope: plan.scope }];
  const args = conditions.length > 0 ? { arguments: safeRecord(conditions.slice(0, 5)) } : {};
  if (plan.action === 'rate_limit') return { action: 'rate_limit', limits, ...args };
  return { action: 'require_approval', limits, ...args, reason: `${capitalizeFirst(REASONS[category])} (${category}, ${risk} risk).` };
}

/** The reason a deny rule gives the agent. */
export function denyReason(toolName: string, category: Category, risk: RiskLevel): string {
  return `Denied by policy: ${toolName} falls in the ${category} category at ${risk} risk (${REASONS[category]}). Allow it only for a reviewed task.`;
}

/**
 * The limit to suggest for a tool whose rule has none (allowed, denied or hidden): the limit its
 * category would get at medium risk.
 */
export function suggestedLimit(toolName: string, category: Category): Limit {
  const plan = PLANS[category].medium;
  const fallback = plan.action === 'rate_limit' || plan.action === 'require_approval' ? plan : { max: 60, window: 'minute' as const, scope: 'session' as const };
  return { counter: counterName(toolName), window: fallback.window, max: fallback.max, scope: fallback.scope };
}

function capitalizeFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const RESULT_SIZE = /^(max_?results|max_?items|max_?records|limit|page_?size|count|top_?k|k|max_?rows|entry_?limit|number_?of_?results|tail_?lines|max_?findings|max_?services|max_?slos|max_?number_?of_?messages|max_?query_?results|max_?resources_?to_?analyze)$/i;
const SIZING: readonly [RegExp, number][] = [
  [/^(max_?deletions|max_?pages)$/i, 10],
  [/^(number_?of_?workers|worker_?count|instance_?count|desired_?count|replicas|node_?count|node_?group_?count|max_?runs|max_?concurrency|parallelism)$/i, 10],
  [/^(max_?capacity|max_?cpus)$/i, 32],
  [/^max_?gpus$/i, 4],
  [/^(allocated_?storage(_?gb)?|storage_?capacity)$/i, 100],
  [/^(timeout|timeout_?seconds|max_?timeout|max_?duration|duration|session_?timeout_?seconds)$/i, 900],
  [/^(amount|price|total|max_?amount)$/i, 100],
];
const KEEP_TRUE = /^verify_?ssl$/i;
const HTTPS_ORIGIN = /https:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i;

/** Checks on the arguments that decide what the tool does, most important first. */
function argumentConditions(tool: Tool, accepted: readonly Signal[], taken: readonly string[]): [string, ArgumentCondition][] {
  const properties = tool.inputSchema.properties ?? {};
  const out: [string, ArgumentCondition][] = [];
  const used = new Set(taken);
  const add = (name: string, condition: ArgumentCondition) => {
    if (used.has(name)) return;
    used.add(name);
    out.push([name, condition]);
  };
  const paramOf = (s: Signal) => (s.source === 'parameter' && Object.hasOwn(properties, s.text) ? s.text : undefined);

  for (const s of accepted) {
    const name = paramOf(s);
    if (!name) continue;
    const schema = properties[name]!;
    if (!isString(schema)) continue;
    if (s.capability === 'filesystem-read' || s.capability === 'filesystem-write') add(name, { kind: 'prefix', prefix: WORKSPACE_PREFIX });
    else if (s.capability === 'cloud-storage') add(name, { kind: 'prefix', prefix: BUCKET_PREFIX });
    else if (s.capability === 'network-fetch') {
      const origin = (schema.description ?? '').match(HTTPS_ORIGIN)?.[0] ?? (tool.description ?? '').match(HTTPS_ORIGIN)?.[0];
      if (origin) add(name, { kind: 'prefix', prefix: origin });
    }
  }
  for (const s of accepted) {
    const name = paramOf(s);
    if (!name || !isBoolean(properties[name]!)) continue;
    if (s.capability === 'safety-toggle' || s.capability === 'public-exposure' || s.capability === 'destruction') {
      add(name, { kind: 'oneOf', values: [KEEP_TRUE.test(name)] });
    }
  }
  for (const [name, schema] of Object.entries(properties)) {
    if (!isNumber(schema)) continue;
    const sized = SIZING.find(([pattern]) => pattern.test(name));
    const cap = sized?.[1] ?? (RESULT_SIZE.test(name) ? 100 : undefined);
    if (cap === undefined) continue;
    // Never below the author's default (a cap that breaks ordinary calls gets removed), never above their maximum.
    const floor = typeof schema.default === 'number' ? Math.max(cap, schema.default) : cap;
    const maximum = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
    add(name, { kind: 'max', max: Math.min(floor, maximum) });
  }
  return out;
}

function typesOf(schema: JsonSchemaNode): string[] {
  return Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : [];
}
function isString(schema: JsonSchemaNode): boolean {
  const types = typesOf(schema);
  return types.length === 0 || types.includes('string');
}
function isBoolean(schema: JsonSchemaNode): boolean {
  return typesOf(schema).includes('boolean');
}
function isNumber(schema: JsonSchemaNode): boolean {
  const types = typesOf(schema);
  return types.includes('integer') || types.includes('number');
}

/** The one-tool policy file: default deny, this tool's rule. */
export function toolPolicy(toolName: string, rule: ToolRule): PolicyFile {
  return { version: '1', default: 'deny', tools: safeRecord([[toolName, rule]]) };
}

/** Every tool's recommended rule in one file, default deny. */
export function serverPolicy(tools: readonly { tool: Tool; classification: Classification; rule?: ToolRule }[]): PolicyFile {
  return {
    version: '1',
    default: 'deny',
    tools: safeRecord(tools.map(({ tool, classification, rule }) => [tool.name, rule ?? recommendRule(tool, classification)] as const)),
  };
}

const WINDOW_WORD: Record<LimitWindow, string> = { minute: 'minute', hour: 'hour', day: 'day' };
const SCOPE_WORDS: Record<LimitScope, string> = {
  session: 'per client session',
  agent: 'per agent',
  user: 'per user',
  grant: 'per access grant',
  global: 'across all callers together',
};

/** "at most 10 calls per minute per client session" */
export function describeLimit(limit: Limit): string {
  return `at most ${limit.max} call${limit.max === 1 ? '' : 's'} per ${WINDOW_WORD[limit.window]} ${SCOPE_WORDS[limit.scope]}`;
}

/** "`app_path` must start with “/workspace/” (a placeholder: use the folder you allow)" */
export function describeCondition(name: string, condition: ArgumentCondition): string {
  switch (condition.kind) {
    case 'prefix':
      return `\`${name}\` must start with “${condition.prefix}”${PLACEHOLDERS.has(condition.prefix) ? ' (a placeholder: put the location you allow)' : ''}`;
    case 'max':
      return `\`${name}\` may be at most ${condition.max}`;
    case 'oneOf':
      return condition.values.length === 1
        ? `\`${name}\` must be ${JSON.stringify(condition.values[0])}`
        : `\`${name}\` must be one of ${listJoin(condition.values.map((v) => JSON.stringify(v)), 'or')}`;
  }
}

function conditionsSentence(args: ArgumentConditions | undefined): string {
  if (!args) return '';
  const parts = Object.entries(args).map(([name, condition]) => describeCondition(name, condition));
  return parts.length > 0 ? ` Argument checks: ${listJoin(parts)}.` : '';
}

/** One or two sentences on what the rule does, written from the rule alone. */
export function explainRule(toolName: string, rule: ToolRule): string {
  switch (rule.action) {
    case 'allow':
      return `${toolName} is allowed without a limit.${conditionsSentence(rule.arguments)}`;
    case 'rate_limit':
      return `${toolName} stays usable, but ${listJoin(rule.limits.map(describeLimit))}; a runaway agent cannot fire it in bulk.${conditionsSentence(rule.arguments)}`;
    case 'require_approval':
      return `Every call to ${toolName} waits until a person approves it${rule.limits ? `, and ${listJoin(rule.limits.map(describeLimit))} can be approved` : ''}.${conditionsSentence(rule.arguments)}`;
    case 'deny':
      return `${toolName} is blocked: the gateway refuses every call and tells the agent “${rule.reason}”`;
    case 'hide':
      return `${toolName} is hidden: the agent never sees it in the tool list, and any call to it is refused.`;
  }
}
