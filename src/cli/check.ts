/**
 * `atlas check CONFIG`: lists, classifies and compares the servers of an MCP client config with
 * the lock file (see src/check/run.ts). This file only reads the arguments and wires Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_MESSAGE_MB } from '../catalogue/import/client.ts';
import { escapeLine } from '../catalogue/problems.ts';
import { isPolicyFormat, POLICY_FORMATS } from '../risk/policy/formats.ts';
import { RISK_LEVELS } from '../values/index.ts';
import type { FailOn } from '../check/compare.ts';
import { runCheck } from '../check/run.ts';
import { normaliseSite } from '../check/site.ts';

const USAGE = `usage: npm run atlas -- check CONFIG [options]

CONFIG is an MCP client config: .mcp.json / mcp.json ("mcpServers"), Claude Desktop's
claude_desktop_config.json, VS Code's .vscode/mcp.json ("servers", "inputs") or settings.json ("mcp").
Variables (\${env:NAME}, \${NAME}, \${NAME:-default}, \${input:ID} from ATLAS_INPUT_<ID>,
\${workspaceFolder}, \${userHome}) are resolved from the environment and never written anywhere.

  --lock FILE          the lock file (default: mcp-atlas.lock.json in the config's workspace folder)
  --update-lock        approve what is listed now: write the lock file (review its diff)
  --fail-on LEVEL      fail on new tools at or above LEVEL: ${RISK_LEVELS.join(', ')} or none (default: high);
                       changed definitions and tool poisoning always fail
  --json               print the report as JSON instead of a table
  --sarif FILE         write the findings as SARIF 2.1.0 (for GitHub code scanning)
  --source-root DIR    SARIF paths are relative to DIR (default: $GITHUB_WORKSPACE, else the current folder)
  --site URL           link each tool's page on this atlas site (default: $ATLAS_SITE_URL)
  --policy FORMAT      write the recommended policy of the tools in use: ${POLICY_FORMATS.join(', ')}
  --policy-out DIR     where (default: mcp-atlas-policy/ in the workspace folder), a folder per server
  --timeout SECONDS    per server, start to last page (default: 30)
  --max-message-mb MB  the most read of one answer (default: ${DEFAULT_MAX_MESSAGE_MB})
  --concurrency N      servers listed at once (default: 4)

Exit codes: 0 clean, 1 findings fail the check, 2 the check could not run (config, lock, a server
that could not be listed).`;

const OPTIONS = {
  lock: { type: 'string' },
  'update-lock': { type: 'boolean' },
  'fail-on': { type: 'string' },
  json: { type: 'boolean' },
  sarif: { type: 'string' },
  'source-root': { type: 'string' },
  site: { type: 'string' },
  policy: { type: 'string' },
  'policy-out': { type: 'string' },
  timeout: { type: 'string' },
  'max-message-mb': { type: 'string' },
  concurrency: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function usageError(message: string): number {
  console.error(`atlas check: ${escapeLine(message)}\n\n${USAGE}`);
  return 2;
}

function positiveNumber(flag: string, text: string | undefined, fallback: number, integer = false): number | string {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value)))
    return `${flag} ${JSON.stringify(text)}: expected ${integer ? 'a whole number' : 'a number'} above 0`;
  return value;
}

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    return usageError(positionals.length === 0 ? 'give the config file to check' : `one config file at a time (got ${positionals.length})`);

  const failOn = (values['fail-on'] ?? 'high') as FailOn;
  if (failOn !== 'none' && !(RISK_LEVELS as readonly string[]).includes(failOn))
    return usageError(`--fail-on ${JSON.stringify(values['fail-on'])}: expected ${RISK_LEVELS.join(', ')} or none`);
  if (values.policy !== undefined && !isPolicyFormat(values.policy))
    return usageError(`--policy ${JSON.stringify(values.policy)}: expected one of ${POLICY_FORMATS.join(', ')}`);
  const timeout = positiveNumber('--timeout', values.timeout, 30);
  const maxMb = positiveNumber('--max-message-mb', values['max-message-mb'], DEFAULT_MAX_MESSAGE_MB);
  const concurrency = positiveNumber('--concurrency', values.concurrency, 4, true);
  for (const value of [timeout, maxMb, concurrency]) if (typeof value === 'string') return usageError(value);
  const siteText = values.site ?? (process.env.ATLAS_SITE_URL || undefined);
  const site = siteText === undefined ? undefined : normaliseSite(siteText);
  if (typeof site === 'object') return usageError(site.error);

  // Ctrl-C (or a kill) must not leave servers running: abort, let the importer stop them, exit 130.
  const controller = new AbortController();
  const onSignal = () => controller.abort();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    return await runCheck({
      config: positionals[0]!,
      lock: values.lock,
      updateLock: values['update-lock'] ?? false,
      json: values.json ?? false,
      sarif: values.sarif,
      policy: values.policy,
      policyOut: values['policy-out'],
      failOn,
      site,
      sourceRoot: values['source-root'] ?? (process.env.GITHUB_WORKSPACE || process.cwd()),
      timeoutMs: (timeout as number) * 1000,
      maxMessageBytes: Math.round((maxMb as number) * 1024 * 1024),
      concurrency: concurrency as number,
      env: process.env,
      colour: !values.json && process.stdout.isTTY === true && !process.env.NO_COLOR,
      signal: controller.signal,
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    });
  } catch (error) {
    // Our own failure (a file we could not write): say so, exit 2; the message names no secret.
    console.error(escapeLine(`atlas check: ${(error as Error).message}`));
    return 2;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
