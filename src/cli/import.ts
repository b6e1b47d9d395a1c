/**
 * `atlas import`: lists a server's tools (live over stdio or Streamable HTTP, or from a saved
 * tools/list result) and writes or updates `<out>/servers/<slug>.json`. The work is done in
 * src/catalogue/import/; this file only reads the arguments, wires Ctrl-C and prints.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_MESSAGE_MB } from '../catalogue/import/client.ts';
import { ImportError, printable } from '../catalogue/import/error.ts';
import { importServer, type ImportSource } from '../catalogue/import/importer.ts';
import type { ServerFields } from '../catalogue/import/merge.ts';
import { parseEnvPairs, resolveToday, splitCommand } from '../catalogue/import/options.ts';
import { displayPath } from '../catalogue/load.ts';
import { escapeLine } from '../catalogue/problems.ts';
import { RegistrySchema, ServerFileSchema } from '../catalogue/schema.ts';

const USAGE = `usage: npm run atlas -- import (--stdio "CMD ARGS" | --url URL | --file FILE) [options]

  --stdio "CMD ARGS"   start the server as a child process (no shell; quotes group words)
  --env NAME=VALUE     environment for the --stdio server (repeatable); only HOME, PATH, USER,
                       LOGNAME, SHELL and TERM are passed on otherwise
  --cwd DIR            working directory for the --stdio server
  --url URL            a server over Streamable HTTP
  --file FILE          a saved tools/list result: {"tools": [...]}, a JSON-RPC response, or an array of pages
  --out DIR            catalogue folder (default: content); writes DIR/servers/<slug>.json
  --timeout SECONDS    give up when the server has not finished within this time (default: 30)
  --max-message-mb MB  the most read of one answer: a message over stdio, a response over HTTP
                       (default: 10); a server that sends more is stopped, nothing is written
  --slug SLUG          file name and URL slug (default: from the server's serverInfo.name)
  --name NAME          display name (default: kept from the existing file, else from serverInfo)
  --registry REGISTRY  npm, pypi, docker, remote or other (default: kept, else other)
  --package NAME       package name (default: kept, else serverInfo.name)
  --version VERSION    package version (default: kept, else serverInfo.version)
  --repository URL     source repository
  --description TEXT   what the server is for

The date recorded is today (UTC) or ATLAS_TODAY=YYYY-MM-DD.`;

const OPTIONS = {
  stdio: { type: 'string' },
  url: { type: 'string' },
  file: { type: 'string' },
  env: { type: 'string', multiple: true },
  cwd: { type: 'string' },
  out: { type: 'string' },
  timeout: { type: 'string' },
  'max-message-mb': { type: 'string' },
  slug: { type: 'string' },
  name: { type: 'string' },
  registry: { type: 'string' },
  package: { type: 'string' },
  version: { type: 'string' },
  repository: { type: 'string' },
  description: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

function usageError(message: string): number {
  console.error(`atlas import: ${message}\n\n${USAGE}`);
  return 2;
}

/** The source to list from, or a message saying what is wrong with the arguments. */
function sourceFrom(values: Values): ImportSource | string {
  const given = (['stdio', 'url', 'file'] as const).filter((key) => values[key] !== undefined);
  if (given.length !== 1) return 'give exactly one of --stdio, --url or --file';
  if ((values.env || values.cwd) && values.stdio === undefined) return '--env and --cwd only apply to --stdio';
  if (values.stdio !== undefined) {
    const words = splitCommand(values.stdio);
    if (!Array.isArray(words)) return `--stdio: ${words.error}`;
    if (words.length === 0) return '--stdio: empty command';
    const env = parseEnvPairs(values.env ?? []);
    if ('error' in env) return env.error;
    const [command, ...args] = words as [string, ...string[]];
    return {
      kind: 'live',
      label: values.stdio,
      target: { transport: 'stdio', command, args, env: env.env, cwd: values.cwd ? path.resolve(values.cwd) : undefined },
    };
  }
  if (values.url !== undefined) {
    let url: URL;
    try {
      url = new URL(values.url);
    } catch {
      return `--url ${JSON.stringify(values.url)}: not a URL`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `--url ${JSON.stringify(values.url)}: expected http:// or https://`;
    return { kind: 'live', label: values.url, target: { transport: 'streamable-http', url } };
  }
  return { kind: 'file', path: values.file! };
}

export async function run(args: string[]): Promise<number> {
  let values: Values;
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const source = sourceFrom(values);
  if (typeof source === 'string') return usageError(source);

  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0)
    return usageError(`--timeout ${JSON.stringify(values.timeout)}: expected a number of seconds above 0`);
  const maxMessageMb = values['max-message-mb'] === undefined ? DEFAULT_MAX_MESSAGE_MB : Number(values['max-message-mb']);
  if (!Number.isFinite(maxMessageMb) || maxMessageMb <= 0)
    return usageError(`--max-message-mb ${JSON.stringify(values['max-message-mb'])}: expected a number of megabytes above 0`);
  const registry = values.registry === undefined ? undefined : RegistrySchema.safeParse(values.registry);
  if (registry && !registry.success)
    return usageError(`--registry ${JSON.stringify(values.registry)}: expected one of ${RegistrySchema.options.join(', ')}`);
  if (values.slug !== undefined && !ServerFileSchema.shape.slug.safeParse(values.slug).success) {
    return usageError(`--slug ${JSON.stringify(values.slug)}: expected lowercase letters, digits and single hyphens`);
  }
  const today = resolveToday(process.env);
  if (typeof today !== 'string') return usageError(today.error);

  const fields: ServerFields = {
    name: values.name,
    registry: registry?.data,
    packageName: values.package,
    version: values.version,
    description: values.description,
    repository: values.repository,
  };
  for (const [key, value] of Object.entries(fields)) {
    if (value === '') return usageError(`--${key === 'packageName' ? 'package' : key}: empty value`);
  }

  // Ctrl-C (or a kill) must not leave the server running: abort, let the importer stop it, exit 130.
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const progress = process.stderr.isTTY ? (line: string) => process.stderr.write(`${escapeLine(line)}\n`) : undefined;
  try {
    const outcome = await importServer({
      source,
      outDir: path.resolve(values.out ?? 'content'),
      slug: values.slug,
      fields,
      today,
      timeoutMs: timeout * 1000,
      maxMessageBytes: Math.round(maxMessageMb * 1024 * 1024),
      signal: controller.signal,
      progress,
    });
    const { merge } = outcome;
    const changes = [
      merge.added.length > 0 ? `added ${merge.added.join(', ')}` : '',
      ...merge.changed.map((change) => `changed ${change.name} (${change.fields.join(', ')})`),
      merge.removed.length > 0 ? `removed ${merge.removed.join(', ')}` : '',
    ]
      .filter(Boolean)
      // Tool names come from the server: never let them drive the terminal.
      .map(printable);
    for (const warning of outcome.warnings) console.error(escapeLine(warning));
    const state = outcome.written ? 'written' : 'unchanged';
    console.error(
      `${escapeLine(displayPath(outcome.file))}: ${state}, ${merge.server.tools.length} ` +
        `tools${changes.length > 0 ? `; ${changes.join('; ')}` : ''}`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportError) {
      // Lines hold names from the server and the command line: one line each, whatever they hold.
      for (const line of error.lines) console.error(escapeLine(line));
      return error.interrupted ? 130 : 1;
    }
    console.error(escapeLine(`atlas import: ${(error as Error).message}`));
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
