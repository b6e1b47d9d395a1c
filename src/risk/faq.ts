/**
 * The questions every tool page answers, written from the classification and the recommended rule
 * (the same rule object the page's snippet shows), so an answer cannot contradict the snippet.
 * The gateway is named generically: sites set `gatewayName` in their settings.
 */
import type { Category, Registry } from '../catalogue/schema.ts';
import { denyReason, describeLimit, explainRule, suggestedLimit, toolPolicy } from './policy/recommend.ts';
import type { ToolRule } from './policy/schema.ts';
import type { Limitation } from './policy/limitations.ts';
import type { PolicyFormat } from './policy/format-info.ts';
import type { Classification } from './schema.ts';
import { commentText } from './policy/escape.ts';
import { capitalize, listJoin, quoted } from './text.ts';

export interface FaqInput {
  toolName: string;
  serverName: string;
  packageName: string;
  registry: Registry;
  classification: Classification;
  rule: ToolRule;
  /** What the site calls the gateway, e.g. "your MCP gateway" (the default). */
  gatewayName?: string;
  /** The tool's description, to quote what it does in the author's words. */
  description?: string;
  /**
   * The rule compiled for each gateway, as the page's tabs show it: the "how do I enforce this in
   * <gateway>" answers are written from these, so they say what the files say.
   */
  formats?: readonly FormatForFaq[];
}

export interface FormatForFaq {
  format: PolicyFormat;
  gateway: string;
  fileName: string;
  limitations: readonly Limitation[];
}

export interface FaqItem {
  question: string;
  answer: string;
  /** A policy file the answer refers to, as 2-space JSON, for a code block. */
  snippet?: string;
}

export const DEFAULT_GATEWAY_NAME = 'your MCP gateway';

const MEANING: Record<Category, string> = {
  Read: 'it reads data and changes nothing',
  Write: 'it creates or changes data or configuration',
  Execute: 'it runs code, commands or processes',
  Destructive: 'it deletes or overwrites things that may not come back',
  Financial: 'it touches an account’s money: billing data, spending or payments',
};

const REGISTRY: Record<Registry, (name: string) => string> = {
  npm: (name) => `published on npm as ${quoted(name)}`,
  pypi: (name) => `published on PyPI as ${quoted(name)}`,
  docker: (name) => `published as the container image ${quoted(name)}`,
  remote: (name) => `hosted remotely at ${name}`,
  other: (name) => `distributed as ${quoted(name)}`,
};

/** "Amazon ECS MCP Server", not "Amazon ECS MCP Server MCP server". */
export function serverLabel(serverName: string): string {
  return /\bmcp\s+server$/i.test(serverName.trim()) ? serverName.trim() : `the ${serverName.trim()} MCP server`;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export function toolFaq(input: FaqInput): FaqItem[] {
  const { toolName, classification, rule } = input;
  const gateway = input.gatewayName?.trim() || DEFAULT_GATEWAY_NAME;
  const server = serverLabel(input.serverName);
  const { category, risk } = classification;
  return [
    {
      question: `What does the ${toolName} tool do?`,
      answer: whatItDoes(input, server),
    },
    {
      question: `How do I enforce a policy on ${toolName}?`,
      answer:
        `Route your agents’ MCP traffic to ${server} through ${gateway}, ` +
        `then load a policy file whose \`tools\` entry for ${toolName} holds the rule on this page. ` +
        `${capitalize(gateway)} checks every call before it reaches the server. ` +
        `With the recommended rule: ${explainRule(toolName, rule)} ` +
        `Tools the file does not list fall under its \`default\`, which is "deny" in the snippet.`,
      snippet: json(toolPolicy(toolName, rule)),
    },
    {
      question: `What risk level is ${toolName}?`,
      answer:
        `${capitalize(risk)}. ${toolName} falls in the ${category} category: ${MEANING[category]}. ` +
        `The rating is ${risk} with ${Math.round(classification.confidence * 100)}% confidence` +
        `${classification.reviewed ? ', and it was reviewed by hand' : ''}. ${classification.evidence[0] ?? ''}`.trim(),
    },
    ...(input.formats ?? []).filter((f) => f.format !== 'json').map((f) => gatewayAnswer(toolName, rule, f, server)),
    rateLimitAnswer(toolName, category, rule, gateway),
    blockAnswer(toolName, classification, rule, gateway, server),
    {
      question: `Which MCP server provides ${toolName}?`,
      answer:
        `${capitalize(server)}, ${REGISTRY[input.registry](input.packageName)}. ${capitalize(gateway)} ` +
        'sits between your MCP client and that server, ' +
        `so enforcing a policy needs no change to the server itself.`,
    },
  ];
}

function whatItDoes(input: FaqInput, server: string): string {
  const { toolName, classification } = input;
  const summary = input.description ? firstSentence(input.description) : undefined;
  const own = summary
    ? `Its author describes it as ${quoted(summary, 200)} `
    : `Its definition has no description, so what follows rests on its name and parameters. `;
  // The rationale's first sentence names the category and says what the tool does in our words.
  return `${toolName} is a tool of ${server}. ${own}${classification.rationale.split(/(?<=\.)\s/)[0] ?? ''}`.trim();
}

function firstSentence(description: string): string | undefined {
  const line = description.replace(/\s+/g, ' ').trim();
  if (line === '') return undefined;
  const end = line.search(/(?<=[.!?])\s/);
  return end === -1 ? line : line.slice(0, end);
}

function rateLimitAnswer(toolName: string, category: Category, rule: ToolRule, gateway: string): FaqItem {
  const question = `How do I rate-limit ${toolName}?`;
  if ((rule.action === 'rate_limit' || rule.action === 'require_approval') && rule.limits) {
    return {
      question,
      answer:
        `The recommended rule already does: ${listJoin(rule.limits.map(describeLimit))}. ` +
        `In the policy file that is \`"limits": ${JSON.stringify(rule.limits)}\`. ` +
        `Change \`max\`, or set \`window\` to "minute", "hour" or "day", ` +
        `to tune it; \`scope\` says whose calls ${gateway} counts together.`,
      snippet: json(toolPolicy(toolName, rule)),
    };
  }
  const limit = suggestedLimit(toolName, category);
  // Destructive and financial tools stay behind a person even when they are let through.
  const held = category === 'Destructive' || category === 'Financial';
  const limited: ToolRule = held ? { action: 'require_approval', limits: [limit] } : { action: 'rate_limit', limits: [limit] };
  const why =
    rule.action === 'allow'
      ? 'The recommended rule allows it without a limit.'
      : `The recommended rule ${rule.action === 'deny' ? 'blocks' : 'hides'} it, so a limit only matters if you decide to let it through.`;
  return {
    question,
    answer:
      `${why} To cap it, give it a rule with limits: \`${JSON.stringify(limited)}\` ` +
      `allows ${describeLimit(limit)}${held ? ', each approved by a person' : ''}. ` +
      `Change \`max\`, or set \`window\` to "minute", "hour" or "day", to tune it.`,
    snippet: json(toolPolicy(toolName, limited)),
  };
}

function blockAnswer(toolName: string, classification: Classification, rule: ToolRule, gateway: string, server: string): FaqItem {
  const question = `How do I block ${toolName} completely?`;
  const deny: ToolRule = rule.action === 'deny' ? rule : { action: 'deny', reason: denyReason(toolName, classification) };
  const already = rule.action === 'deny' ? 'The recommended policy already does. ' : '';
  return {
    question,
    answer:
      `${already}Give it a deny rule: \`${JSON.stringify(deny)}\`. ${capitalize(gateway)} then ` +
      `refuses every call before it reaches ${server} and returns the reason to the agent. ` +
      `To keep the tool out of the agent’s tool list as well, use \`"action": "hide"\` instead.`,
    snippet: json(toolPolicy(toolName, deny)),
  };
}

/** How each gateway loads its file, in one sentence. */
const LOADING: Record<Exclude<PolicyFormat, 'json'>, (file: string, server: string, tool: string) => string> = {
  cedar: (file) =>
    `Put each statement of \`${file}\` (the Cedar tab) ` +
    `in \`cedar.policies\` of a ToolHive authz config and run the server with \`thv run --authz-config\`.`,
  cel: (file, server) =>
    `Put the \`mcpAuthorization\` block of \`${file}\` (the CEL tab) ` +
    `under \`policies:\` of the agentgateway route or MCP backend that serves ${server}.`,
  pomerium: (file, server) =>
    `Put the \`policy\` of \`${file}\` (the Pomerium tab) ` +
    `on the Pomerium route that serves ${server}, a route with \`mcp: { server: {} }\`.`,
  docker: (file, _server, tool) =>
    (commentText(tool) === tool
      ? `Run the second \`docker mcp profile tools\` command at the top of \`${file}\` (the Docker tab), ` +
        `which changes only ${tool} in the gateway's profile, ` +
        `with your profile's name for the server, and check it with \`docker mcp profile show default\`; `
      : `The name holds a control or invisible character, so \`${file}\` (the Docker tab) gives no profile command for it; `) +
    `in legacy mode, pass the file itself with \`docker mcp gateway run --tools-config ./${file}\` ` +
    `(a bare file name is looked up in \`~/.docker/mcp/\`, and a missing file enables every tool). ` +
    `Do not combine it with \`--tools\`, and turn off dynamic tools ` +
    `(\`docker mcp feature disable dynamic-tools\`) so the agent cannot widen the list.`,
};

/** What a limitation leaves out, in a few words for an answer. */
function leftOut(limitation: Limitation): string {
  switch (limitation.kind) {
    case 'rate-limit':
      return 'the limit on calls';
    case 'approval':
      return "a person's approval (it refuses the call instead)";
    case 'arguments':
      return 'the argument checks';
    case 'number-range':
      return "numbers beyond the range and precision of Cedar's decimal";
    case 'listed':
      return 'keeping the tool in the tool list';
    case 'hidden':
      return 'hiding the tool from the tool list';
    case 'unlisted-tools':
      return 'letting through tools the file does not name';
    case 'unread-calls':
      return (
        'refusing a tool call it cannot read (one longer than the route\u2019s max_request_bytes, ' +
        '4096 bytes by default, is let through)'
      );
  }
}

/**
 * "How do I enforce this in ToolHive?": how to load the file, what the gateway then does, and what it
 * leaves out, from the compiled file's own list.
 */
function gatewayAnswer(toolName: string, rule: ToolRule, format: FormatForFaq, server: string): FaqItem {
  const key = format.format as Exclude<PolicyFormat, 'json'>;
  const passes = rule.action === 'allow' || rule.action === 'rate_limit';
  const unenforcedChecks = format.limitations.some((l) => l.kind === 'arguments');
  const checked = passes && 'arguments' in rule && rule.arguments && Object.keys(rule.arguments).length > 0 && !unenforcedChecks;
  const readable = format.limitations.some((l) => l.kind === 'unread-calls') ? ' that it can read' : '';
  const does = passes
    ? `${capitalize(format.gateway)} then lets calls of ${toolName} ` +
      `through${checked ? ', if their arguments pass the rule\u2019s checks' : ''}.`
    : `${capitalize(format.gateway)} then refuses every call of ${toolName}${readable}.`;
  const missing = [...new Set(format.limitations.map(leftOut))];
  const cannot =
    missing.length === 0 ? ' It enforces the rule as written.' : ` It leaves out ${listJoin(missing)}: the tab says what to pair it with.`;
  return {
    question: `How do I enforce this rule on ${toolName} in ${format.gateway}?`,
    answer: `${LOADING[key](format.fileName, server, toolName)} ${does}${cannot}`,
  };
}
