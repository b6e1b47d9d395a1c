/**
 * Pure: the lock file, `mcp-atlas.lock.json`: what a team approved of each server it uses. Per
 * server its identity (the config entry's name, transport, command or URL as written, serverInfo)
 * and per tool its fingerprint, verdict, approved rule and the definition itself (so a later change
 * can be shown word by word, and the pull request that approves it shows the new text).
 * Written sorted (servers and tools by name, keys of definitions and rules sorted) with two-space
 * indents, so the same approval always gives the same bytes and a diff shows only what changed.
 * Nothing resolved from the environment is ever part of it (see variables.ts).
 */
import { z } from 'zod';
import { safeParseAllKeys } from '../catalogue/all-keys.ts';
import { readJsonDocument } from '../catalogue/catalogue.ts';
import { canonicalJson, toolFingerprint } from '../catalogue/fingerprint.ts';
import { problemsFromZod, quote, type Problem } from '../catalogue/problems.ts';
import { CategorySchema, RiskLevelSchema, ToolSchema } from '../catalogue/schema.ts';
import { ToolRuleSchema } from '../risk/policy/schema.ts';
import { byName, type CheckedServer } from './assess.ts';

export const LOCK_FILE_NAME = 'mcp-atlas.lock.json';

export const LockDefinitionSchema = z
  .strictObject({
    description: ToolSchema.shape.description,
    inputSchema: ToolSchema.shape.inputSchema,
    outputSchema: ToolSchema.shape.outputSchema,
    annotations: ToolSchema.shape.annotations,
  })
  .describe('The approved definition, as the server listed it: the fingerprinted fields but the name.');

export const LockToolSchema = z
  .strictObject({
    name: z.string().min(1).describe("The tool's name, as the server lists it."),
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lowercase hex')
      .describe('SHA-256 of the canonical definition (name, description, inputSchema, outputSchema, annotations; RFC 8785 JSON).'),
    category: CategorySchema,
    risk: RiskLevelSchema,
    rule: ToolRuleSchema.describe("The gateway rule approved for the tool (the atlas's recommendation when it was locked)."),
    definition: LockDefinitionSchema,
  })
  .describe('One approved tool.');
export type LockTool = z.infer<typeof LockToolSchema>;

export const LockServerSchema = z
  .strictObject({
    name: z.string().min(1).describe("The key of the server's entry in the client config."),
    transport: z.enum(['stdio', 'streamable-http']).describe('How the server is reached.'),
    command: z.string().describe('The command line or URL as written in the config: variables unresolved, no query string.'),
    serverInfo: z
      .strictObject({ name: z.string().describe('serverInfo.name'), version: z.string().describe('serverInfo.version') })
      .optional()
      .describe('What the server said of itself on initialize: its identity and version.'),
    tools: z.array(LockToolSchema).describe('Every tool the server listed, by name.'),
  })
  .describe('One approved server.');
export type LockServer = z.infer<typeof LockServerSchema>;

export const LockFileSchema = z
  .strictObject({
    lockfileVersion: z.literal(1).describe('The lock file format: 1.'),
    engine: z.string().describe('The risk engine that judged the verdicts (package version and a hash of its rules).'),
    servers: z.array(LockServerSchema).describe('Every server of the config, by name.'),
  })
  .describe('mcp-atlas.lock.json: the MCP servers and tools a team approved, written by `atlas check --update-lock`.');
export type LockFile = z.infer<typeof LockFileSchema>;

/** A copy of a JSON value with its object keys sorted at every level, "__proto__" kept as a key. */
function sorted<T>(value: T): T {
  return JSON.parse(canonicalJson(value)) as T;
}

/** The lock of what was listed now: every server and tool, in file order. */
export function buildLock(servers: readonly CheckedServer[], engine: string): LockFile {
  return {
    lockfileVersion: 1,
    engine,
    servers: [...servers].sort(byName).map((server) => ({
      name: server.name,
      transport: server.transport,
      command: server.command,
      ...(server.serverInfo ? { serverInfo: { name: server.serverInfo.name, version: server.serverInfo.version } } : {}),
      tools: [...server.tools].sort(byName).map((tool) => ({
        name: tool.name,
        fingerprint: tool.fingerprint,
        category: tool.category,
        risk: tool.risk,
        rule: sorted(tool.rule),
        definition: sorted(tool.definition) as LockTool['definition'],
      })),
    })),
  };
}

/** The file's text: stable, so an unchanged approval rewrites the same bytes. */
export function formatLock(lock: LockFile): string {
  return `${JSON.stringify(lock, null, 2)}\n`;
}

/** Reads a lock file strictly; problems name the server and tool at fault. */
export function parseLock(file: string, text: string): LockFile | { problems: Problem[] } {
  const read = readJsonDocument(file, text);
  if ('problems' in read) return { problems: read.problems };
  const parsed = safeParseAllKeys(LockFileSchema, read.json);
  if (!parsed.success) return { problems: problemsFromZod(file, read.json, parsed.error, { inServerFile: false }) };
  const lock = parsed.data;
  const problems: Problem[] = [];
  const servers = new Set<string>();
  lock.servers.forEach((server, s) => {
    if (servers.has(server.name))
      problems.push({ file, path: `servers[${s}].name`, message: `the server ${quote(server.name)} is locked twice: keep one` });
    servers.add(server.name);
    const tools = new Set<string>();
    server.tools.forEach((tool, t) => {
      const at = `servers[${s}].tools[${t}]`;
      if (tools.has(tool.name))
        problems.push({
          file,
          path: `${at}.name`,
          message: `the tool ${quote(tool.name)} of server ${quote(server.name)} is locked twice: keep one`,
        });
      tools.add(tool.name);
      // The definition is what a change is shown against: it must be the one the fingerprint approved.
      if (toolFingerprint({ name: tool.name, ...tool.definition }) !== tool.fingerprint) {
        problems.push({
          file,
          path: `${at}.fingerprint`,
          message:
            `does not match the definition recorded beside it (tool ${quote(tool.name)} of server ${quote(server.name)}); ` +
            'was the file edited by hand? Run atlas check --update-lock and review the diff',
        });
      }
    });
  });
  return problems.length > 0 ? { problems } : lock;
}
