/**
 * policy.json to Docker MCP Gateway's per-server list of enabled tools: its tools.yaml, a map from
 * a server's name in the catalog to the names of the tools that server may expose
 * (https://github.com/docker/mcp-gateway, pkg/config/tools.go `ToolsConfig{ServerTools map[string][]string}`,
 * read by `docker mcp gateway run --tools-config`, written by `docker mcp tools enable`).
 *
 * The gateway's own rule (pkg/gateway/capabilitites.go, isToolEnabled): a server missing from the
 * map exposes every tool; a server in it exposes exactly the tools listed, an empty list none. A
 * tool that is not enabled is not registered at all: it is neither listed nor callable. So the
 * list says "on" or "off" per tool name and nothing else.
 */
import { commentText, yamlString, yamlText } from './escape.ts';
import { describeCondition } from './describe.ts';
import { capitalize } from '../text.ts';
import {
  argumentsOf,
  limitationHeader,
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

const GATEWAY = 'Docker MCP Gateway';

/** What Docker MCP Gateway cannot do, by kind: what to pair it with is the same for every tool, so the file says it once. */
const PAIR_WITH = {
  'rate-limit': `${GATEWAY} does not count calls: pair rate limits with a gateway that counts per tool, such as ToolHive.`,
  arguments: 'An enabled-tools list has no conditions: pair argument checks with a gateway that reads arguments, such as ToolHive with policy.cedar, or check them in the server.',
  approval: `${GATEWAY} has no approval step: enable such a tool only in a profile for reviewed work, or pair ${GATEWAY} with an MCP client that asks before each call.`,
  listed: 'Nothing to pair: the tool is refused either way.',
  'unlisted-tools': 'Add new tools to the list when you have reviewed them.',
} as const;
/** The key used when the policy is not tied to a server: the reader puts the catalog's name in. */
export const SERVER_PLACEHOLDER = 'your-server-name';

function comment(text: string, indent: string): string {
  return `${indent}# ${commentText(text)}`;
}

const ACTION_WORDS = { allow: 'allowed', rate_limit: 'rate-limited', require_approval: "needs a person's approval", deny: 'denied', hide: 'hidden' } as const;

/** The policy as Docker MCP Gateway's enabled-tools list for one server, with what it cannot enforce stated at each tool. */
export function compileDocker(policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  const limitations: Limitation[] = [];
  const blocks: { tool: string | null; lines: string[] }[] = [];
  let entries: string[] = [];
  blocks.push({ tool: null, lines: entries });
  let enabled = 0;
  const note = (limitation: Limitation) => {
    limitations.push(limitation);
    entries.push(comment(`NOT ENFORCED: ${limitation.text}`, '  '));
  };

  if (policy.default === 'allow') {
    note({ tool: '', kind: 'unlisted-tools', text: `The policy lets through tools it does not name, but a ${GATEWAY} list enables exactly the tools it names: tools the server adds later stay off.`, pairWith: PAIR_WITH['unlisted-tools'] });
  }
  for (const [name, rule] of rulesOf(policy)) {
    entries = [];
    blocks.push({ tool: name, lines: entries });
    const passes = passesByName(rule);
    entries.push(comment(`"${yamlText(name)}": ${ACTION_WORDS[rule.action]}${passes ? '' : ' (left off the list: not listed, not callable)'}.`, '  '));
    for (const limit of limitsOf(rule)) note({ tool: name, kind: 'rate-limit', text: `${capitalize(limitsText([limit]))} is not counted.`, pairWith: PAIR_WITH['rate-limit'] });
    const args = argumentsOf(rule);
    if (args && passes) {
      for (const arg of Object.keys(args)) note({ tool: name, kind: 'arguments', text: `${capitalize(describeCondition(arg, args[arg]!))} is not checked.`, pairWith: PAIR_WITH.arguments });
      for (const placeholder of placeholdersOf(rule)) entries.push(comment(`PLACEHOLDER (in the unenforced check): ${placeholder} is an example.`, '  '));
    }
    if (rule.action === 'require_approval') {
      note({ tool: name, kind: 'approval', text: `${GATEWAY} cannot ask a person to approve a call: the tool is left off the list.`, pairWith: PAIR_WITH.approval });
      note({ tool: name, kind: 'listed', text: 'The tool is left off the list, so the agent does not see it; policy.json keeps it listed, each call waiting for a person.', pairWith: PAIR_WITH.listed });
    }
    if (rule.action === 'deny') {
      note({ tool: name, kind: 'listed', text: 'The denied tool is left off the list, so the agent does not see it; policy.json keeps it listed so the agent reads the reason.', pairWith: PAIR_WITH.listed });
    }
    if (passes) {
      entries.push(`  - ${yamlString(name)}`);
      enabled += 1;
    }
  }

  const key = options.server?.slug ?? SERVER_PLACEHOLDER;
  const lines = [
    `# Docker MCP Gateway enabled tools${options.server ? ` for ${commentText(options.server.name)}` : ''}, from the MCP Risk Atlas policy.json.`,
    '# Merge it into ~/.docker/mcp/tools.yaml, or pass it with `docker mcp gateway run --tools-config`.',
    `# PLACEHOLDER: the key ${yamlString(key)} must be the server's name in your Docker MCP catalog (\`docker mcp server ls\`).`,
    '# Only the tools listed are exposed; a tool left off is neither listed nor callable.',
    ...limitationHeader(GATEWAY, limitations).map((line) => comment(line, '')),
    `${yamlString(key)}:${enabled === 0 ? ' []' : ''}`,
  ];
  return assemble('docker', [{ tool: null, lines }, ...blocks], limitations);
}
