/**
 * policy.json to Docker MCP Gateway's per-server list of enabled tools
 * (https://github.com/docker/mcp-gateway). The gateway keeps that list in two places:
 * - in a profile, its default mode: `docker mcp gateway run` runs the profile "default", and
 *   `docker mcp profile tools <profile> --disable-all <server> --enable <server>.<tool>` sets a
 *   server's list (cmd/docker-mcp/commands/workingset.go; pkg/workingset/tools.go splits each
 *   argument at its first "."). The file's header writes that command from the same rules;
 * - in a tools.yaml, read only in legacy mode, which `--tools-config` (or `--servers`) switches on
 *   (cmd/docker-mcp/commands/gateway.go): a map from a server's name to the tools it may expose
 *   (pkg/config/tools.go `ToolsConfig{ServerTools map[string][]string}`). That is the file itself.
 *   A path without "./" is looked up in ~/.docker/mcp/ (pkg/config/readwrite.go FilePath), and a
 *   file that is not there reads as empty (pkg/config/legacy.go), which enables every tool.
 *
 * The gateway's own rule (pkg/gateway/capabilitites.go, isToolEnabled): a server missing from the
 * map exposes every tool; a server in it exposes exactly the tools listed, an empty list none. A
 * tool that is not enabled is not registered at all: it is neither listed nor callable. So the
 * list says "on" or "off" per tool name and nothing else. A `--tools` flag replaces the list
 * altogether, and the dynamic tools (mcp-add, mcp-activate-profile), on unless the feature
 * "dynamic-tools" is disabled, let an agent bring in servers with lists of their own.
 */
import { commentText, shellWord, yamlString, yamlText } from './escape.ts';
import { ACTION_WORDS, assemble, hashComment, limitationHeader, noteNameOnlyGaps, passesByName, rulesOf } from './limitations.ts';
import { approvalGap, type CompileOptions, type CompiledPolicy, type Limitation } from './limitations.ts';
import type { PolicyFile } from './schema.ts';

const GATEWAY = 'Docker MCP Gateway';

/** What Docker MCP Gateway cannot do, by kind: what to pair it with is the same for every tool, so the file says it once. */
const PAIR_WITH = {
  'rate-limit': `${GATEWAY} does not count calls: pair rate limits with a gateway that counts per tool, such as ToolHive.`,
  arguments:
    'An enabled-tools list has no conditions: pair argument checks with a gateway that reads arguments, ' +
    'such as ToolHive with policy.cedar, or check them in the server.',
  approval:
    `${GATEWAY} has no approval step: enable such a tool only in a profile for reviewed work, ` +
    `or pair ${GATEWAY} with an MCP client that asks before each call.`,
  listed: 'Nothing to pair: the tool is refused either way.',
  'unlisted-tools': 'Add new tools to the list when you have reviewed them.',
} as const;
/** The key used when the policy is not tied to a server: the reader puts the catalog's name in. */
export const SERVER_PLACEHOLDER = 'your-server-name';
/** The profile the commands name: the one `docker mcp gateway run` runs when given no --profile. */
const PROFILE = 'default';

/**
 * The header lines that load the list into a profile: one command that sets the server's list to
 * exactly the tools enabled here, one that changes only the tools the policy names. Undefined when
 * a name holds a character a comment cannot show as it is (a control or invisible character): the
 * command could not be copied right, so the reader is sent to the file.
 */
function profileCommands(key: string, enabled: readonly string[], refused: readonly string[]): string[] {
  const typeable = [key, ...enabled, ...refused].every((name) => commentText(name) === name);
  if (!typeable) {
    return [
      '# A tool name here holds a control or invisible character, ' +
        'which a command in this comment cannot carry: load the list with the file in legacy mode, below.',
    ];
  }
  const enable = enabled.map((name) => ` --enable ${shellWord(`${key}.${name}`)}`).join('');
  const disable = refused.map((name) => ` --disable ${shellWord(`${key}.${name}`)}`).join('');
  const lines = [
    `# Load it into a profile, the gateway's default mode (here "${PROFILE}", ` +
      `the profile \`docker mcp gateway run\` runs without --profile):`,
    `#   docker mcp profile tools ${PROFILE} --disable-all ${shellWord(key)}${enable}`,
    `# That leaves the server exactly the tools listed below.`,
  ];
  if (enable !== '' || disable !== '') {
    const narrows = enable === '' ? '' : ' (on a server with every tool on, --enable leaves only the tools it names)';
    lines.push(
      `# Or change only the tools named here, keeping the rest of the server's list${narrows}:`,
      `#   docker mcp profile tools ${PROFILE}${enable}${disable}`,
    );
  }
  lines.push(`# Check the result with \`docker mcp profile show ${PROFILE}\`.`);
  return lines;
}

const comment = hashComment;

/** The policy as Docker MCP Gateway's enabled-tools list for one server, with what it cannot enforce stated at each tool. */
export function compileDocker(policy: PolicyFile, options: CompileOptions = {}): CompiledPolicy {
  const limitations: Limitation[] = [];
  const blocks: { tool: string | null; lines: string[] }[] = [];
  let entries: string[] = [];
  blocks.push({ tool: null, lines: entries });
  const enabled: string[] = [];
  const refused: string[] = [];
  const note = (limitation: Limitation) => {
    limitations.push(limitation);
    entries.push(comment(`NOT ENFORCED: ${limitation.text}`, '  '));
  };

  if (policy.default === 'allow') {
    note({
      tool: '',
      kind: 'unlisted-tools',
      text:
        'The policy lets through tools it does not name, ' +
        `but a ${GATEWAY} list enables exactly the tools it names: tools the server adds later stay off.`,
      pairWith: PAIR_WITH['unlisted-tools'],
    });
  }
  for (const [name, rule] of rulesOf(policy)) {
    entries = [];
    blocks.push({ tool: name, lines: entries });
    const passes = passesByName(rule);
    entries.push(
      comment(`"${yamlText(name)}": ${ACTION_WORDS[rule.action]}${passes ? '' : ' (left off the list: not listed, not callable)'}.`, '  '),
    );
    noteNameOnlyGaps(name, rule, passes, PAIR_WITH, note, (text) => entries.push(comment(text, '  ')));
    if (rule.action === 'require_approval') {
      note(approvalGap(name, GATEWAY, 'the tool is left off the list.', PAIR_WITH.approval));
      note({
        tool: name,
        kind: 'listed',
        text: 'The tool is left off the list, so the agent does not see it; policy.json keeps it listed, each call waiting for a person.',
        pairWith: PAIR_WITH.listed,
      });
    }
    if (rule.action === 'deny') {
      note({
        tool: name,
        kind: 'listed',
        text:
          'The denied tool is left off the list, so the agent does not see it; ' +
          'policy.json keeps it listed so the agent reads the reason.',
        pairWith: PAIR_WITH.listed,
      });
    }
    if (passes) {
      entries.push(`  - ${yamlString(name)}`);
      enabled.push(name);
    } else refused.push(name);
  }

  const key = options.server?.slug ?? SERVER_PLACEHOLDER;
  const lines = [
    `# Docker MCP Gateway enabled tools${options.server ? ` for ${commentText(options.server.name)}` : ''}` +
      ', from the MCP Risk Atlas policy.json.',
    `# PLACEHOLDER: ${yamlString(key)} must be the server's name in your ` +
      `profile (\`docker mcp profile server ls\`), here and in the commands.`,
    ...profileCommands(key, enabled, refused),
    '# Legacy mode (no profile) reads this file instead: save it as docker-tools.yaml and run',
    `#   docker mcp gateway run --servers ${shellWord(key)} --tools-config ./docker-tools.yaml`,
    '# Keep the ./ or give an absolute path: a bare name is looked up in ~/.docker/mcp/, ' +
      'and a file not found there enables every tool, silently.',
    '# Do not add --tools: it replaces this list.',
    '# Dynamic tools, on by default, let an agent remove, ' +
      'add and activate servers from other profiles (mcp-remove, mcp-add, mcp-activate-profile),',
    '# and a profile with a longer list for this server then widens it: ' +
      'turn them off with `docker mcp feature disable dynamic-tools` before starting the gateway.',
    '# Only the tools listed are exposed; a tool left off is neither listed nor callable.',
    ...limitationHeader(GATEWAY, limitations).map((line) => comment(line, '')),
    `${yamlString(key)}:${enabled.length === 0 ? ' []' : ''}`,
  ];
  return assemble('docker', [{ tool: null, lines }, ...blocks], limitations);
}
