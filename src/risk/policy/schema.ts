/**
 * The gateway policy file: the shape of the reference `policy.json` (`version`, `default`, `tools`
 * keyed by tool name, rate limits as `limits: [{counter, window, max, scope}]`), extended with what
 * a gateway must also be able to say: deny, hide, require a person's approval, and conditions on
 * arguments. Every rule names its `action`, one per choice of the policy builder, so a rule is a
 * discriminated union and a mistake gets a precise error.
 *
 * `tools` is keyed by third-party tool names, which can be anything, "__proto__" included. zod
 * skips a "__proto__" key in records (so it cannot replace the output's prototype), which would
 * silently drop that tool's rule; `parsePolicyFile` validates such keys itself.
 */
import { z } from 'zod';
import { formatPath } from '../../catalogue/problems.ts';
import { patternProblem } from './pattern.ts';
import { isRecord } from '../../catalogue/json-types.ts';

export const LimitWindowSchema = z.enum(['minute', 'hour', 'day']).describe('The period a limit counts over: a minute, an hour or a day.');
export type LimitWindow = z.infer<typeof LimitWindowSchema>;

export const LimitScopeSchema = z
  .enum(['session', 'agent', 'user', 'grant', 'global'])
  .describe(
    'Whose calls a limit counts together: "session" (one MCP client session), "agent" (one agent identity, across its sessions), ' +
      '"user" (the person the agent acts for), "grant" (one access grant or credential issued by the gateway), ' +
      '"global" (every caller at once). ' +
      'Recommended rules count per "agent": an agent that opens a new session must not get a new budget.',
  );
export type LimitScope = z.infer<typeof LimitScopeSchema>;

export const LimitSchema = z
  .strictObject({
    counter: z.string().min(1).describe("The counter's name; limits that share a name share one budget, even across tools."),
    window: LimitWindowSchema,
    max: z.int().positive().describe('How many calls the window allows.'),
    scope: LimitScopeSchema,
  })
  .describe('At most `max` calls per `window`, counted per `scope`.');
export type Limit = z.infer<typeof LimitSchema>;

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]);

/** The longest regular expression a pattern check may carry. */
export const MAX_PATTERN_LENGTH = 256;
/** The longest value a pattern check may be asked to match (the check refuses longer values). */
export const MAX_PATTERN_INPUT = 4096;

export const ArgumentConditionSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z
        .literal('prefix')
        .describe(
          'The string argument must start with `prefix`: a folder, an origin, or a resource identifier (bucket, ARN, table, repository).',
        ),
      prefix: z
        .string()
        .min(1)
        .describe(
          'The required beginning, e.g. a folder "/workspace/", ' +
            'an origin "https://docs.example.com/", a role ARN "arn:aws:iam::111122223333:role/".',
        ),
      placeholder: z
        .literal(true)
        .optional()
        .describe(
          'True when `prefix` is an example the reader must replace with their own location (e.g. "s3://your-bucket/"); ' +
            'a gateway enforces it as written, so until it is replaced the check refuses every real value.',
        ),
    }),
    z.strictObject({
      kind: z.literal('max').describe('The numeric argument must not exceed `max`.'),
      max: z.number().describe('The largest value allowed (a finite number).'),
    }),
    z.strictObject({
      kind: z.literal('oneOf').describe('The argument must be one of `values`.'),
      values: z.array(ScalarSchema).min(1).describe('The values allowed, e.g. the read-only operations of an `operation` argument.'),
    }),
    z.strictObject({
      kind: z.literal('notOneOf').describe('The argument must not be any of `values` (a deny-list).'),
      values: z
        .array(ScalarSchema)
        .min(1)
        .describe(
          'The values refused, e.g. "arn:aws:iam::aws:policy/AdministratorAccess" for a `policy_arn`, or "Secret" for a Kubernetes `kind`.',
        ),
    }),
    z.strictObject({
      kind: z
        .literal('pattern')
        .describe('The string argument must match `pattern` as a whole, and be at most `maxLength` characters long.'),
      pattern: z
        .string()
        .min(2)
        .max(MAX_PATTERN_LENGTH)
        .regex(/^\^[\s\S]*\$$/, 'expected a pattern anchored with ^ at the start and $ at the end')
        .refine((pattern) => patternProblem(pattern) === undefined, {
          message: 'expected a regular expression in RE2 syntax (no backreferences or lookaround)',
        })
        .describe(
          "A regular expression in RE2 syntax (as CEL's matches() and Go use: no backreferences, no lookaround, " +
            `matched in linear time), anchored with ^ and $, at most ${MAX_PATTERN_LENGTH} characters.`,
        ),
      maxLength: z
        .int()
        .min(1)
        .max(MAX_PATTERN_INPUT)
        .describe(`The longest value accepted, at most ${MAX_PATTERN_INPUT}: a longer value is refused without matching.`),
    }),
  ])
  .describe('A check on one argument, applied when the call includes that argument.');
export type ArgumentCondition = z.infer<typeof ArgumentConditionSchema>;
export type ConditionKind = ArgumentCondition['kind'];

export const ArgumentConditionsSchema = z
  .record(z.string().min(1), ArgumentConditionSchema)
  .describe('Conditions keyed by argument name; a call that breaks one is refused.');
export type ArgumentConditions = z.infer<typeof ArgumentConditionsSchema>;

const reason = z.string().min(1).describe('Why the rule is what it is; the gateway shows it to the agent when it refuses or holds a call.');
const limits = z.array(LimitSchema).min(1).describe('Rate limits; a call must fit all of them.');

export const ToolRuleSchema = z
  .discriminatedUnion('action', [
    z.strictObject({
      action: z.literal('allow').describe('Calls pass.'),
      arguments: ArgumentConditionsSchema.optional(),
      reason: reason.optional(),
    }),
    z.strictObject({
      action: z.literal('rate_limit').describe('Calls pass within the limits.'),
      limits,
      arguments: ArgumentConditionsSchema.optional(),
      reason: reason.optional(),
    }),
    z.strictObject({
      action: z.literal('require_approval').describe('Each call waits until a person approves it.'),
      limits: limits.optional(),
      arguments: ArgumentConditionsSchema.optional(),
      reason: reason.optional(),
    }),
    z.strictObject({
      action: z.literal('deny').describe('Calls are refused; the tool stays listed.'),
      reason,
    }),
    z.strictObject({
      action: z.literal('hide').describe('The tool is removed from the tool list the agent sees, and calls are refused.'),
      reason: reason.optional(),
    }),
  ])
  .describe('What the gateway does with calls to one tool.');
export type ToolRule = z.infer<typeof ToolRuleSchema>;
export type RuleAction = ToolRule['action'];

export const PolicyFileSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The URL of this JSON Schema, for editors.'),
    version: z.literal('1').describe('The policy format version: always "1".'),
    default: z.enum(['allow', 'deny']).describe('What happens to calls of tools that `tools` does not list.'),
    tools: z.record(z.string().min(1), ToolRuleSchema).describe("One rule per tool, keyed by the tool's exact name."),
  })
  .describe('A gateway policy: which MCP tool calls pass, and on what terms.');
export type PolicyFile = z.infer<typeof PolicyFileSchema>;

/** Sets a key as an own property even when it is "__proto__" (plain assignment would set the prototype). */
export function defineKey<V>(target: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** An object built from entries with every key as an own property, "__proto__" included. */
export function safeRecord<V>(entries: Iterable<readonly [string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of entries) defineKey(out, key, value);
  return out;
}

export type PolicyParseResult = { success: true; data: PolicyFile } | { success: false; issues: { path: string; message: string }[] };

/**
 * Validates a policy file, including rules and argument conditions keyed "__proto__" that zod's
 * records skip. Issue paths use the catalogue's format: `tools["__proto__"].limits[0].max`.
 */
export function parsePolicyFile(input: unknown): PolicyParseResult {
  const result = PolicyFileSchema.safeParse(input);
  const issues = result.success ? [] : result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const rawTools = isRecord(input) && isRecord(input.tools) ? input.tools : undefined;
  let protoRule: ToolRule | undefined;
  if (rawTools && Object.hasOwn(rawTools, '__proto__')) {
    const rule = parseRule(rawTools['__proto__'], ['tools', '__proto__'], issues);
    if (rule) protoRule = rule;
  }
  if (issues.length > 0 || !result.success) return { success: false, issues };
  const data = result.data;
  if (rawTools) {
    // Restore "__proto__" argument conditions inside the rules zod did parse.
    for (const [name, rule] of Object.entries(data.tools)) {
      const rawRule = rawTools[name];
      if (!restoreArguments(rawRule, rule, ['tools', name], issues)) return { success: false, issues };
    }
  }
  if (protoRule && rawTools) {
    // Rebuild in the file's key order, with "__proto__" as an own key where it was.
    const parsedTools = data.tools;
    data.tools = safeRecord(Object.keys(rawTools).map((name) => [name, name === '__proto__' ? protoRule : parsedTools[name]!] as const));
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data };
}

function parseRule(raw: unknown, path: (string | number)[], issues: { path: string; message: string }[]): ToolRule | undefined {
  const parsed = ToolRuleSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ path: formatPath([...path, ...issue.path]), message: issue.message });
    return undefined;
  }
  return restoreArguments(raw, parsed.data, path, issues) ? parsed.data : undefined;
}

function restoreArguments(raw: unknown, rule: ToolRule, path: (string | number)[], issues: { path: string; message: string }[]): boolean {
  if (!('arguments' in rule) || !rule.arguments || !isRecord(raw) || !isRecord(raw.arguments)) return true;
  if (!Object.hasOwn(raw.arguments, '__proto__')) return true;
  const condition = ArgumentConditionSchema.safeParse(raw.arguments['__proto__']);
  if (!condition.success) {
    for (const issue of condition.error.issues)
      issues.push({ path: formatPath([...path, 'arguments', '__proto__', ...issue.path]), message: issue.message });
    return false;
  }
  defineKey(rule.arguments, '__proto__', condition.data);
  return true;
}
