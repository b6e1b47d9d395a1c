/**
 * Our own reading of policy.json: what a gateway that implements the format decides for one call.
 * It is the reference the compiled formats are tested against (tests/unit/policy/engines.test.ts
 * runs the same calls through cedar-wasm, a CEL evaluator and the Pomerium and Docker rules), and
 * it is what the JSON Schema's descriptions promise:
 * - a tool the file does not list gets `default`;
 * - `deny` and `hide` refuse (and `hide` also leaves the tool out of the list);
 * - `require_approval` holds the call for a person, `allow` and `rate_limit` let it through while
 *   the limits have room;
 * - an argument check applies when the call includes that argument; a value of the wrong type
 *   breaks the check (a number where a prefix is expected is refused, never waved through).
 */
import { matchesPattern } from './pattern.ts';
import type { ArgumentCondition, PolicyFile, ToolRule } from './schema.ts';

export interface ToolCall {
  tool: string;
  arguments?: Record<string, unknown>;
}

export type Decision =
  /** The call goes to the server. */
  | { decision: 'allow' }
  /** The call waits for a person's approval. */
  | { decision: 'approval' }
  /** The call is refused; `why` says which rule or check refused it. */
  | { decision: 'deny'; why: string };

/** Calls already counted against each limit's counter in its current window. */
export type Usage = ReadonlyMap<string, number>;

/** The rule `policy` applies to `tool`, or undefined when the default applies. */
export function ruleFor(policy: PolicyFile, tool: string): ToolRule | undefined {
  return Object.hasOwn(policy.tools, tool) ? policy.tools[tool] : undefined;
}

/** Whether the tool appears in the tool list the agent sees. */
export function isListed(policy: PolicyFile, tool: string): boolean {
  const rule = ruleFor(policy, tool);
  return rule ? rule.action !== 'hide' : policy.default === 'allow';
}

/** Why `value` breaks `condition`, or undefined when it passes. */
export function breaks(condition: ArgumentCondition, value: unknown): string | undefined {
  switch (condition.kind) {
    case 'prefix':
      return typeof value === 'string' && value.startsWith(condition.prefix)
        ? undefined
        : `must start with ${JSON.stringify(condition.prefix)}`;
    case 'max':
      return typeof value === 'number' && value <= condition.max ? undefined : `must be a number no larger than ${condition.max}`;
    case 'oneOf':
      return condition.values.some((allowed) => allowed === value) ? undefined : `must be one of ${JSON.stringify(condition.values)}`;
    case 'notOneOf':
      return condition.values.some((refused) => refused === value) ? `must not be ${JSON.stringify(value)}` : undefined;
    case 'pattern':
      return typeof value === 'string' && matchesPattern(condition.pattern, condition.maxLength, value)
        ? undefined
        : `must match ${JSON.stringify(condition.pattern)}`;
  }
}

/** What the gateway does with `call` under `policy`. */
export function evaluate(policy: PolicyFile, call: ToolCall, usage: Usage = new Map()): Decision {
  const rule = ruleFor(policy, call.tool);
  if (!rule) return policy.default === 'allow' ? { decision: 'allow' } : { decision: 'deny', why: 'not listed, and the default is deny' };
  if (rule.action === 'deny' || rule.action === 'hide') return { decision: 'deny', why: rule.action };
  const args = 'arguments' in rule && rule.arguments ? rule.arguments : {};
  const given = call.arguments ?? {};
  for (const name of Object.keys(args)) {
    if (!Object.hasOwn(given, name)) continue;
    const problem = breaks(args[name]!, given[name]);
    if (problem) return { decision: 'deny', why: `${name} ${problem}` };
  }
  for (const limit of 'limits' in rule && rule.limits ? rule.limits : []) {
    if ((usage.get(limit.counter) ?? 0) >= limit.max) return { decision: 'deny', why: `limit ${limit.counter} reached` };
  }
  return rule.action === 'require_approval' ? { decision: 'approval' } : { decision: 'allow' };
}
