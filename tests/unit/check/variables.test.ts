import { describe, expect, it } from 'vitest';
import { parseMcpConfig, type ConfigServer } from '../../../src/check/config.ts';
import { redactor } from '../../../src/check/redact.ts';
import {
  inputVariable,
  recordableUrlText,
  resolveServer,
  resolveText,
  workspaceFolderOf,
  type VariableContext,
} from '../../../src/check/variables.ts';
import { formatProblem } from '../../../src/catalogue/problems.ts';

const context: VariableContext = {
  env: { TOKEN: 'tok-0123456789', EMPTY: '', API_KEY_INPUT: 'unused', ATLAS_INPUT_API_KEY: 'input-secret-999' },
  workspaceFolder: '/repo',
  userHome: '/home/dev',
  inputs: [{ id: 'api-key', type: 'promptString' }],
};

describe('resolveText', () => {
  it.each([
    ['Bearer ${env:TOKEN}', 'Bearer tok-0123456789', ['tok-0123456789']],
    ['${TOKEN}', 'tok-0123456789', ['tok-0123456789']],
    ['${MISSING:-fallback}', 'fallback', []],
    ['${EMPTY:-fallback}', 'fallback', []],
    ['${TOKEN:-fallback}', 'tok-0123456789', ['tok-0123456789']],
    ['${input:api-key}', 'input-secret-999', ['input-secret-999']],
    ['${workspaceFolder}/data', '/repo/data', []],
    ['${userHome}/.config', '/home/dev/.config', []],
    ['plain $HOME text', 'plain $HOME text', []],
  ])('%s', (text, value, secrets) => {
    expect(resolveText(text, context)).toEqual({ value, secrets });
  });

  it.each([
    ['${env:MISSING}', '${env:MISSING} is not set: set the environment variable MISSING'],
    ['${MISSING}', '${MISSING} is not set: set the environment variable MISSING'],
    ['${input:other}', '"${input:other}": no input with the id "other" is declared in "inputs"'],
    [
      '${command:pick}',
      '"${command:pick}": unknown variable; the atlas resolves ${env:NAME}, ${NAME}, ${NAME:-default}, ${input:ID}, ${workspaceFolder}, ${userHome} and ${pathSeparator}',
    ],
    ['${env:not a name}', '"${env:not a name}": expected an environment variable name after "env:"'],
  ])('%s cannot be resolved', (text, error) => {
    expect(resolveText(text, context)).toEqual({ error });
  });

  it('reads an input from ATLAS_INPUT_<ID>, since CI cannot be prompted', () => {
    expect(inputVariable('api-key')).toBe('ATLAS_INPUT_API_KEY');
    expect(resolveText('${input:x.y}', { ...context, inputs: [], env: { ATLAS_INPUT_X_Y: 'value-123456' } })).toEqual({
      value: 'value-123456',
      secrets: ['value-123456'],
    });
  });
});

function server(text: string): ConfigServer {
  const config = parseMcpConfig('.mcp.json', text);
  if ('problems' in config) throw new Error(config.problems.map(formatProblem).join('\n'));
  return config.servers[0]!;
}

describe('resolveServer', () => {
  it('resolves a stdio entry; records the command as written; every env value is a secret', () => {
    const entry = server(
      '{"mcpServers": {"gh": {"command": "npx", "args": ["-y", "server", "--token=${env:TOKEN}"], "env": {"LITERAL": "literal-secret-42", "T": "${TOKEN}"}, "cwd": "sub"}}}',
    );
    const resolved = resolveServer('.mcp.json', entry, context);
    if ('problems' in resolved) throw new Error('unexpected');
    expect(resolved.target).toEqual({
      transport: 'stdio',
      command: 'npx',
      args: ['-y', 'server', '--token=tok-0123456789'],
      env: { LITERAL: 'literal-secret-42', T: 'tok-0123456789' },
      cwd: '/repo/sub',
    });
    expect(resolved.recorded).toBe('npx -y server --token=${env:TOKEN}');
    expect(resolved.secrets).toEqual(expect.arrayContaining(['tok-0123456789', 'literal-secret-42']));
  });

  it('resolves an HTTP entry; headers, passwords and query values are secrets; the URL is recorded without them', () => {
    const entry = server(
      '{"mcpServers": {"r": {"type": "http", "url": "https://user:pw-secret-1@mcp.example.com/mcp?key=${env:TOKEN}", "headers": {"Authorization": "Bearer fixed-secret-77"}}}}',
    );
    const resolved = resolveServer('.mcp.json', entry, context);
    if ('problems' in resolved) throw new Error('unexpected');
    expect(resolved.target.transport === 'streamable-http' && resolved.target.headers).toEqual({ Authorization: 'Bearer fixed-secret-77' });
    expect(resolved.recorded).toBe('https://mcp.example.com/mcp');
    expect(resolved.secrets).toEqual(expect.arrayContaining(['tok-0123456789', 'Bearer fixed-secret-77', 'pw-secret-1']));
  });

  it('names the file, the entry, the field and the variable, never a value', () => {
    const entry = server('{"mcpServers": {\n"gh": {"command": "npx", "env": {"A": "${env:NOPE}"}, "args": ["${env:TOKEN}", "${bad:x}"]}}}');
    const resolved = resolveServer('.mcp.json', entry, context);
    expect('problems' in resolved && resolved.problems.map(formatProblem)).toEqual([
      '.mcp.json: mcpServers.gh.args[1]: "${bad:x}": unknown variable; the atlas resolves ${env:NAME}, ${NAME}, ${NAME:-default}, ${input:ID}, ${workspaceFolder}, ${userHome} and ${pathSeparator} (server "gh", line 2)',
      '.mcp.json: mcpServers.gh.env.A: ${env:NOPE} is not set: set the environment variable NOPE (server "gh", line 2)',
    ]);
  });

  it('refuses a URL that is not http(s) once resolved, without quoting it', () => {
    const entry = server('{"mcpServers": {"r": {"url": "${env:TOKEN}"}}}');
    const resolved = resolveServer('.mcp.json', entry, context);
    expect('problems' in resolved && resolved.problems.map(formatProblem)).toEqual([
      '.mcp.json: mcpServers.r.url: expected an http:// or https:// URL once its variables are resolved (server "r", line 1)',
    ]);
  });
});

describe('recordable URLs and workspace folders', () => {
  it.each([
    ['https://a.example/mcp?token=x#f', 'https://a.example/mcp'],
    ['https://u:p@a.example/mcp', 'https://a.example/mcp'],
    ['${env:BASE}/mcp?key=${env:K}', '${env:BASE}/mcp'],
    ['https://${env:USER}:${env:PW}@host/mcp', 'https://host/mcp'],
  ])('%s -> %s', (text, recorded) => expect(recordableUrlText(text)).toBe(recorded));

  it('takes the folder that holds .vscode/ as the workspace', () => {
    expect(workspaceFolderOf('/repo/.vscode/mcp.json')).toBe('/repo');
    expect(workspaceFolderOf('/repo/.mcp.json')).toBe('/repo');
  });
});

describe('redactor', () => {
  it('masks every form of a secret, longest first, and leaves short values alone', () => {
    const redact = redactor(['tok-0123456789', 'tok-0123', 'a"b\\c-secret', 'true']);
    expect(redact('x tok-0123456789 y tok-0123 z')).toBe('x *** y *** z');
    expect(redact(JSON.stringify({ v: 'a"b\\c-secret' }))).toBe('{"v":"***"}');
    expect(redact('true')).toBe('true');
  });
});
