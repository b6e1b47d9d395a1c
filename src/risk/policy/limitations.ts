/**
 * What every compiler shares: the shape of its result, the list of what a target cannot enforce,
 * and the sentences that say so. The same sentences go into the file's comments and onto the page,
 * so the two cannot disagree.
 */
import { capitalize } from '../text.ts';
import { describeCondition, describeLimit } from './describe.ts';
import { commentText } from './escape.ts';
import type { ArgumentConditions, Limit, PolicyFile, ToolRule } from './schema.ts';

/** The formats, repeated here as a type so the compilers need not import the dispatcher. */
export type FormatId = 'json' | 'cedar' | 'cel' | 'pomerium' | 'docker';

/**
 * What a target cannot say of one tool's rule:
 * - `rate-limit`: the rule's limits are not counted;
 * - `approval`: there is no step where a person approves a call, so the file refuses it instead;
 * - `arguments`: one or more argument checks are not applied (the target cannot see arguments, or
 *   cannot express that check);
 * - `number-range`: a numeric check sees numbers only as the gateway converts them (ToolHive:
 *   Cedar decimals, four decimal places, none beyond about ±9.22e14), so it misses some values;
 * - `listed`: a tool policy.json keeps in the tool list (denied, or waiting for approval) is also
 *   removed from it;
 * - `hidden`: a hidden tool stays in the tool list (its calls are still refused);
 * - `unlisted-tools`: the file cannot let through tools it does not name (default "allow");
 * - `unread-calls`: a call the gateway cannot read (too long, malformed) is let through instead of
 *   checked (Pomerium).
 */
export type LimitationKind =
  'rate-limit' | 'approval' | 'arguments' | 'number-range' | 'listed' | 'hidden' | 'unlisted-tools' | 'unread-calls';

export interface Limitation {
  /** The tool the limitation is about; '' for the whole file. */
  tool: string;
  kind: LimitationKind;
  /** What the target does not enforce of this tool's rule and what the file does instead, as a sentence. */
  text: string;
  /** What to pair the target with to enforce it, as a sentence: the same for every tool of a kind, so a file says it once. */
  pairWith: string;
  /** The setting to pair with for this tool, where the pairing needs one (ToolHive's rate limit entry for the tool). */
  config?: string;
}

/** The limitation as one sentence for a page: what is not enforced, what to pair it with, and this tool's setting. */
export function limitationSentence(limitation: Limitation): string {
  return `${limitation.text} ${limitation.pairWith}${limitation.config ? ` ${limitation.config}` : ''}`;
}

/**
 * The comment lines of a file's header on what its gateway does not enforce: the count, then what
 * to pair each kind with, once (each tool's block says NOT ENFORCED and what of its rule).
 */
export function limitationHeader(gateway: string, limitations: readonly Limitation[]): string[] {
  const summary = limitationSummary(limitations);
  if (!summary) return [];
  const lines = [`Not enforced by ${gateway} (marked NOT ENFORCED at each tool): ${summary}.`];
  const seen = new Set<LimitationKind>();
  for (const limitation of limitations) {
    if (seen.has(limitation.kind)) continue;
    seen.add(limitation.kind);
    lines.push(`${KIND_WORDS[limitation.kind][1].replace(/^./, (c) => c.toUpperCase())}: ${limitation.pairWith}`);
  }
  return lines;
}

/** A run of whole lines of a compiled file: one tool's block, or the lines around them (`tool` null). */
export interface CompiledPart {
  tool: string | null;
  /** Whole lines, each ending in a line break. */
  text: string;
}

export interface CompiledPolicy {
  format: FormatId;
  /** The file, ending in a line break; the same bytes for the same policy, every time. */
  text: string;
  /**
   * The file cut into its header and one block per tool, in order (joined, they are `text`): the
   * site highlights a block once per shape, not once per tool (src/site/highlight.ts).
   */
  parts: CompiledPart[];
  limitations: Limitation[];
}

/** The compiled file from its parts, each a list of lines. */
export function assemble(
  format: FormatId,
  parts: readonly { tool: string | null; lines: readonly string[] }[],
  limitations: Limitation[],
): CompiledPolicy {
  const out = parts
    .filter((part) => part.lines.length > 0)
    .map((part) => ({ tool: part.tool, text: part.lines.map((line) => `${line}\n`).join('') }));
  return { format, text: out.map((part) => part.text).join(''), parts: out, limitations };
}

export interface CompileOptions {
  /** The server the policy is for, as the catalogue names it: headers say it, Docker keys its list by it. */
  server?: { name: string; slug: string };
}

/** What a gateway that sees only the tool name does with a rule: let it through, or refuse it. */
export function passesByName(rule: ToolRule): boolean {
  return rule.action === 'allow' || rule.action === 'rate_limit';
}

/** The tools of a policy in file order, as [name, rule] pairs ("__proto__" included). */
export function rulesOf(policy: PolicyFile): [string, ToolRule][] {
  return Object.keys(policy.tools).map((name) => [name, policy.tools[name]!]);
}

/** A sentence for each argument check: "`app_path` must start with “/workspace/” (a placeholder: …)". */
export function conditionTexts(args: ArgumentConditions | undefined): string[] {
  return args ? Object.keys(args).map((name) => describeCondition(name, args[name]!)) : [];
}

/** "at most 10 calls per minute per agent and at most 100 calls per day per agent" */
export function limitsText(limits: readonly Limit[]): string {
  return limits.map(describeLimit).join(' and ');
}

/** The limits of a rule, if it has any. */
export function limitsOf(rule: ToolRule): Limit[] {
  return 'limits' in rule && rule.limits ? rule.limits : [];
}

/** The argument checks of a rule, if it has any. */
export function argumentsOf(rule: ToolRule): ArgumentConditions | undefined {
  return 'arguments' in rule && rule.arguments && Object.keys(rule.arguments).length > 0 ? rule.arguments : undefined;
}

/** The placeholders of a rule's checks: values the reader must replace. */
export function placeholdersOf(rule: ToolRule): string[] {
  const args = argumentsOf(rule);
  if (!args) return [];
  return Object.keys(args).flatMap((name) => {
    const condition = args[name]!;
    return condition.kind === 'prefix' && condition.placeholder ? [`\`${name}\`: “${condition.prefix}”`] : [];
  });
}

const KIND_WORDS: Record<LimitationKind, [string, string]> = {
  'rate-limit': ['rate limit', 'rate limits'],
  approval: ['approval step', 'approval steps'],
  arguments: ['argument check', 'argument checks'],
  'number-range': ["number check limited to Cedar's decimal", "number checks limited to Cedar's decimal"],
  // What is not enforced is what policy.json does: keep a denied or held tool in the list, keep a hidden one out of it.
  listed: ['tool kept in the tool list', 'tools kept in the tool list'],
  hidden: ['hidden tool kept out of the tool list', 'hidden tools kept out of the tool list'],
  'unlisted-tools': ['default for unlisted tools', 'defaults for unlisted tools'],
  'unread-calls': ['refusal of calls it cannot read', 'refusals of calls it cannot read'],
};

/** "3 rate limits, 1 approval step": what a file leaves to its gateway's neighbours, counted; '' when nothing. */
export function limitationSummary(limitations: readonly Limitation[]): string {
  const counted = new Map<LimitationKind, number>();
  for (const limitation of limitations) counted.set(limitation.kind, (counted.get(limitation.kind) ?? 0) + 1);
  return [...counted].map(([kind, count]) => `${count} ${KIND_WORDS[kind][count === 1 ? 0 : 1]}`).join(', ');
}

/** What a rule's action does, in the words of a comment above its entry. */
export const ACTION_WORDS = {
  allow: 'allowed',
  rate_limit: 'rate-limited',
  require_approval: "needs a person's approval",
  deny: 'denied',
  hide: 'hidden',
} as const;

/** A `#` comment line (YAML, shell), its text escaped so that it cannot end the comment. */
export function hashComment(text: string, indent = ''): string {
  return `${indent}# ${commentText(text)}`;
}

/**
 * The limitation of a rule that wants a person's approval, on a gateway that cannot ask one:
 * `instead` says what the gateway does with the call.
 */
export function approvalGap(tool: string, gateway: string, instead: string, pairWith: string): Limitation {
  return { tool, kind: 'approval', text: `${gateway} cannot ask a person to approve a call: ${instead}`, pairWith };
}

/**
 * For a gateway that sees only tool names: states each of a rule's limits and argument checks as
 * not enforced (through `note`), and puts a line per placeholder under them (through `line`).
 * `checksApply` says whether the rule's checks matter at all (not on a refused tool).
 */
export function noteNameOnlyGaps(
  name: string,
  rule: ToolRule,
  checksApply: boolean,
  pairWith: { 'rate-limit': string; arguments: string },
  note: (limitation: Limitation) => void,
  line: (text: string) => void,
): void {
  for (const limit of limitsOf(rule)) {
    note({ tool: name, kind: 'rate-limit', text: `${capitalize(limitsText([limit]))} is not counted.`, pairWith: pairWith['rate-limit'] });
  }
  const args = argumentsOf(rule);
  if (!args || !checksApply) return;
  for (const arg of Object.keys(args)) {
    note({
      tool: name,
      kind: 'arguments',
      text: `${capitalize(describeCondition(arg, args[arg]!))} is not checked.`,
      pairWith: pairWith.arguments,
    });
  }
  for (const placeholder of placeholdersOf(rule)) line(`PLACEHOLDER (in the unenforced check): ${placeholder} is an example.`);
}
