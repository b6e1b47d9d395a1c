/**
 * policy.json to Cedar, for ToolHive's authorization. The names follow ToolHive's "Authorization
 * policy reference" (https://docs.stacklok.com/toolhive/reference/authz-policy-reference); what
 * ToolHive hands Cedar follows its code (stacklok/toolhive, pkg/authz/authorizers/cedar), which
 * is what runs:
 * - a tool call is `Action::"call_tool"` on the resource `Tool::"<tool name>"`;
 * - the call's arguments are context attributes `arg_<argument name>` (also on the resource):
 *   strings as String, booleans as Bool, and every number as a decimal, since ToolHive decodes
 *   the JSON into float64 and converts each float64 with cedar-go's NewDecimalFromFloat
 *   (core.go preprocessArguments, entity.go convertFloatToCedar). A decimal keeps four decimal
 *   places, cut rather than rounded, and a number beyond about ±9.22e14 does not fit: ToolHive
 *   then drops the attribute, so the check cannot see the number. An object, an array or null
 *   becomes `arg_<name>_present: true` instead;
 * - an absent attribute is an evaluation error, which ToolHive treats as a deny: every argument
 *   is guarded with `has`;
 * - Cedar denies what no policy permits, a `forbid` beats any `permit`, and ToolHive filters
 *   `tools/list` with the same `call_tool` decision, made with no arguments at all.
 *
 * Argument checks sit in the `unless` clauses of the tool's permit, never in a forbid, so a check
 * only ever takes a permission away: a check that errors (a number where text was expected) makes
 * the permit not apply, and the call is refused. An object, an array or null, which Cedar only
 * sees as `arg_<name>_present`, is refused wherever policy.json refuses a value of the wrong type
 * (every check but a list of refused values). Deny and hide are unconditional forbids, which no
 * permit a team adds later can undo.
 */
import { cedarLikeText, cedarString, commentText } from './escape.ts';
import { approvalGap, argumentsOf, assemble, limitationHeader, limitsOf, limitsText, placeholdersOf, rulesOf } from './limitations.ts';
import type { CompileOptions, CompiledPolicy, Limitation } from './limitations.ts';
import { describeCondition } from './describe.ts';
import { capitalize } from '../text.ts';
import type { ArgumentCondition, Limit, PolicyFile, ToolRule } from './schema.ts';

const GATEWAY = 'ToolHive';
/** The group a commented-out permit suggests for tools that need approval; the reader names their own. */
export const APPROVERS_GROUP = 'mcp-approvers';

/** Cedar identifiers: `context.arg_x` where the name allows, `context["arg_x-y"]` where it does not. */
const IDENTIFIER = /^[_a-zA-Z][_a-zA-Z0-9]*$/;

/** How a policy reads the argument `name`: [presence test, value]. */
function argument(name: string): { has: string; value: string } {
  const attribute = `arg_${name}`;
  return IDENTIFIER.test(attribute)
    ? { has: `context has ${attribute}`, value: `context.${attribute}` }
    : { has: `context has ${cedarString(attribute)}`, value: `context[${cedarString(attribute)}]` };
}

/** Cedar's decimal: a signed 64-bit count of ten-thousandths. */
const DECIMAL_SCALE = 10_000;
const DECIMAL_MAX = 2n ** 63n - 1n;
const DECIMAL_MIN = -(2n ** 63n);

/**
 * A JSON number as ToolHive hands it to Cedar, in ten-thousandths: cedar-go's NewDecimalFromFloat
 * multiplies the float64 by 10^4 and cuts it toward zero (the same IEEE arithmetic as here).
 * Undefined when it does not fit a decimal: ToolHive then leaves the argument out of the request.
 */
export function toolhiveDecimal(value: number): bigint | undefined {
  const scaled = value * DECIMAL_SCALE;
  // 2^63 is the first float64 past int64; cedar-go refuses what is above it and Go's conversion of
  // 2^63 itself is undefined, so both count as not fitting.
  if (!Number.isFinite(scaled) || scaled >= 2 ** 63 || scaled < -(2 ** 63)) return undefined;
  return BigInt(Math.trunc(scaled));
}

/** Ten-thousandths as Cedar's decimal text: "100.0", "2.5", "-0.0001" (one to four decimal places). */
export function decimalText(tenThousandths: bigint): string {
  const sign = tenThousandths < 0n ? '-' : '';
  const size = tenThousandths < 0n ? -tenThousandths : tenThousandths;
  const fraction = (size % 10_000n)
    .toString()
    .padStart(4, '0')
    .replace(/0{1,3}$/, '');
  return `${sign}${size / 10_000n}.${fraction}`;
}

/**
 * A number in a check as a Cedar decimal literal, cut as ToolHive cuts the call's value. Cutting
 * toward zero keeps order (a <= b gives cut(a) <= cut(b)) and equality, so a value within a cap
 * or equal to an allowed value passes in Cedar as in policy.json. A number too large for a decimal
 * is written as the largest (or smallest) decimal; ToolHive drops such a number from a call anyway.
 */
function decimalLiteral(value: number): string {
  const tenThousandths = toolhiveDecimal(value) ?? (value > 0 ? DECIMAL_MAX : DECIMAL_MIN);
  return `decimal("${decimalText(tenThousandths)}")`;
}

/** A Cedar literal for a scalar: String, Bool, or a decimal for every number (as ToolHive passes them). */
function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return cedarString(value);
  if (typeof value === 'boolean') return String(value);
  return decimalLiteral(value);
}

/** Whether Cedar can say the check; a pattern is a regular expression, which Cedar has not. */
function expressible(condition: ArgumentCondition): boolean {
  return condition.kind !== 'pattern';
}

/** The test a check puts on the argument's value (given that it is present), or undefined when Cedar cannot say it. */
function breaksClause(value: string, condition: ArgumentCondition): string | undefined {
  switch (condition.kind) {
    case 'prefix':
      return `!(${value} like "${cedarLikeText(condition.prefix)}*")`;
    case 'max':
      return `${value}.greaterThan(${decimalLiteral(condition.max)})`;
    case 'oneOf':
      return `!(${condition.values.map((v) => `${value} == ${literal(v)}`).join(' || ')})`;
    case 'notOneOf':
      return `(${condition.values.map((v) => `${value} == ${literal(v)}`).join(' || ')})`;
    case 'pattern':
      return undefined;
  }
}

/**
 * The `unless` clause that refuses a call breaking the check, or undefined when Cedar cannot say
 * it. A check that needs a value of its own type (a prefix, a cap, a list of allowed values) also
 * refuses the argument passed as an object, an array or null, as policy.json does; a list of
 * refused values lets those through, as policy.json does too.
 */
function unlessClause(name: string, condition: ArgumentCondition): string | undefined {
  const { has, value } = argument(name);
  const breaks = breaksClause(value, condition);
  if (breaks === undefined) return undefined;
  return condition.kind === 'notOneOf' ? `${has} && ${breaks}` : `${argument(`${name}_present`).has} || (${has} && ${breaks})`;
}

/**
 * Whether a check can meet a number ToolHive drops or cuts before Cedar sees it: a cap, a list of
 * allowed values with a number in it, or a refused number too large for a decimal.
 */
function meetsCutNumbers(condition: ArgumentCondition): boolean {
  switch (condition.kind) {
    case 'max':
      return true;
    case 'oneOf':
      return condition.values.some((v) => typeof v === 'number');
    case 'notOneOf':
      return condition.values.some((v) => typeof v === 'number' && toolhiveDecimal(v) === undefined);
    case 'prefix':
    case 'pattern':
      return false;
  }
}

/** The statement head for one tool. */
function head(effect: 'permit' | 'forbid', principal: string, name: string): string {
  return `${effect} (\n  ${principal},\n  action == Action::"call_tool",\n  resource == Tool::${cedarString(name)}\n)`;
}

function permitFor(name: string, rule: ToolRule, principal = 'principal'): string {
  const args = argumentsOf(rule);
  const clauses = args ? Object.keys(args).flatMap((arg) => unlessClause(arg, args[arg]!) ?? []) : [];
  return `${head('permit', principal, name)}${clauses.map((clause) => `\nunless { ${clause} }`).join('')};`;
}

/** ToolHive's per-tool rate limit (Kubernetes operator, `spec.rateLimiting.tools`), for the comment that pairs with it. */
function rateLimitingSnippet(name: string, limit: Limit): string {
  const period = limit.window === 'minute' ? '1m0s' : limit.window === 'hour' ? '1h0m0s' : '24h0m0s';
  const bucket = limit.scope === 'global' ? 'shared' : 'perUser';
  return `rateLimiting: { tools: [{ name: ${cedarString(name)}, ${bucket}: { maxTokens: ${limit.max}, refillPeriod: ${period} } }] }.`;
}

function comment(text: string): string {
  return `// ${commentText(text)}`;
}

/** What ToolHive's Cedar cannot do, by kind: what to pair it with is the same for every tool, so the file says it once. */
const PAIR_WITH = {
  'rate-limit':
    'Cedar decides one call at a time and has no counters: ' +
    `pair rate limits with ${GATEWAY}'s rate limiting on the MCPServer (Kubernetes operator, ` +
    'spec.rateLimiting.tools), whose entry for each tool is written next to it. ' +
    'It needs spec.sessionStorage with provider redis, and a perUser limit needs spec.oidcConfigRef or spec.externalAuthConfigRef. ' +
    'Each limit is a token bucket: bursts of up to maxTokens calls, refilled evenly over refillPeriod, ' +
    'so up to about twice maxTokens can pass in one period; while Redis fails, calls go through uncounted.',
  approval:
    `${GATEWAY} has no approval step: to let reviewed users call such a tool, ` +
    `uncomment its permit and put your reviewers' group in place of "${APPROVERS_GROUP}", ` +
    `or pair ${GATEWAY} with an MCP client that asks before each call.`,
  arguments: 'Cedar has no regular expressions: pair pattern checks with a gateway that reads policy.json, or check them in the server.',
  'number-range':
    `${GATEWAY} gives Cedar every number as a decimal, ` +
    'which holds four decimal places and about ±9.22e14 at most: make the server refuse numbers out of its own range, ' +
    `or pair ${GATEWAY} with a gateway that reads policy.json.`,
  listed: 'Nothing to pair: the tool is refused either way.',
} as const;

/** The block for one tool: a line on what the rule is, what Cedar cannot do of it, and the statement. */
function toolBlock(name: string, rule: ToolRule, limitations: Limitation[]): string[] {
  const label = `Tool::${cedarString(name)}`;
  const lines: string[] = [];
  const note = (limitation: Limitation) => {
    limitations.push(limitation);
    lines.push(comment(`NOT ENFORCED: ${limitation.text}${limitation.config ? ` Pair with: ${limitation.config}` : ''}`));
  };
  const args = argumentsOf(rule);
  const unsaid = args ? Object.keys(args).filter((arg) => !expressible(args[arg]!)) : [];
  const limitNotes = () => {
    for (const limit of limitsOf(rule)) {
      note({
        tool: name,
        kind: 'rate-limit',
        text: `${capitalize(limitsText([limit]))} is not counted.`,
        pairWith: PAIR_WITH['rate-limit'],
        config: rateLimitingSnippet(name, limit),
      });
    }
  };
  const argumentNotes = () => {
    for (const arg of unsaid)
      note({
        tool: name,
        kind: 'arguments',
        text: `${capitalize(describeCondition(arg, args![arg]!))} is not checked.`,
        pairWith: PAIR_WITH.arguments,
      });
    for (const arg of args ? Object.keys(args).filter((arg) => meetsCutNumbers(args[arg]!)) : []) {
      note({
        tool: name,
        kind: 'number-range',
        text:
          `${capitalize(describeCondition(arg, args![arg]!))} is not checked on a number beyond ±922,337,203,685,477, ` +
          `which ${GATEWAY} drops before Cedar sees it, so the call passes; ` +
          'and numbers are compared cut to four decimal places (1.00009 counts as 1).',
        pairWith: PAIR_WITH['number-range'],
      });
    }
  };

  switch (rule.action) {
    case 'deny':
    case 'hide': {
      lines.push(`// ${label}: ${rule.action === 'deny' ? 'denied' : 'hidden'}.`);
      if (rule.action === 'deny') {
        note({
          tool: name,
          kind: 'listed',
          text:
            `${GATEWAY} also leaves the denied tool out of tools/list (it filters the list with the same decision); ` +
            'policy.json keeps it listed so the agent reads the reason.',
          pairWith: PAIR_WITH.listed,
        });
      }
      const reason = rule.reason ? `@reason(${cedarString(rule.reason)})\n` : '';
      lines.push(`${reason}${head('forbid', 'principal', name)};`);
      return lines;
    }
    case 'require_approval': {
      lines.push(`// ${label}: each call needs a person's approval.`);
      note(approvalGap(name, GATEWAY, 'no policy here permits it, so every call is refused.', PAIR_WITH.approval));
      note({
        tool: name,
        kind: 'listed',
        text:
          `${GATEWAY} also leaves the tool out of tools/list (it filters the list with the same decision); ` +
          'policy.json keeps it listed, each call waiting for a person.',
        pairWith: PAIR_WITH.listed,
      });
      limitNotes();
      argumentNotes();
      for (const placeholder of placeholdersOf(rule))
        lines.push(comment(`PLACEHOLDER: ${placeholder} is an example: put your own in its place.`));
      lines.push(
        ...permitFor(name, rule, `principal in THVGroup::${cedarString(APPROVERS_GROUP)}`)
          .split('\n')
          .map((line) => `// ${line}`),
      );
      return lines;
    }
    case 'allow':
    case 'rate_limit': {
      const checks = args
        ? Object.keys(args)
            .filter((arg) => expressible(args[arg]!))
            .map((arg) => describeCondition(arg, args[arg]!))
        : [];
      lines.push(
        comment(
          `${label}: ${rule.action === 'allow' ? 'allowed' : 'rate-limited'}${checks.length > 0 ? `; checked: ${checks.join('; ')}` : ''}.`,
        ),
      );
      limitNotes();
      argumentNotes();
      for (const placeholder of placeholdersOf(rule))
        lines.push(comment(`PLACEHOLDER: ${placeholder} is an example: put your own in its place before loading.`));
      lines.push(permitFor(name, rule));
      return lines;
    }
  }
}

/**
 * A compiled policy.cedar as a ToolHive authz config (JSON, `type: cedarv1`), ready for `thv run --authz-config`
 * or a ConfigMap: each statement of the file, without its comments, as one entry of
 * `cedar.policies` (ToolHive parses each entry as a single policy). ToolHive refuses a config with
 * no policy, so a policy that permits and forbids nothing still has one that never applies.
 */
export function toolhiveConfig(cedar: CompiledPolicy): string {
  const statements = cedar.parts.flatMap((part) => {
    const code = part.text
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('//'))
      .join('\n');
    return code === '' ? [] : [code];
  });
  const policies = statements.length > 0 ? statements : ['forbid (principal, action, resource) when { false };'];
  return `${JSON.stringify({ version: '1.0', type: 'cedarv1', cedar: { policies, entities_json: '[]' } }, null, 2)}\n`;
}

/** The policy as a Cedar policy set for ToolHive, with what Cedar cannot enforce stated at each tool. */
export function compileCedar(policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  const limitations: Limitation[] = [];
  const rules = rulesOf(policy);
  const blocks = rules.map(([name, rule]) => ({ tool: name, lines: toolBlock(name, rule, limitations) }));
  const header = [
    `// Cedar policies for ToolHive${options.server ? `: ${commentText(options.server.name)}` : ''}, from the MCP Risk Atlas policy.json.`,
    '// Each statement is one entry of cedar.policies in a ToolHive authz config (type: cedarv1).',
    '// Entities as in ToolHive\'s authorization policy reference: Tool::"<name>", Action::"call_tool",',
    '// arguments as context.arg_<name>. Cedar denies what no policy permits; forbid beats permit.',
    '// Prompts and resources are not covered: permit get_prompt and read_resource yourself if the server has them.',
  ];
  header.push(...limitationHeader("ToolHive's Cedar", limitations).map((line) => comment(line)));
  const checks = rules.flatMap(([, rule]) => Object.values(argumentsOf(rule) ?? {})).filter(expressible);
  if (
    checks.some(
      (condition) =>
        condition.kind === 'max' ||
        ((condition.kind === 'oneOf' || condition.kind === 'notOneOf') && condition.values.some((v) => typeof v === 'number')),
    )
  ) {
    header.push(
      comment('ToolHive passes every JSON number as a Cedar decimal, so numbers are compared as decimals (greaterThan, == decimal("…")).'),
    );
  }
  if (checks.some((condition) => condition.kind !== 'notOneOf')) {
    header.push(
      comment(
        'An argument passed as an object, an array or null reaches Cedar only as arg_<name>_present: ' +
          'a prefix, a cap or a list of allowed values refuses it, as policy.json does.',
      ),
    );
  }
  if (rules.some(([, rule]) => (rule.action === 'deny' || rule.action === 'hide') && rule.reason)) {
    header.push(comment('@reason is for people reading this file: ToolHive answers every refused call with a fixed "Unauthorized".'));
  }
  const sections: { tool: string | null; lines: string[] }[] = [{ tool: null, lines: header }];
  if (policy.default === 'allow') {
    const named = rules.map(([name]) => `  Tool::${cedarString(name)}`);
    sections.push({
      tool: null,
      lines: [
        "// Tools this file does not name: allowed (the policy's default).",
        ...(named.length === 0
          ? ['permit (principal, action == Action::"call_tool", resource);']
          : [
              'permit (principal, action == Action::"call_tool", resource)',
              'unless {',
              '  resource in [',
              ...named.map((line, i) => (i < named.length - 1 ? `${line},` : line)),
              '  ]',
              '};',
            ]),
      ],
    });
  }
  sections.push(...blocks);
  // A blank line between statements, none after the last.
  return assemble(
    'cedar',
    sections.map((section, i) => ({ tool: section.tool, lines: i < sections.length - 1 ? [...section.lines, ''] : section.lines })),
    limitations,
  );
}
