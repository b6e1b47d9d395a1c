/**
 * Test helpers: real tools loaded from the reference catalogue (a frozen copy of the bundled one) by server file and tool name (never
 * copied into tests), and small synthetic tools for edge cases.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ServerFileSchema, ToolSchema, type ServerFile, type Tool } from '../../../src/catalogue/schema.ts';
import { REFERENCE_SERVERS } from '../../helpers/catalogues.ts';

const SERVERS = REFERENCE_SERVERS;
const cache = new Map<string, ServerFile>();

/** A server file of the bundled catalogue, validated. */
export function server(file: string): ServerFile {
  let parsed = cache.get(file);
  if (!parsed) {
    parsed = ServerFileSchema.parse(JSON.parse(readFileSync(path.join(SERVERS, file), 'utf8')));
    cache.set(file, parsed);
  }
  return parsed;
}

/** One tool of a bundled server file, by name; throws if it is not there. */
export function realTool(file: string, name: string): Tool {
  const tool = server(file).tools.find((t) => t.name === name);
  if (!tool) throw new Error(`${file} has no tool ${name}`);
  return tool;
}

/** A synthetic tool, validated like catalogue tools. */
export function tool(definition: Record<string, unknown>): Tool {
  return ToolSchema.parse({ inputSchema: { type: 'object' }, ...definition });
}
