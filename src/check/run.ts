/**
 * Node-only: one `atlas check` from start to finish. Reads the config and the lock file, lists
 * every server with the importer's client (a few at a time, each bounded by the importer's time and
 * size limits, stdio servers given only the variables the importer passes on plus their `env`),
 * classifies the tools, compares them with the lock and writes what was asked: the lock, SARIF,
 * policies. The work itself is in the pure modules beside this one.
 *
 * Exit codes: 0 nothing fails; 1 findings fail (poisoning, a changed definition, a new tool at or
 * above --fail-on); 2 the check could not run (a bad config or lock, a server that could not be
 * listed). Nothing is written when a server could not be listed: a lock without it would approve
 * its removal.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import packageJson from '../../package.json' with { type: 'json' };
import { listToolsLive, type LiveTarget } from '../catalogue/import/client.ts';
import { ImportError } from '../catalogue/import/error.ts';
import { checkListedTools } from '../catalogue/import/listing.ts';
import { decodeUtf8 } from '../catalogue/json.ts';
import { catalogueDirFromEnv, displayPath, loadCatalogue } from '../catalogue/load.ts';
import { formatProblem, type Problem } from '../catalogue/problems.ts';
import type { Tool } from '../catalogue/schema.ts';
import { ENGINE_VERSION } from '../risk/engine-version.ts';
import { compilePolicy, FORMAT_INFO, type PolicyFormat } from '../risk/policy/formats.ts';
import { serverPolicy } from '../risk/policy/recommend.ts';
import { checkTools, serverSlugs, type CheckedServer } from './assess.ts';
import { compareWithLock, type FailOn } from './compare.ts';
import { parseMcpConfig, type ConfigServer } from './config.ts';
import { buildLock, formatLock, LOCK_FILE_NAME, parseLock, type LockFile } from './lock.ts';
import { redactor, type Redact } from './redact.ts';
import { humanReport, jsonReport, type ReportInput, type ServerFailure } from './report.ts';
import { buildSarif } from './sarif.ts';
import { siteIndex, toolPageUrl } from './site.ts';
import { resolveServer, workspaceFolderOf, type ResolvedServer } from './variables.ts';

export interface CheckOptions {
  config: string;
  /** Default: mcp-atlas.lock.json in the config's workspace folder. */
  lock?: string | undefined;
  updateLock: boolean;
  json: boolean;
  sarif?: string | undefined;
  policy?: PolicyFormat | undefined;
  /** Default: mcp-atlas-policy/ in the workspace folder. */
  policyOut?: string | undefined;
  failOn: FailOn;
  site?: string | undefined;
  /** The folder SARIF URIs are relative to: a repository's root. */
  sourceRoot: string;
  timeoutMs: number;
  maxMessageBytes: number;
  concurrency: number;
  env: Readonly<Record<string, string | undefined>>;
  colour: boolean;
  signal?: AbortSignal | undefined;
  /** Where the report goes (stdout) and where messages go (stderr). */
  out: (text: string) => void;
  err: (text: string) => void;
}

async function readText(file: string): Promise<{ text: string } | { problem: string; missing?: boolean }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { problem: 'file not found', missing: true }
      : { problem: `cannot be read (${code ?? (error as Error).message})` };
  }
  const decoded = decodeUtf8(bytes);
  return 'text' in decoded ? decoded : { problem: decoded.message };
}

/** Writes next to the target, then renames: a reader never sees half a file. */
async function writeAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
}

/** Runs `work` on every item, at most `limit` at a time, keeping the order of the results. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Listed =
  | { ok: true; tools: Tool[]; serverInfo?: { name: string; version: string } | undefined }
  | { ok: false; lines: string[]; interrupted: boolean };

async function listServer(label: string, target: LiveTarget, options: CheckOptions): Promise<Listed> {
  try {
    const listing = await listToolsLive(target, {
      label,
      timeoutMs: options.timeoutMs,
      maxMessageBytes: options.maxMessageBytes,
      signal: options.signal,
    });
    const checked = checkListedTools(label, listing.serverInfo?.name, listing.tools);
    if (checked.problems.length > 0) return { ok: false, lines: checked.problems.map(formatProblem), interrupted: false };
    return {
      ok: true,
      tools: checked.tools,
      serverInfo: listing.serverInfo ? { name: listing.serverInfo.name, version: listing.serverInfo.version } : undefined,
    };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, lines: error.lines, interrupted: error.interrupted };
    return { ok: false, lines: [`${label}: ${(error as Error).message}`], interrupted: false };
  }
}

/** A path for SARIF: relative to the source root with forward slashes when inside it, else a file: URL. */
function sarifUri(file: string, sourceRoot: string): string {
  const relative = path.relative(sourceRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(file).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

function printProblems(options: CheckOptions, problems: readonly Problem[], redact: Redact = (text) => text): number {
  for (const problem of problems) options.err(`${redact(formatProblem(problem))}\n`);
  return 2;
}

export async function runCheck(options: CheckOptions): Promise<number> {
  const configFile = path.resolve(options.config);
  const shownConfig = displayPath(configFile);
  const read = await readText(configFile);
  if ('problem' in read) return printProblems(options, [{ file: shownConfig, path: '$', message: read.problem }]);
  const config = parseMcpConfig(shownConfig, read.text);
  if ('problems' in config) return printProblems(options, config.problems);

  const workspace = workspaceFolderOf(configFile);
  const context = { env: options.env, workspaceFolder: workspace, userHome: homedir(), inputs: config.inputs };
  const resolved: { server: ConfigServer; resolved: ResolvedServer }[] = [];
  const problems: Problem[] = [];
  const secrets: string[] = [];
  for (const server of config.servers) {
    const result = resolveServer(shownConfig, server, context);
    if ('problems' in result) problems.push(...result.problems);
    else {
      resolved.push({ server, resolved: result });
      secrets.push(...result.secrets);
    }
  }
  const redact = redactor(secrets);
  if (problems.length > 0) return printProblems(options, problems, redact);

  const lockFile = path.resolve(options.lock ?? path.join(workspace, LOCK_FILE_NAME));
  const shownLock = displayPath(lockFile);
  const lockText = await readText(lockFile);
  let lock: LockFile | undefined;
  if ('text' in lockText) {
    const parsed = parseLock(shownLock, lockText.text);
    if ('problems' in parsed) return printProblems(options, parsed.problems, redact);
    lock = parsed;
  } else if (!lockText.missing) {
    return printProblems(options, [{ file: shownLock, path: '$', message: lockText.problem }]);
  }

  // Every server at once, up to the bound: start-up (npx, a JVM) dominates, not our work.
  const listed = await pool(resolved, options.concurrency, ({ server, resolved: target }) =>
    listServer(`${shownConfig}: ${server.path}`, target.target, options),
  );
  if (listed.some((result) => !result.ok && result.interrupted)) {
    options.err('atlas check: interrupted; every server was stopped\n');
    return 130;
  }

  const checked: CheckedServer[] = [];
  const failures: ServerFailure[] = [];
  resolved.forEach(({ server, resolved: target }, index) => {
    const result = listed[index]!;
    if (!result.ok) {
      failures.push({ server: server.name, lines: result.lines.map(redact) });
      return;
    }
    checked.push({
      name: server.name,
      transport: server.server.transport,
      command: target.recorded,
      serverInfo: result.serverInfo,
      location: { path: server.path, line: server.line, column: server.column, endLine: server.endLine },
      tools: checkTools(server.name, result.tools),
    });
  });

  const unlisted = new Set(failures.map((failure) => failure.server));
  const findings = compareWithLock(checked, lock, options.failOn, unlisted);
  // --update-lock approves what it writes: changes and new tools no longer fail; poisoning still does.
  const failing = options.updateLock
    ? findings.filter((finding) => finding.kind === 'poisoning')
    : findings.filter((finding) => finding.fails);
  const exitCode = failures.length > 0 ? 2 : failing.length > 0 ? 1 : 0;

  let toolPage: ((server: string, tool: string) => string | undefined) | undefined;
  if (options.site) {
    const site = options.site;
    // The catalogue the site was built from says which servers have pages; without it, search.
    const catalogue = await loadCatalogue(catalogueDirFromEnv(options.env));
    const index = siteIndex(catalogue.servers);
    const infoOf = new Map(checked.map((server) => [server.name, server.serverInfo?.name]));
    toolPage = (server, tool) => toolPageUrl(site, index, infoOf.get(server), tool);
  }

  const report: ReportInput = {
    config: shownConfig,
    lock: shownLock,
    lockExists: lock !== undefined,
    engine: ENGINE_VERSION,
    failOn: options.failOn,
    exitCode,
    order: config.servers.map((server) => server.name),
    servers: checked,
    failures,
    disabled: config.disabled,
    findings,
    toolPage,
    updateLock: options.updateLock,
  };
  options.out(redact(options.json ? `${JSON.stringify(jsonReport(report), null, 2)}\n` : humanReport(report, options.colour)));

  if (options.sarif) {
    const sourceRoot = path.resolve(options.sourceRoot);
    const log = buildSarif({
      findings,
      entries: new Map(config.servers.map((server) => [server.name, server])),
      configUri: sarifUri(configFile, sourceRoot),
      lockUri: sarifUri(lockFile, sourceRoot),
      sourceRoot: `${pathToFileURL(sourceRoot).href.replace(/\/?$/, '/')}`,
      toolPage,
      site: options.site,
      engine: ENGINE_VERSION,
      version: packageJson.version,
      failures: failures.map((failure) => ({ server: failure.server, message: failure.lines.join('\n') })),
    });
    await writeAtomic(path.resolve(options.sarif), redact(`${JSON.stringify(log, null, 2)}\n`));
    options.err(
      `${displayPath(path.resolve(options.sarif))}: SARIF written, ${findings.length} result${findings.length === 1 ? '' : 's'}\n`,
    );
  }

  if (failures.length > 0) {
    if (options.updateLock || options.policy) options.err('nothing else was written: every server must be listed first\n');
    return exitCode;
  }

  if (options.updateLock) {
    const text = redact(formatLock(buildLock(checked, ENGINE_VERSION)));
    if ('text' in lockText && lockText.text === text) options.err(`${shownLock}: unchanged\n`);
    else {
      await writeAtomic(lockFile, text);
      options.err(
        `${shownLock}: written, ${checked.length} servers, ${checked.reduce((n, server) => n + server.tools.length, 0)} tools approved\n`,
      );
    }
  }

  if (options.policy) {
    const format = options.policy;
    const dir = path.resolve(options.policyOut ?? path.join(workspace, 'mcp-atlas-policy'));
    const slugs = serverSlugs(checked.map((server) => server.name));
    for (const server of checked) {
      const slug = slugs.get(server.name)!;
      const policy = serverPolicy(server.tools.map((tool) => ({ tool: tool.tool, classification: tool.classification, rule: tool.rule })));
      const compiled = compilePolicy(format, policy, { server: { name: server.name, slug } });
      await writeAtomic(path.join(dir, slug, FORMAT_INFO[format].fileName), redact(compiled.text));
    }
    options.err(
      `${displayPath(dir)}: ${FORMAT_INFO[format].label} policy written for ${checked.length} ` +
        `server${checked.length === 1 ? '' : 's'} (${FORMAT_INFO[format].fileName} in a folder per server)\n`,
    );
  }
  return exitCode;
}
