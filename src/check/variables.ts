/**
 * Pure: the variables of a client configuration resolved from the environment, and what of a
 * server entry may be recorded. Clients spell variables differently, so every spelling is read in
 * every file:
 * - `${env:NAME}` (VS Code, Cursor) and `${NAME}`, `${NAME:-default}` (Claude Code): the environment;
 * - `${input:ID}` (VS Code prompts for it): the environment variable ATLAS_INPUT_<ID>, since CI
 *   cannot be prompted;
 * - `${workspaceFolder}`, `${userHome}`, `${pathSeparator}`.
 * Every value that came from the environment, and every value of `env` and `headers` (where
 * secrets live, literal or not), is returned as a secret: the caller never writes one anywhere and
 * masks any that a server echoes back (see redact.ts). Messages name the variable, never a value.
 */
import path from 'node:path';
import type { LiveTarget } from '../catalogue/import/client.ts';
import { formatPath, quote, type Problem } from '../catalogue/problems.ts';
import { safeRecord } from '../risk/policy/schema.ts';
import type { ConfigServer, Input } from './config.ts';

export interface VariableContext {
  env: Readonly<Record<string, string | undefined>>;
  /** Where `${workspaceFolder}` points and relative `cwd`s start: the config's folder (the parent of `.vscode/`). */
  workspaceFolder: string;
  userHome: string;
  /** The inputs the file declares (VS Code); `${input:ID}` must name one when the file declares any. */
  inputs: readonly Input[];
}

const VARIABLE = /\$\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The environment variable that gives `${input:ID}`: ATLAS_INPUT_ plus the id in capitals, other characters as `_`. */
export function inputVariable(id: string): string {
  return `ATLAS_INPUT_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** The workspace folder of a config file: the folder that holds `.vscode/`, else the file's own folder. */
export function workspaceFolderOf(configFile: string): string {
  const dir = path.dirname(configFile);
  return path.basename(dir) === '.vscode' ? path.dirname(dir) : dir;
}

export type Resolved = { value: string; secrets: string[] } | { error: string };

/** `text` with every variable replaced, or what stops it (naming the variable, never a value). */
export function resolveText(text: string, context: VariableContext): Resolved {
  const secrets: string[] = [];
  let error: string | undefined;
  const fromEnv = (name: string, variable: string, hint: string) => {
    const value = context.env[name];
    if (value === undefined) {
      error ??= `${variable} is not set: ${hint}`;
      return '';
    }
    secrets.push(value);
    return value;
  };
  const value = text.replace(VARIABLE, (whole, inner: string) => {
    if (inner === 'workspaceFolder' || inner === 'workspaceRoot') return context.workspaceFolder;
    if (inner === 'userHome') return context.userHome;
    if (inner === 'pathSeparator' || inner === '/') return path.sep;
    if (inner.startsWith('env:')) {
      const name = inner.slice(4);
      if (!NAME.test(name)) {
        error ??= `${quote(whole)}: expected an environment variable name after "env:"`;
        return '';
      }
      return fromEnv(name, whole, `set the environment variable ${name}`);
    }
    if (inner.startsWith('input:')) {
      const id = inner.slice(6);
      if (context.inputs.length > 0 && !context.inputs.some((input) => input.id === id)) {
        error ??= `${quote(whole)}: no input with the id ${quote(id)} is declared in "inputs"`;
        return '';
      }
      return fromEnv(inputVariable(id), whole, `VS Code would prompt for it; set the environment variable ${inputVariable(id)}`);
    }
    const fallback = /^([A-Za-z_][A-Za-z0-9_]*):-(.*)$/s.exec(inner);
    if (fallback) {
      const [, name, otherwise] = fallback as unknown as [string, string, string];
      const set = context.env[name];
      if (set === undefined || set === '') return otherwise;
      secrets.push(set);
      return set;
    }
    if (NAME.test(inner)) return fromEnv(inner, whole, `set the environment variable ${inner}`);
    error ??=
      `${quote(whole)}: unknown variable; the atlas resolves \${env:NAME}, \${NAME}, ` +
      `\${NAME:-default}, \${input:ID}, \${workspaceFolder}, \${userHome} and \${pathSeparator}`;
    return '';
  });
  return error !== undefined ? { error } : { value, secrets };
}

/** A server entry ready to list: the target with every variable resolved, and what may be shown or recorded of it. */
export interface ResolvedServer {
  target: LiveTarget;
  /** The command line or URL as written in the config (variables unresolved, no query string or password). */
  recorded: string;
  /** Every value that must never be written: from the environment, and all of `env` and `headers`. */
  secrets: string[];
}

/** Words as a POSIX shell would read them back, for showing a command line as written. */
export function shellWords(words: readonly string[]): string {
  return words.map((word) => (/^[\w@%+=:,./${}-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * A URL as written, fit to record: a literal URL loses its user name, password, query and fragment
 * (where tokens tend to live); one still holding variables is kept to its text before any `?`.
 */
export function recordableUrlText(text: string): string {
  try {
    const url = new URL(text);
    return `${url.origin}${url.pathname}`;
  } catch {
    return text.replace(/[?#].*$/s, '').replace(/\/\/[^/@]*@/, '//');
  }
}

/** Resolves one server entry of the config file `file`; problems name the file, the entry and the field. */
export function resolveServer(file: string, server: ConfigServer, context: VariableContext): ResolvedServer | { problems: Problem[] } {
  const problems: Problem[] = [];
  const secrets: string[] = [];
  const about = `server ${quote(server.name)}, line ${server.line}`;
  const at = server.path;
  const resolve = (text: string, field: (string | number)[], secret = false): string => {
    const resolved = resolveText(text, context);
    if ('error' in resolved) {
      problems.push({ file, path: `${at}${formatPath(field).replace(/^(?=[^[])/, '.')}`, message: `${resolved.error} (${about})` });
      return '';
    }
    secrets.push(...resolved.secrets);
    if (secret) secrets.push(resolved.value, text);
    return resolved.value;
  };
  /** The resolved values of `env` or `headers`, each a secret; a "__proto__" name stays an ordinary key. */
  const resolveSecrets = (record: Record<string, string> | undefined, field: string): Record<string, string> =>
    safeRecord(Object.entries(record ?? {}).map(([name, text]) => [name, resolve(text, [field, name], true)] as const));

  if (server.server.transport === 'stdio') {
    const { entry } = server.server;
    const command = resolve(entry.command, ['command']);
    const args = (entry.args ?? []).map((arg, index) => resolve(arg, ['args', index]));
    const env = resolveSecrets(entry.env, 'env');
    const cwd = entry.cwd === undefined ? context.workspaceFolder : path.resolve(context.workspaceFolder, resolve(entry.cwd, ['cwd']));
    if (problems.length > 0) return { problems };
    return {
      target: { transport: 'stdio', command, args, env, cwd },
      recorded: shellWords([entry.command, ...(entry.args ?? [])]),
      secrets,
    };
  }

  const { entry } = server.server;
  const urlText = resolve(entry.url, ['url']);
  const headers = resolveSecrets(entry.headers, 'headers');
  if (problems.length > 0) return { problems };
  let url: URL | undefined;
  try {
    url = new URL(urlText);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    // The resolved text may hold a secret: name the field, not the value.
    return {
      problems: [{ file, path: `${at}.url`, message: `expected an http:// or https:// URL once its variables are resolved (${about})` }],
    };
  }
  // A password in the URL is a secret too.
  if (url.password) secrets.push(url.password, decodeURIComponent(url.password));
  for (const [, value] of url.searchParams) secrets.push(value);
  return {
    target: { transport: 'streamable-http', url, headers },
    recorded: recordableUrlText(entry.url),
    secrets,
  };
}
