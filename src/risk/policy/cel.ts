/**
 * policy.json to agentgateway's `mcpAuthorization` rules: CEL expressions over the request
 * (https://agentgateway.dev/docs/standalone/latest/configuration/security/mcp-authz/). What
 * agentgateway gives a rule at request time is `mcp.tool.name`, `mcp.tool.target` and the JWT's
 * claims (`jwt.sub`, `jwt.<claim>`). The call's arguments are recorded for the access log before
 * authorization (src/mcp/session.rs, capture_call_arguments), but the rule's `mcp` is built from
 * the tool's target and name alone (src/mcp/mod.rs, MCPInfo::from), so no argument check can be
 * written here.
 *
 * Rule semantics, from agentgateway's src/http/authorization.rs: a plain string is an allow rule,
 * `{deny: …}` a deny rule; any matching deny refuses, and when allow rules exist a request that
 * matches none is refused (an allow list), while only deny rules make a deny list. Tools that are
 * not allowed are also filtered out of `tools/list`. Deny rules are "not recommended because
 * expression failures fail to deny", so a default-deny policy is written as allow rules only.
 */
import { celText, commentText, yamlSingle } from './escape.ts';
import { ACTION_WORDS, assemble, hashComment, limitationHeader, noteNameOnlyGaps, passesByName, rulesOf } from './limitations.ts';
import { approvalGap, type CompileOptions, type CompiledPolicy, type Limitation } from './limitations.ts';
import type { PolicyFile } from './schema.ts';

const GATEWAY = 'agentgateway';

/** What agentgateway cannot do, by kind: what to pair it with is the same for every tool, so the file says it once. */
const PAIR_WITH = {
  'rate-limit':
    `${GATEWAY} authorization has no counters: pair rate limits with a localRateLimit on the route (it counts ` +
    "all of the route's requests, not one tool's calls) or a gateway that counts per tool, such as ToolHive.",
  arguments:
    `${GATEWAY} gives mcpAuthorization rules no arguments (it records mcp.tool.arguments for access logs, ` +
    'but not for rules): pair argument checks with a gateway that reads arguments, ' +
    'such as ToolHive with policy.cedar, or check them in the server.',
  approval:
    `${GATEWAY} has no approval step: to let reviewed users call such a tool, ` +
    `uncomment its rule with your reviewers' group claim, or pair ${GATEWAY} with an MCP client that asks before each call.`,
  listed: 'Nothing to pair: the tool is refused either way.',
} as const;

/** A CEL string literal inside a YAML single-quoted scalar: how every tool name is written in this file. */
export function celYamlText(text: string): string {
  return celText(text).replace(/'/g, "''");
}

const comment = hashComment;

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
    lines.push(comment(`NOT ENFORCED: ${limitation.text}`, '  '));
  };
  const allowList = policy.default === 'deny';

  for (const [name, rule] of rulesOf(policy)) {
    lines = [];
    blocks.push({ tool: name, lines });
    const label = `"${celYamlText(name)}"`;
    const passes = passesByName(rule);
    lines.push(comment(`${label}: ${ACTION_WORDS[rule.action]}.`, '  '));
    noteNameOnlyGaps(name, rule, rule.action !== 'deny' && rule.action !== 'hide', PAIR_WITH, note, (text) =>
      lines.push(comment(text, '  ')),
    );
    if (rule.action === 'require_approval') {
      note(approvalGap(name, GATEWAY, 'the tool has no rule, so every call is refused.', PAIR_WITH.approval));
      note({
        tool: name,
        kind: 'listed',
        text: `${GATEWAY} also leaves the tool out of tools/list; policy.json keeps it listed, each call waiting for a person.`,
        pairWith: PAIR_WITH.listed,
      });
      lines.push(`  # - ${yamlSingle(`mcp.tool.name == "${celText(name)}" && "mcp-approvers" in jwt.groups`)}`);
    }
    if (rule.action === 'deny') {
      note({
        tool: name,
        kind: 'listed',
        text: `${GATEWAY} also leaves the denied tool out of tools/list; policy.json keeps it listed so the agent reads the reason.`,
        pairWith: PAIR_WITH.listed,
      });
    }
    if (allowList) {
      if (passes) lines.push(`  - ${nameRule(name)}`);
    } else if (!passes) {
      lines.push(`  - deny: ${nameRule(name)}`);
    }
  }

  const header = [
    `# agentgateway mcpAuthorization rules (CEL)${options.server ? ` for ${commentText(options.server.name)}` : ''}` +
      ', from the MCP Risk Atlas policy.json.',
    '# Put this under `policies:` of the route or MCP backend that serves the server.',
    allowList
      ? '# An allow list: a tool call that matches no rule is refused, and the tool is left out of tools/list.'
      : '# A deny list (the policy lets through tools it does not name): a tool call that matches a deny rule is refused.',
    ...(allowList
      ? ['# Prompts and resources match no rule either: add a rule for them (e.g. has(mcp.prompt)) if the server has any.']
      : []),
    ...limitationHeader(GATEWAY, limitations).map((line) => comment(line)),
  ];
  const isEntry = (line: string) => line.startsWith('  - ');
  const entries = blocks.some((block) => block.lines.some(isEntry));
  // No rule at all would let everything through ("if there are no rule sets, everyone has access"):
  // an allow list that allows nothing keeps one rule that never matches.
  const closing = allowList && !entries ? ['  # No tool is allowed: every tool call is refused.', "  - 'false'"] : [];
  const head = ['mcpAuthorization:', entries || closing.length > 0 ? '  rules:' : '  rules: []'];
  return assemble('cel', [{ tool: null, lines: [...header, ...head] }, ...blocks, { tool: null, lines: closing }], limitations);
}
