/**
 * Rules in words: the sentences the pages, the FAQ and every compiled format's comments use to say
 * what a rule does. Pure and free of the risk engine, so the policy builder's browser code can
 * describe an edited rule with the same words as the page.
 */
import { listJoin } from '../text.ts';
import type { ArgumentCondition, ArgumentConditions, Limit, LimitScope, LimitWindow, ToolRule } from './schema.ts';

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

/** "`app_path` must start with “/workspace/” (a placeholder: put the location you allow)" */
export function describeCondition(name: string, condition: ArgumentCondition): string {
  switch (condition.kind) {
    case 'prefix':
      return (
        `\`${name}\` must start with “${condition.prefix}”` +
        `${condition.placeholder ? ' (a placeholder: put your own in its place)' : ''}`
      );
    case 'max':
      return `\`${name}\` may be at most ${condition.max}`;
    case 'oneOf':
      return condition.values.length === 1
        ? `\`${name}\` must be ${JSON.stringify(condition.values[0])}`
        : `\`${name}\` must be one of ${listJoin(
            condition.values.map((v) => JSON.stringify(v)),
            'or',
          )}`;
    case 'notOneOf':
      return `\`${name}\` must not be ${listJoin(
        condition.values.map((v) => JSON.stringify(v)),
        'or',
      )}`;
    case 'pattern':
      return `\`${name}\` must match the pattern ${JSON.stringify(condition.pattern)} (at most ${condition.maxLength} characters)`;
  }
}

function conditionsSentence(args: ArgumentConditions | undefined): string {
  if (!args) return '';
  const parts = Object.entries(args).map(([name, condition]) => describeCondition(name, condition));
  return parts.length > 0 ? ` Argument checks: ${listJoin(parts)}.` : '';
}

/**
 * A rule in a few words, for a table cell or a screen reader's announcement: "rate-limited: at most
 * 30 calls per hour per agent, with argument checks". The one short form; `explainRule` is the sentence.
 */
export function summarizeRule(rule: ToolRule): string {
  const checks = 'arguments' in rule && rule.arguments ? Object.keys(rule.arguments).length : 0;
  const withChecks = checks > 0 ? `, with ${checks} argument check${checks === 1 ? '' : 's'}` : '';
  switch (rule.action) {
    case 'allow':
      return `allowed${withChecks}`;
    case 'rate_limit':
      return `rate-limited: ${rule.limits.map(describeLimit).join('; ')}${withChecks}`;
    case 'require_approval':
      return `needs a person's approval${rule.limits ? ` (${rule.limits.map(describeLimit).join('; ')})` : ''}${withChecks}`;
    case 'deny':
      return 'denied';
    case 'hide':
      return 'hidden from the agent';
  }
}

/** One or two sentences on what the rule does, written from the rule alone. */
export function explainRule(toolName: string, rule: ToolRule): string {
  switch (rule.action) {
    case 'allow':
      return `${toolName} is allowed without a limit.${conditionsSentence(rule.arguments)}`;
    case 'rate_limit':
      return (
        `${toolName} stays usable, but ${listJoin(rule.limits.map(describeLimit))}; ` +
        `a runaway agent cannot fire it in bulk.${conditionsSentence(rule.arguments)}`
      );
    case 'require_approval':
      return (
        `Every call to ${toolName} waits until a person approves it` +
        `${rule.limits ? `, and ${listJoin(rule.limits.map(describeLimit))} can be approved` : ''}.${conditionsSentence(rule.arguments)}`
      );
    case 'deny':
      return `${toolName} is blocked: the gateway refuses every call and tells the agent “${rule.reason}”`;
    case 'hide':
      return `${toolName} is hidden: the agent never sees it in the tool list, and any call to it is refused.`;
  }
}
