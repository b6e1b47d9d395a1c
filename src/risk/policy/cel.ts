/**
 * policy.json to agentgateway's `mcpAuthorization` rules: CEL expressions over the request
 * (https://agentgateway.dev/docs/standalone/latest/configuration/security/mcp-authz/). What
 * agentgateway gives a rule at request time is `mcp.tool.name`, `mcp.tool.target` and the JWT's
 * claims (`jwt.sub`, `jwt.<claim>`); `mcp.tool.arguments` exists only after the call, for access
 * logs, so no argument check can be written here.
 *
 * Rule semantics, from agentgateway's src/http/authorization.rs: a plain string is an allow rule,
 * `{deny: …}` a deny rule; any matching deny refuses, and when allow rules exist a request that
 * matches none is refused (an allow list), while only deny rules make a deny list. Tools that are
 * not allowed are also filtered out of `tools/list`. Deny rules are "not recommended because
 * expression failures fail to deny", so a default-deny policy is written as allow rules only.
 */
import { celText, commentText, yamlSingle } from './escape.ts';
import { describeCondition } from './describe.ts';
import {
  argumentsOf,
  limitationSummary,
  limitsOf,
  limitsText,
  passesByName,
  placeholdersOf,
  rulesOf,
  assemble,
  type CompiledPolicy,
  type CompileOptions,
  type Limitation,
} from './limitations.ts';
import type { PolicyFile } from './schema.ts';

const GATEWAY = 'agentgateway';

/** A CEL string literal inside a YAML single-quoted scalar: how every tool name is written in this file. */
export function celYamlText(text: string): string {
  return celText(text).replace(/'/g, "''");
}

function comment(text: string, indent = ''): string {
  return `${indent}# ${commentText(text)}`;
}

/** The rule that matches calls of one tool. */
function nameRule(name: string): string {
  return yamlSingle(`mcp.tool.name == "${celText(name)}"`);
}

/** The policy as agentgateway `mcpAuthorization` rules, with what CEL cannot enforce stated at each tool. */
export function compileCel(policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  const limitations: Limitation[] = [];
  const blocks: { tool: string | null; lines: string[] }[] = [];
  let lines: string[] = [];
  const note = (limitation: Limitation) => {
    limitations.push(limitation);
    lines.push(comment(`NOT ENFORCED: ${limitation.text} ${limitation.pairWith}`, '  '));
  };
  const allowList = policy.default === 'deny';

  for (const [name, rule] of rulesOf(policy)) {
    lines = [];
    blocks.push({ tool: name, lines });
    const label = `"${celYamlText(name)}"`;
    const passes = passesByName(rule);
    lines.push(comment(`${label}: ${rule.action === 'allow' ? 'allowed' : rule.action === 'rate_limit' ? 'rate-limited' : rule.action === 'require_approval' ? "needs a person's approval" : rule.action === 'deny' ? 'denied' : 'hidden'}.`, '  '));
    for (const limit of limitsOf(rule)) {
      note({
        tool: name,
        kind: 'rate-limit',
        text: `${GATEWAY} authorization has no counters: ${limitsText([limit])} is not counted.`,
        pairWith: `Pair it with a localRateLimit on the route (it counts all requests of the route, not this tool's calls) or a gateway that counts per tool, such as ToolHive.`,
      });
    }
    const args = argumentsOf(rule);
    if (args && rule.action !== 'deny' && rule.action !== 'hide') {
      for (const arg of Object.keys(args)) {
        note({
          tool: name,
          kind: 'arguments',
          text: `${GATEWAY} sees no arguments before the call (mcp.tool.arguments is filled in afterwards, for access logs): ${describeCondition(arg, args[arg]!)} is not checked.`,
          pairWith: 'Pair it with a gateway that reads arguments, such as ToolHive with policy.cedar, or check it in the server.',
        });
      }
      for (const placeholder of placeholdersOf(rule)) lines.push(comment(`PLACEHOLDER (in the unenforced check): ${placeholder} is an example.`, '  '));
    }
    if (rule.action === 'require_approval') {
      note({
        tool: name,
        kind: 'approval',
        text: `${GATEWAY} cannot hold a call until a person approves it, so this file refuses it.`,
        pairWith: `To let reviewed users call it, uncomment the rule below with your reviewers' group claim, or pair ${GATEWAY} with an MCP client that asks before each call.`,
      });
      lines.push(`  # - ${yamlSingle(`mcp.tool.name == "${celText(name)}" && "mcp-approvers" in jwt.groups`)}`);
    }
    if (rule.action === 'deny') {
      note({
        tool: name,
        kind: 'listed',
        text: `${GATEWAY} leaves a tool it refuses out of tools/list; policy.json keeps a denied tool listed so the agent reads the reason.`,
        pairWith: 'Nothing to pair: the tool is refused either way.',
      });
    }
    if (allowList) {
      if (passes) lines.push(`  - ${nameRule(name)}`);
    } else if (!passes) {
      lines.push(`  - deny: ${nameRule(name)}`);
    }
  }

  const summary = limitationSummary(limitations);
  const header = [
    `# agentgateway mcpAuthorization rules (CEL)${options.server ? ` for ${commentText(options.server.name)}` : ''}, from the MCP Risk Atlas policy.json.`,
    '# Put this under `policies:` of the route or MCP backend that serves the server.',
    allowList
      ? '# An allow list: a tool call that matches no rule is refused, and the tool is left out of tools/list.'
      : '# A deny list (the policy lets through tools it does not name): a tool call that matches a deny rule is refused.',
    ...(allowList ? ['# Prompts and resources match no rule either: add a rule for them (e.g. has(mcp.prompt)) if the server has any.'] : []),
    ...(summary ? [comment(`Not enforced by agentgateway (see NOT ENFORCED at each tool): ${summary}.`)] : []),
  ];
  const isEntry = (line: string) => line.startsWith('  - ');
  const entries = blocks.some((block) => block.lines.some(isEntry));
  // No rule at all would let everything through ("if there are no rule sets, everyone has access"):
  // an allow list that allows nothing keeps one rule that never matches.
  const closing = allowList && !entries ? ['  # No tool is allowed: every tool call is refused.', "  - 'false'"] : [];
  const head = ['mcpAuthorization:', entries || closing.length > 0 ? '  rules:' : '  rules: []'];
  return assemble('cel', [{ tool: null, lines: [...header, ...head] }, ...blocks, { tool: null, lines: closing }], limitations);
}
