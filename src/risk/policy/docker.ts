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

const GATEWAY = 'Docker MCP Gateway';
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
    entries.push(comment(`NOT ENFORCED: ${limitation.text} ${limitation.pairWith}`, '  '));
  };

  if (policy.default === 'allow') {
    note({
      tool: '',
      kind: 'unlisted-tools',
      text: `A ${GATEWAY} list enables exactly the tools it names: tools the server adds later stay off, though the policy lets through tools it does not name.`,
      pairWith: 'Add new tools to the list when you have reviewed them.',
    });
  }
  for (const [name, rule] of rulesOf(policy)) {
    entries = [];
    blocks.push({ tool: name, lines: entries });
    const passes = passesByName(rule);
    entries.push(comment(`"${yamlText(name)}": ${ACTION_WORDS[rule.action]}${passes ? '' : ' (left off the list: not listed, not callable)'}.`, '  '));
    for (const limit of limitsOf(rule)) {
      note({ tool: name, kind: 'rate-limit', text: `${GATEWAY} does not count calls: ${limitsText([limit])} is not counted.`, pairWith: 'Pair it with a gateway that counts per tool, such as ToolHive.' });
    }
    const args = argumentsOf(rule);
    if (args && passes) {
      for (const arg of Object.keys(args)) {
        note({ tool: name, kind: 'arguments', text: `An enabled-tools list has no conditions: ${describeCondition(arg, args[arg]!)} is not checked.`, pairWith: 'Pair it with a gateway that reads arguments, such as ToolHive with policy.cedar, or check it in the server.' });
      }
      for (const placeholder of placeholdersOf(rule)) entries.push(comment(`PLACEHOLDER (in the unenforced check): ${placeholder} is an example.`, '  '));
    }
    if (rule.action === 'require_approval') {
      note({ tool: name, kind: 'approval', text: `${GATEWAY} cannot hold a call until a person approves it, so the tool is left off.`, pairWith: `Enable it only in a profile for reviewed work, or pair ${GATEWAY} with an MCP client that asks before each call.` });
    }
    if (rule.action === 'deny') {
      note({ tool: name, kind: 'listed', text: `A tool left off the list is not registered at all: the agent does not see it, where policy.json keeps a denied tool listed so the agent reads the reason.`, pairWith: 'Nothing to pair: the tool is refused either way.' });
    }
    if (passes) {
      entries.push(`  - ${yamlString(name)}`);
      enabled += 1;
    }
  }

  const key = options.server?.slug ?? SERVER_PLACEHOLDER;
  const summary = limitationSummary(limitations);
  const lines = [
    `# Docker MCP Gateway enabled tools${options.server ? ` for ${commentText(options.server.name)}` : ''}, from the MCP Risk Atlas policy.json.`,
    '# Merge it into ~/.docker/mcp/tools.yaml, or pass it with `docker mcp gateway run --tools-config`.',
    `# PLACEHOLDER: the key ${yamlString(key)} must be the server's name in your Docker MCP catalog (\`docker mcp server ls\`).`,
    '# Only the tools listed are exposed; a tool left off is neither listed nor callable.',
    ...(summary ? [comment(`Not enforced by Docker MCP Gateway (see NOT ENFORCED at each tool): ${summary}.`, '')] : []),
    `${yamlString(key)}:${enabled === 0 ? ' []' : ''}`,
  ];
  return assemble('docker', [{ tool: null, lines }, ...blocks], limitations);
}
