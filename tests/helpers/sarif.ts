/**
 * SARIF 2.1.0 checked two ways: against the official JSON Schema (sarif-2.1.0.json, draft 2020-12,
 * as shipped by Microsoft's SARIF SDK in @microsoft/sarif-multitool's platform package) with ajv,
 * and, where the platform package has it, by the SDK's own validator (`Sarif.Multitool validate`),
 * which also applies the specification's rules a schema cannot say (e.g. no uriBaseId on an
 * absolute URI). Both ship in the same package version, pinned in package-lock.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
/** The platform package beside the wrapper (npm installs the one for this machine). */
const multitool = require('@microsoft/sarif-multitool') as string;
export const SARIF_SCHEMA_FILE = path.join(path.dirname(multitool), 'sarif-2.1.0.json');
export const SARIF_PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(path.dirname(multitool), 'package.json'), 'utf8')) as { version: string }
).version;

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => void;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);

/** Schema errors of a SARIF log, as `instancePath: message` lines; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  return validate(log)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** Whether the SDK's validator can run here (its binary is built for this platform). */
export const multitoolAvailable = existsSync(multitool);

/**
 * The errors (not warnings or notes) the SDK's validator reports for a log. It writes its own
 * findings as SARIF, which is read back. Runs with no network (`unshare -n` where we are root).
 */
export function multitoolErrors(log: unknown): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'atlas-sarif-'));
  try {
    const input = path.join(dir, 'input.sarif');
    const output = path.join(dir, 'validation.sarif');
    writeFileSync(input, JSON.stringify(log, null, 2));
    // Invariant globalization: the .NET validator then runs without the system's ICU library.
    const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };
    const run = spawnSync(multitool, ['validate', input, '-o', output], { encoding: 'utf8', timeout: 120_000, env });
    if (!existsSync(output)) return [`the validator wrote no result (exit ${run.status}): ${run.stdout}${run.stderr}`];
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { level?: string; ruleId?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[];
    };
    return report.runs
      .flatMap((run) => run.results ?? [])
      .filter((result) => (result.level ?? 'warning') === 'error')
      .map((result) => `${result.ruleId}: ${result.message.text ?? `${result.message.id} ${JSON.stringify(result.message.arguments)}`}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
