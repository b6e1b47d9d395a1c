/**
 * Pure: the MCP servers of a client configuration people already have, read as their clients read
 * them. Three shapes cover the common clients:
 * - `{"mcpServers": {...}}`: Claude Desktop's claude_desktop_config.json, Claude Code's and
 *   Cursor's `.mcp.json` / `mcp.json`, Windsurf, Cline;
 * - `{"servers": {...}, "inputs": [...]}`: VS Code's `.vscode/mcp.json`;
 * - `{"mcp": {"servers": {...}, "inputs": [...]}}`: VS Code's settings.json.
 * VS Code's files are JSON with comments and trailing commas, so every file is read with
 * jsonc-parser, which also gives each server entry's position (its line in messages and SARIF).
 * Variables (`${env:TOKEN}`) are left as written here; variables.ts resolves them.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { z } from 'zod';
import { safeParseAllKeys } from '../catalogue/all-keys.ts';
import { lineAndColumn } from '../catalogue/json.ts';
import { formatPath, quote, type Problem } from '../catalogue/problems.ts';
import { defineKey } from '../risk/policy/schema.ts';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `env` of a stdio server and `headers` of an HTTP one: names to values (which may hold variables). */
const StringMapSchema = z.record(z.string(), z.string({ error: 'expected a string (numbers and booleans must be quoted)' }));

export const StdioEntrySchema = z
  .looseObject({
    type: z.literal('stdio').optional().describe('"stdio", or absent when `command` is given.'),
    command: z
      .string()
      .min(1, 'expected the command that starts the server')
      .describe('The program to start, found on PATH or by path; variables allowed.'),
    args: z
      .array(z.string({ error: 'expected a string' }))
      .optional()
      .describe('Its arguments, passed as they are (no shell); variables allowed.'),
    env: z
      .record(z.string(), z.string({ error: 'expected a string (numbers and booleans must be quoted)' }))
      .optional()
      .describe(
        'Environment variables for the server, added to the few the importer passes on (HOME, PATH, USER...); ' +
          'variables allowed. Never recorded.',
      ),
    cwd: z
      .string()
      .optional()
      .describe("Working directory, relative to the workspace folder (the config's folder, or the parent of .vscode/)."),
    disabled: z.boolean().optional().describe('Cline and others: true leaves the server out of the check.'),
  })
  .describe('A server started as a child process speaking MCP over stdio.');
export type StdioEntry = z.infer<typeof StdioEntrySchema>;

export const HttpEntrySchema = z
  .looseObject({
    type: z
      .enum(['http', 'streamable-http', 'streamableHttp'])
      .optional()
      .describe('"http" (VS Code, Claude Code), or absent when `url` is given.'),
    url: z.string().min(1, "expected the server's URL").describe('The Streamable HTTP endpoint, http:// or https://; variables allowed.'),
    headers: StringMapSchema.optional().describe(
      'Headers sent with every request (an Authorization token); variables allowed. Never recorded.',
    ),
    disabled: z.boolean().optional().describe('true leaves the server out of the check.'),
  })
  .describe('A server reached over Streamable HTTP.');
export type HttpEntry = z.infer<typeof HttpEntrySchema>;

/** A VS Code input: a value the editor asks for; `atlas check` reads it from ATLAS_INPUT_<ID> instead. */
export const InputSchema = z
  .looseObject({
    id: z.string().min(1, "expected the input's id").describe('Referred to as ${input:<id>}.'),
    type: z.string().describe('promptString or pickString.'),
    description: z.string().optional(),
    password: z.boolean().optional().describe('The editor hides what is typed; the atlas treats every input as secret anyway.'),
  })
  .describe('A value VS Code prompts for.');
export type Input = z.infer<typeof InputSchema>;

export type ConfigFormat = 'mcpServers' | 'vscode' | 'vscode-settings';

/** Where the servers object is, per shape. */
const SERVERS_AT: Record<ConfigFormat, string[]> = {
  mcpServers: ['mcpServers'],
  vscode: ['servers'],
  'vscode-settings': ['mcp', 'servers'],
};

export interface ConfigServer {
  /** The entry's key: how the team names the server, and its name in the lock file. */
  name: string;
  /** Path of the entry in the file, for messages: `mcpServers.github`. */
  path: string;
  /** 1-based line and column where the entry's key starts, and the line where its value ends. */
  line: number;
  column: number;
  endLine: number;
  server: { transport: 'stdio'; entry: StdioEntry } | { transport: 'streamable-http'; entry: HttpEntry };
}

export interface McpConfig {
  format: ConfigFormat;
  servers: ConfigServer[];
  /** Enabled servers only; `disabled: true` entries are named here so the report can say they were skipped. */
  disabled: string[];
  inputs: Input[];
}

/**
 * The JSON value of a tree from jsonc-parser. Its own `getNodeValue` assigns keys, which for
 * "__proto__" sets a prototype instead; `defineKey` keeps it as an ordinary key. No recursion:
 * a file nested ten thousand levels deep must not overflow the stack.
 */
function valueOf(root: Node): unknown {
  const build = (node: Node): unknown => (node.type === 'object' ? {} : node.type === 'array' ? [] : node.value);
  const top = build(root);
  const stack: { node: Node; value: unknown }[] = [{ node: root, value: top }];
  while (stack.length > 0) {
    const { node, value } = stack.pop()!;
    if (node.type === 'array') {
      for (const child of node.children ?? []) {
        const item = build(child);
        (value as unknown[]).push(item);
        stack.push({ node: child, value: item });
      }
    } else if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, child] = property.children ?? [];
        if (!key || !child) continue;
        const item = build(child);
        defineKey(value as Record<string, unknown>, String(key.value), item);
        stack.push({ node: child, value: item });
      }
    }
  }
  return top;
}

/** A key given twice in one object: clients disagree on which value counts, so a reviewer may read the one that does not run. */
function duplicateKeys(file: string, text: string, root: Node): Problem[] {
  const problems: Problem[] = [];
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0 && problems.length < 20) {
    const { node, path } = stack.pop()!;
    if (node.type === 'array') node.children?.forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
    if (node.type !== 'object') continue;
    const seen = new Map<string, number>();
    for (const property of node.children ?? []) {
      const [key, child] = property.children ?? [];
      if (!key || !child) continue;
      const name = String(key.value);
      const first = seen.get(name);
      if (first !== undefined) {
        problems.push({
          file,
          path: formatPath([...path, name]),
          message:
            `the key appears twice in this object (lines ${first} and ${lineAndColumn(text, key.offset).line}); ` +
            'clients disagree on which one counts: keep one',
        });
      } else seen.set(name, lineAndColumn(text, key.offset).line);
      stack.push({ node: child, path: [...path, name] });
    }
  }
  return problems;
}

function child(node: Node | undefined, key: string): Node | undefined {
  if (node?.type !== 'object') return undefined;
  // The last property of a name is the one JSON.parse keeps; duplicates are refused anyway.
  return node.children?.findLast((property) => property.children?.[0]?.value === key)?.children?.[1];
}

function detectFormat(root: Node): ConfigFormat | undefined {
  if (child(root, 'mcpServers')) return 'mcpServers';
  if (child(root, 'servers')) return 'vscode';
  if (child(child(root, 'mcp'), 'servers')) return 'vscode-settings';
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** zod issues of one part of the file, at their full path, with the server named. */
function issuesAt(file: string, at: (string | number)[], error: z.ZodError, about: string): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath([...at, ...(issue.path as (string | number)[])]),
    message: `${issue.message.replace(/^Invalid (input|option): /, '')} (${about})`,
  }));
}

/** One server entry, checked against the shape its keys announce. */
function readEntry(
  file: string,
  at: string[],
  name: string,
  raw: unknown,
  line: number,
): { server?: ConfigServer['server']; disabled?: boolean; problems: Problem[] } {
  const about = `server ${quote(name)}, line ${line}`;
  /** The entry's one problem, at `field` under it. */
  const problemAt = (field: readonly string[], message: string) => ({
    problems: [{ file, path: formatPath([...at, ...field]), message: `${message} (${about})` }],
  });
  if (!isRecord(raw)) return problemAt([], 'expected an object with "command" or "url"');
  const type = raw.type;
  if (type === 'sse') {
    return problemAt(
      ['type'],
      '"sse" is the deprecated HTTP+SSE transport, which the atlas does not speak; ' +
        'most servers also serve Streamable HTTP: use "type": "http" and its URL',
    );
  }
  if (Object.hasOwn(raw, 'envFile')) {
    return problemAt(
      ['envFile'],
      'not supported: the atlas reads no secrets file; give the variables in "env" with ${env:NAME} and set them in the environment',
    );
  }
  const http = type === undefined ? !Object.hasOwn(raw, 'command') && Object.hasOwn(raw, 'url') : type !== 'stdio';
  if (http) {
    const parsed = safeParseAllKeys(HttpEntrySchema, raw);
    if (!parsed.success) return { problems: issuesAt(file, at, parsed.error, about) };
    return { server: { transport: 'streamable-http', entry: parsed.data }, disabled: parsed.data.disabled === true, problems: [] };
  }
  if (type === undefined && !Object.hasOwn(raw, 'command'))
    return problemAt([], 'expected "command" (a server started over stdio) or "url" (a server over HTTP)');
  const parsed = safeParseAllKeys(StdioEntrySchema, raw);
  if (!parsed.success) return { problems: issuesAt(file, at, parsed.error, about) };
  // Checked here rather than in the schema: zod checks "__proto__" under another name (see all-keys.ts).
  const badNames = Object.keys(parsed.data.env ?? {}).filter((key) => !ENV_NAME.test(key));
  if (badNames.length > 0) {
    return {
      problems: badNames.map((key) => ({
        file,
        path: formatPath([...at, 'env', key]),
        message: `expected an environment variable name: letters, digits and _, not starting with a digit (${about})`,
      })),
    };
  }
  return { server: { transport: 'stdio', entry: parsed.data }, disabled: parsed.data.disabled === true, problems: [] };
}

/**
 * The servers of a client configuration, or every problem with it. `file` is how the file is named
 * in messages; `text` its decoded content.
 */
export function parseMcpConfig(file: string, text: string): McpConfig | { problems: Problem[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ''), errors, {
    allowTrailingComma: true,
    disallowComments: false,
    allowEmptyContent: false,
  });
  if (errors.length > 0 || !root) {
    return {
      problems: errors.slice(0, 5).map((error) => {
        const { line, column } = lineAndColumn(text, error.offset);
        return {
          file,
          path: '$',
          message: `not valid JSON (with comments): ${printParseErrorCode(error.error)} at line ${line}, column ${column}`,
        };
      }),
    };
  }
  const duplicates = duplicateKeys(file, text, root);
  if (duplicates.length > 0) return { problems: duplicates };
  const format = detectFormat(root);
  if (!format) {
    return {
      problems: [
        {
          file,
          path: '$',
          message:
            'no MCP servers found: expected "mcpServers" (Claude Desktop, .mcp.json, Cursor), ' +
            '"servers" (VS Code\'s .vscode/mcp.json) or "mcp": {"servers"} (VS Code\'s settings.json)',
        },
      ],
    };
  }
  const serversPath = SERVERS_AT[format];
  const serversNode = serversPath.reduce<Node | undefined>((node, key) => child(node, key), root)!;
  if (serversNode.type !== 'object')
    return { problems: [{ file, path: formatPath(serversPath), message: 'expected an object of servers by name' }] };

  const problems: Problem[] = [];
  const servers: ConfigServer[] = [];
  const disabled: string[] = [];
  for (const property of serversNode.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const name = String(keyNode.value);
    const at = [...serversPath, name];
    const start = lineAndColumn(text, property.offset);
    if (name.trim() === '') {
      problems.push({ file, path: formatPath(at), message: `expected a server name that is not empty (line ${start.line})` });
      continue;
    }
    const read = readEntry(file, at, name, valueOf(valueNode), start.line);
    problems.push(...read.problems);
    if (!read.server) continue;
    if (read.disabled) {
      disabled.push(name);
      continue;
    }
    servers.push({
      name,
      path: formatPath(at),
      line: start.line,
      column: start.column,
      endLine: lineAndColumn(text, valueNode.offset + valueNode.length).line,
      server: read.server,
    });
  }
  const inputs: Input[] = [];
  const inputsPath = format === 'vscode-settings' ? ['mcp', 'inputs'] : ['inputs'];
  const inputsNode = inputsPath.reduce<Node | undefined>((node, key) => child(node, key), root);
  if (format !== 'mcpServers' && inputsNode) {
    const parsed = safeParseAllKeys(z.array(InputSchema), valueOf(inputsNode));
    if (parsed.success) inputs.push(...parsed.data);
    else problems.push(...issuesAt(file, inputsPath, parsed.error, 'the inputs VS Code prompts for'));
  }
  if (problems.length > 0) return { problems };
  if (servers.length === 0 && disabled.length === 0)
    return { problems: [{ file, path: formatPath(serversPath), message: 'no servers: nothing to check' }] };
  return { format, servers, disabled, inputs };
}
