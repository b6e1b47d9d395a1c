import { describe, expect, it } from 'vitest';
import { parseMcpConfig, type McpConfig } from '../../../src/check/config.ts';
import { formatProblem } from '../../../src/catalogue/problems.ts';

function ok(text: string): McpConfig {
  const parsed = parseMcpConfig('cfg.json', text);
  if ('problems' in parsed) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed;
}

function problems(text: string): string[] {
  const parsed = parseMcpConfig('cfg.json', text);
  return 'problems' in parsed ? parsed.problems.map(formatProblem) : [];
}

describe('the shapes clients write', () => {
  it('reads mcpServers (Claude Desktop, .mcp.json, Cursor) with stdio and HTTP entries and their lines', () => {
    const config = ok(`{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_TOKEN": "\${env:GITHUB_TOKEN}" }
    },
    "remote": { "type": "http", "url": "https://mcp.example.com/mcp", "headers": { "Authorization": "Bearer \${TOKEN}" } },
    "cursor-style": { "url": "https://other.example.com/mcp" }
  }
}`);
    expect(config.format).toBe('mcpServers');
    expect(config.servers.map((server) => [server.name, server.server.transport, server.path, server.line, server.endLine])).toEqual([
      ['github', 'stdio', 'mcpServers.github', 3, 7],
      ['remote', 'streamable-http', 'mcpServers.remote', 8, 8],
      ['cursor-style', 'streamable-http', 'mcpServers["cursor-style"]', 9, 9],
    ]);
    expect(config.servers[0]!.column).toBe(5);
  });

  it("reads VS Code's .vscode/mcp.json with comments, trailing commas and inputs", () => {
    const config = ok(`{
  // VS Code allows comments
  "inputs": [{ "type": "promptString", "id": "api-key", "description": "API key", "password": true }],
  "servers": {
    "fetch": { "type": "stdio", "command": "uvx", "args": ["mcp-server-fetch"], },
  },
}`);
    expect(config.format).toBe('vscode');
    expect(config.inputs.map((input) => input.id)).toEqual(['api-key']);
    expect(config.servers[0]).toMatchObject({ name: 'fetch', line: 5 });
  });

  it("reads VS Code's settings.json, where the servers are under mcp", () => {
    const config = ok(
      '{ "editor.fontSize": 14, "mcp": { "servers": { "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"] } } } }',
    );
    expect(config.format).toBe('vscode-settings');
    expect(config.servers.map((server) => server.path)).toEqual(['mcp.servers.memory']);
  });

  it('leaves disabled servers out, by name', () => {
    const config = ok('{"mcpServers": {"a": {"command": "x"}, "b": {"command": "y", "disabled": true}}}');
    expect(config.servers.map((server) => server.name)).toEqual(['a']);
    expect(config.disabled).toEqual(['b']);
  });

  it('keeps an env variable named __proto__ as a key', () => {
    const config = ok('{"mcpServers": {"a": {"command": "x", "env": {"__proto__": "v"}}}}');
    const server = config.servers[0]!.server;
    expect(server.transport === 'stdio' && Object.hasOwn(server.entry.env!, '__proto__')).toBe(true);
  });
});

describe('problems name the file, the server and the field', () => {
  it.each([
    [
      '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", 3]}}}',
      'cfg.json: mcpServers.gh.args[1]: expected a string (server "gh", line 1)',
    ],
    [
      '{"mcpServers": {"gh": {"command": ""}}}',
      'cfg.json: mcpServers.gh.command: expected the command that starts the server (server "gh", line 1)',
    ],
    [
      '{"mcpServers": {"gh": {"command": "x", "env": {"TOKEN": 5}}}}',
      'cfg.json: mcpServers.gh.env.TOKEN: expected a string (numbers and booleans must be quoted) (server "gh", line 1)',
    ],
    [
      '{"mcpServers": {"gh": {"args": []}}}',
      'cfg.json: mcpServers.gh: expected "command" (a server started over stdio) or "url" (a server over HTTP) (server "gh", line 1)',
    ],
    [
      '{"mcpServers": {"old": {"type": "sse", "url": "http://x/sse"}}}',
      'cfg.json: mcpServers.old.type: "sse" is the deprecated HTTP+SSE transport, which the atlas does not speak; most servers also serve Streamable HTTP: use "type": "http" and its URL (server "old", line 1)',
    ],
    [
      '{"servers": {"f": {"command": "x", "envFile": ".env"}}}',
      'cfg.json: servers.f.envFile: not supported: the atlas reads no secrets file; give the variables in "env" with ${env:NAME} and set them in the environment (server "f", line 1)',
    ],
    [
      '{"editor": 1}',
      'cfg.json: $: no MCP servers found: expected "mcpServers" (Claude Desktop, .mcp.json, Cursor), "servers" (VS Code\'s .vscode/mcp.json) or "mcp": {"servers"} (VS Code\'s settings.json)',
    ],
    ['{"mcpServers": {}}', 'cfg.json: mcpServers: no servers: nothing to check'],
  ])('%s', (text, message) => {
    expect(problems(text)).toEqual([message]);
  });

  it('gives the line and column of a syntax error', () => {
    expect(problems('{\n  "mcpServers": {\n    "a": {"command": "x"}\n    "b": {}\n  }\n}')).toEqual([
      'cfg.json: $: not valid JSON (with comments): CommaExpected at line 4, column 5',
    ]);
  });

  it('refuses a server given twice: clients disagree on which one runs', () => {
    expect(problems('{"mcpServers": {\n"a": {"command": "safe"},\n"a": {"command": "evil"}\n}}')).toEqual([
      'cfg.json: mcpServers.a: the key appears twice in this object (lines 2 and 3); clients disagree on which one counts: keep one',
    ]);
  });
});

it('refuses an environment variable name no shell could set', () => {
  expect(problems('{"mcpServers": {"a": {"command": "x", "env": {"MY-KEY": "v"}}}}')).toEqual([
    'cfg.json: mcpServers.a.env["MY-KEY"]: expected an environment variable name: letters, digits and _, not starting with a digit (server "a", line 1)',
  ]);
});
