/**
 * Validation problems in the one format catalogue editors see everywhere (build, `atlas validate`,
 * importer): `FILE: PATH: message`, e.g.
 * `content/servers/acme.json: tools[3].name: expected string, received number (tool #3 of server "Acme")`.
 */
import type { z } from 'zod';
import { isRecord } from './json-types.ts';

export interface Problem {
  /** The file at fault, as the user would type it (relative to the working directory). */
  file: string;
  /** Where in the file: `tools[3].inputSchema.properties.path.type`, or `$` for the whole file. */
  path: string;
  message: string;
}

/** Characters that could break a line or hide text in a terminal: controls, separators, format and default-ignorable characters. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * Untrusted text made safe for one line of output: every control, separator, format or
 * default-ignorable character is shown as an escape (`\x0a`, `\u2028`, `\u{e0041}`), so a file
 * name holding a newline or a terminal escape cannot start a line of its own or recolour one.
 */
export function escapeLine(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
    if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
    return `\\u{${code.toString(16)}}`;
  });
}

/** One problem as one line, `FILE: PATH: message`, with every part escaped (see `escapeLine`). */
export function formatProblem(problem: Problem): string {
  return escapeLine(`${problem.file}: ${problem.path}: ${problem.message}`);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['tools', 3, 'inputSchema', 'properties', 'my key']` -> `tools[3].inputSchema.properties["my key"]`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '$' : out;
}

/** Quotes untrusted text for a one-line message: JSON-escaped (no newlines or control characters) and short. */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut);
}

/** Names the server and tool a path points into, so a message can be acted on without opening the file. */
export function describeLocation(raw: unknown, path: ReadonlyArray<PropertyKey>): string {
  const server = isRecord(raw) && typeof raw.name === 'string' && raw.name !== '' ? `server ${quote(raw.name)}` : 'this server';
  if (path[0] !== 'tools' || typeof path[1] !== 'number') return server;
  const tools = isRecord(raw) ? raw.tools : undefined;
  const tool: unknown = Array.isArray(tools) ? tools[path[1]] : undefined;
  const toolName = isRecord(tool) && typeof tool.name === 'string' && tool.name !== '' ? quote(tool.name) : `#${path[1]}`;
  return `tool ${toolName} of ${server}`;
}

/** Turns zod issues into problems, one per issue, each naming the server and tool it is about. */
export function problemsFromZod(file: string, raw: unknown, error: z.ZodError, { inServerFile = true } = {}): Problem[] {
  return error.issues.map((issue) => {
    const message = issue.message.replace(/^Invalid (input|option): /, '');
    return {
      file,
      path: formatPath(issue.path),
      message: inServerFile ? `${message} (${describeLocation(raw, issue.path)})` : message,
    };
  });
}
