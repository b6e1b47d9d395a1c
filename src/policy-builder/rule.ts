/**
 * The policy builder's work, as pure functions: a recommended rule plus the user's edits gives the
 * rule to show. The browser script imports this file, so it imports nothing but types: no zod (its
 * schemas would triple the script), no recommend.ts. Instead every function here only ever
 * builds rules the schema accepts (tests/unit/policy-builder.test.ts checks that with
 * PolicyFileSchema), and edits that would break the schema (a limit of 0, an empty prefix) are
 * ignored, so the rule keeps the recommended value for that field.
 *
 * Tool and argument names are third-party text and may be "__proto__": records are built with
 * Object.fromEntries (own properties, never the prototype), edits are keyed in Maps.
 */
import type {
  ArgumentCondition,
  ArgumentConditions,
  Limit,
  LimitScope,
  LimitWindow,
  PolicyFile,
  RuleAction,
  ToolRule,
} from '../risk/policy/schema.ts';

export const ACTIONS: readonly RuleAction[] = ['allow', 'rate_limit', 'require_approval', 'deny', 'hide'];
export const WINDOWS: readonly LimitWindow[] = ['minute', 'hour', 'day'];
export const SCOPES: readonly LimitScope[] = ['session', 'agent', 'user', 'grant', 'global'];

/** What a tool's rule falls back on when the recommendation has no limit or no deny reason. */
export interface RuleDefaults {
  /** The limit offered when the recommended rule has none (it is allowed, denied or hidden). */
  limit: Limit;
  /** The reason a deny rule gives when the recommendation is not a deny. */
  denyReason: string;
}

/** The user's changes to one rule; a field left out keeps the recommendation. */
export interface RuleEdits {
  action?: RuleAction;
  /** Changes to the rule's (first) limit. */
  limit?: { max?: number; window?: LimitWindow; scope?: LimitScope };
  /** Only for `require_approval`, where limits are optional: false drops them. */
  limitEnabled?: boolean;
  /** Argument conditions by argument name: a condition replaces or adds one, null removes it. */
  arguments?: ReadonlyMap<string, ArgumentCondition | null>;
}

/** The whole-server edits: the default and each tool's edits by the tool's position in the server. */
export interface ServerEdits {
  default?: 'allow' | 'deny';
  rules?: ReadonlyMap<number, RuleEdits>;
}

/** One tool of a server policy builder. */
export interface BuilderTool {
  name: string;
  recommended: ToolRule;
  defaults: RuleDefaults;
}

export function isAction(value: unknown): value is RuleAction {
  return typeof value === 'string' && (ACTIONS as readonly string[]).includes(value);
}
export function isWindow(value: unknown): value is LimitWindow {
  return typeof value === 'string' && (WINDOWS as readonly string[]).includes(value);
}
export function isScope(value: unknown): value is LimitScope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}
/** A limit's `max`: a whole number of calls, at least 1. */
export function isLimitMax(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

/** The most characters a pattern check may match (schema.ts says the same; this file stays free of zod). */
export const MAX_PATTERN_INPUT = 4096;

/**
 * What is wrong with a pattern's shape (length, anchors), in words for the control; undefined when
 * it is fine. The builder never lets a reader type a pattern: it offers only patterns the build
 * compiled with RE2 (src/risk/policy/pattern.ts), so the browser needs no regular expression engine.
 */
export function patternShapeProblem(pattern: string): string | undefined {
  const anchored = pattern.length >= 2 && pattern.startsWith('^') && /(?:^|[^\\])(?:\\\\)*\$$/.test(pattern);
  return pattern.length <= 256 && anchored ? undefined : 'Expected a regular expression from ^ to $, at most 256 characters.';
}

/** Whether a condition is one the policy schema accepts. */
export function isValidCondition(condition: ArgumentCondition): boolean {
  switch (condition.kind) {
    case 'prefix':
      return typeof condition.prefix === 'string' && condition.prefix.length > 0;
    case 'max':
      return typeof condition.max === 'number' && Number.isFinite(condition.max);
    case 'oneOf':
    case 'notOneOf':
      return (
        Array.isArray(condition.values) &&
        condition.values.length > 0 &&
        condition.values.every((v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))
      );
    case 'pattern':
      return (
        typeof condition.pattern === 'string' &&
        patternShapeProblem(condition.pattern) === undefined &&
        isLimitMax(condition.maxLength) &&
        condition.maxLength <= MAX_PATTERN_INPUT
      );
    default:
      return false;
  }
}

function editedLimit(base: Limit, edit: RuleEdits['limit']): Limit {
  return {
    counter: base.counter,
    window: isWindow(edit?.window) ? edit.window : base.window,
    max: isLimitMax(edit?.max) ? edit.max : base.max,
    scope: isScope(edit?.scope) ? edit.scope : base.scope,
  };
}

function editedArguments(base: ArgumentConditions | undefined, edits: RuleEdits['arguments']): ArgumentConditions | undefined {
  const entries: [string, ArgumentCondition][] = [];
  const baseNames = base ? Object.keys(base) : [];
  for (const name of baseNames) {
    const edit = edits?.get(name);
    if (edit === null) continue;
    entries.push([name, edit !== undefined && isValidCondition(edit) ? edit : base![name]!]);
  }
  for (const [name, edit] of edits ?? []) {
    if (edit !== null && !baseNames.includes(name) && isValidCondition(edit)) entries.push([name, edit]);
  }
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The rule the user built: the recommended rule with the edits applied. Keys come in the order
 * recommend.ts writes them (action, limits, arguments, reason), so with no edits the JSON text is
 * exactly the recommended snippet's. A reason stays while the action stays the recommended one; a
 * deny the user chose gives `defaults.denyReason`.
 */
export function applyEdits(recommended: ToolRule, edits: RuleEdits, defaults: RuleDefaults): ToolRule {
  const action = isAction(edits.action) ? edits.action : recommended.action;
  const same = action === recommended.action;
  const reason = same && recommended.reason !== undefined ? recommended.reason : undefined;
  const baseLimits = 'limits' in recommended && recommended.limits ? recommended.limits : [defaults.limit];
  const limits = [editedLimit(baseLimits[0]!, edits.limit), ...baseLimits.slice(1)];
  const args = editedArguments('arguments' in recommended ? recommended.arguments : undefined, edits.arguments);
  const withArgs = args ? { arguments: args } : {};
  const withReason = reason !== undefined ? { reason } : {};
  switch (action) {
    case 'allow':
      return { action, ...withArgs, ...withReason };
    case 'rate_limit':
      return { action, limits, ...withArgs, ...withReason };
    case 'require_approval': {
      const keepLimits = edits.limitEnabled ?? (!same || 'limits' in recommended);
      return { action, ...(keepLimits ? { limits } : {}), ...withArgs, ...withReason };
    }
    case 'deny':
      return { action, reason: reason ?? defaults.denyReason };
    case 'hide':
      return { action, ...withReason };
  }
}

/** The one-tool policy file, as on the tool page: default deny, this tool's rule. */
export function toolPolicyFile(toolName: string, rule: ToolRule): PolicyFile {
  return { version: '1', default: 'deny', tools: Object.fromEntries([[toolName, rule]]) };
}

/** The whole server's policy file with each tool's edits applied; default deny unless edited. */
export function applyServerEdits(tools: readonly BuilderTool[], edits: ServerEdits): PolicyFile {
  return {
    version: '1',
    default: edits.default === 'allow' ? 'allow' : 'deny',
    tools: Object.fromEntries(
      tools.map((tool, index) => [tool.name, applyEdits(tool.recommended, edits.rules?.get(index) ?? {}, tool.defaults)] as const),
    ),
  };
}

/** The text the page shows, copies and downloads. */
export function policyText(policy: PolicyFile): string {
  return JSON.stringify(policy, null, 2);
}
