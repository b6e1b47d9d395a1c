/**
 * policy.json to a Pomerium route policy in Pomerium Policy Language (PPL), with the `mcp_tool`
 * criterion (https://www.pomerium.com/docs/capabilities/mcp/limit-mcp-tools and the PPL reference
 * https://www.pomerium.com/docs/internals/ppl). What the spelling follows:
 * - a route's `policy` holds `allow` and `deny` rules, each a logical operator (`and`, `or`, `not`,
 *   `nor`) over a list of criteria; access needs one matching allow and no matching deny;
 * - `mcp_tool` takes a string matcher (`is`, `starts_with`, `ends_with`, `contains`, `in`,
 *   `not_in`) on the name of a `tools/call`; for any other MCP method it is false;
 * - Pomerium's advice, followed here: identity in `allow`, tool names in `deny`, so `tools/list`,
 *   `initialize` and the rest still pass. An allow list is a deny with `not_in`.
 *
 * Pomerium sees the tool's name and nothing else of the call, and does not filter `tools/list`
 * (pkg/policy/criteria/mcp_tool.go evaluates only `tools/call`). And it sees the name only of a
 * call it can read: Envoy hands the authorizer at most the route's `mcp.server.max_request_bytes`
 * of the body (4096 by default, config/policy.go; partial messages allowed,
 * config/envoyconfig/per_filter_config.go), and a body it cannot parse (cut short, not
 * application/json, not a single JSON-RPC request) only logs an error (authorize/grpc.go). Then
 * `mcp_tool` is false, the deny rule does not match, and `allow` admits the call: the file says
 * so, and what to set, in its header.
 */
import { commentText, yamlString, yamlText } from './escape.ts';
import { ACTION_WORDS, assemble, hashComment, limitationHeader, noteNameOnlyGaps, passesByName, rulesOf } from './limitations.ts';
import { approvalGap, type CompileOptions, type CompiledPolicy, type Limitation } from './limitations.ts';
import type { PolicyFile } from './schema.ts';

const GATEWAY = 'Pomerium';

/** What Pomerium cannot do, by kind: what to pair it with is the same for every tool, so the file says it once. */
const PAIR_WITH = {
  'rate-limit':
    `${GATEWAY} does not count calls: pair rate limits with a gateway that counts per tool, ` +
    'such as ToolHive, or a rate limit in front of the route.',
  arguments:
    `${GATEWAY} sees only the tool's name (mcp_tool): pair argument checks with a gateway that reads arguments, ` +
    'such as ToolHive with policy.cedar, or check them in the server.',
  approval:
    `${GATEWAY} has no approval step: to let reviewed users call such a tool, ` +
    `give them a route of their own whose policy allows it, or pair ${GATEWAY} with an MCP client that asks before each call.`,
  hidden: 'Pair hiding with a gateway that filters the tool list, such as ToolHive or agentgateway.',
  'unread-calls':
    "Set mcp.server.max_request_bytes on the route at least as large as the MCP server's own limit on a request, " +
    'so that the server refuses what Pomerium cannot read, ' +
    'and keep high-risk tools behind a gateway that refuses what it cannot parse, such as ToolHive or agentgateway.',
} as const;

const comment = hashComment;

/** The policy as a Pomerium route policy, with what PPL cannot enforce stated at each tool. */
export function compilePomerium(policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  const limitations: Limitation[] = [];
  const allowList = policy.default === 'deny';
  const indent = '          ';
  const blocks: { tool: string | null; lines: string[] }[] = [];
  let entries: string[] = [];
  let listed = 0;
  const note = (limitation: Limitation) => {
    limitations.push(limitation);
    entries.push(comment(`NOT ENFORCED: ${limitation.text}`, indent));
  };

  for (const [name, rule] of rulesOf(policy)) {
    entries = [];
    blocks.push({ tool: name, lines: entries });
    const passes = passesByName(rule);
    entries.push(
      comment(
        `"${yamlText(name)}": ${ACTION_WORDS[rule.action]}` +
          `${allowList ? (passes ? '' : ' (not in the list, so refused)') : passes ? ' (not in the list)' : ''}.`,
        indent,
      ),
    );
    noteNameOnlyGaps(name, rule, rule.action !== 'deny' && rule.action !== 'hide', PAIR_WITH, note, (text) =>
      entries.push(comment(text, indent)),
    );
    if (rule.action === 'require_approval') {
      note(approvalGap(name, GATEWAY, 'the tool is not allowed, so every call is refused.', PAIR_WITH.approval));
    }
    if (rule.action === 'hide') {
      note({
        tool: name,
        kind: 'hidden',
        text: `The hidden tool stays in tools/list (${GATEWAY} does not filter the list); its calls are refused.`,
        pairWith: PAIR_WITH.hidden,
      });
    }
    if (allowList ? passes : !passes) {
      entries.push(`${indent}- ${yamlString(name)}`);
      listed += 1;
    }
  }

  const denies = allowList || listed > 0;
  const unread: Limitation = {
    tool: '',
    kind: 'unread-calls',
    text:
      `${GATEWAY} reads a tool call only up to the route's mcp.server.max_request_bytes ` +
      '(4096 bytes by default): a longer call, or one it cannot parse, ' +
      'is not matched by mcp_tool, skips the deny rule and is let through.',
    pairWith: PAIR_WITH['unread-calls'],
  };
  if (denies) limitations.unshift(unread);
  const lines = [
    `# Pomerium route policy (PPL)${options.server ? ` for ${commentText(options.server.name)}` : ''}` +
      ', from the MCP Risk Atlas policy.json.',
    '# Put it in the `policy` of the route that serves the MCP server (a route with `mcp: { server: {} }`).',
    '# allow: who may use the route at all; authenticated_user admits anyone signed in: narrow it to your domain or groups.',
    allowList
      ? '# deny: a tools/call Pomerium can read whose tool is not in the not_in list is refused; tools/list and other methods pass.'
      : '# deny: a tools/call Pomerium can read whose tool is in the in list is refused; tools the policy does not name pass.',
    ...(denies ? [comment(`NOT ENFORCED: ${unread.text}`, '')] : []),
    ...limitationHeader(GATEWAY, limitations).map((line) => comment(line, '')),
    'policy:',
    '  allow:',
    '    and:',
    '      - authenticated_user: true',
  ];
  if (allowList || listed > 0) {
    lines.push('  deny:', '    or:', '      - mcp_tool:', `          ${allowList ? 'not_in' : 'in'}:${listed === 0 ? ' []' : ''}`);
    return assemble('pomerium', [{ tool: null, lines }, ...blocks], limitations);
  }
  // Nothing refused by name: the notes stay, as comments under allow.
  const notes = blocks.map((block) => ({ tool: block.tool, lines: block.lines.map((line) => line.replace(indent, '  ')) }));
  return assemble(
    'pomerium',
    [{ tool: null, lines }, ...notes, { tool: null, lines: ['  # No tool is refused by name: there is no deny rule.'] }],
    limitations,
  );
}
