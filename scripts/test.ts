/**
 * `npm test`: the whole suite in one run, closed by the line CI reads: `N passed, N failed`.
 *
 * First the checks (type-checking with astro check and tsc, the typed lint, the formatter, the
 * line length), each counted as one test; then every vitest project (unit, mcp-servers, site).
 * Extra arguments go to vitest (a file filter, `--project unit`) and then only vitest runs, so a
 * developer re-running one file does not wait for the checks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The checks, as commands run with this Node: [name, script, arguments]. */
const CHECKS: [string, string, string[]][] = [
  ['astro check (types of the .astro files)', 'node_modules/astro/bin/astro.mjs', ['check']],
  ['tsc (types of the TypeScript)', 'node_modules/typescript/bin/tsc', ['--noEmit', '-p', '.']],
  ['eslint (typed lint)', 'node_modules/eslint/bin/eslint.js', ['.']],
  ['prettier (formatting)', 'node_modules/prettier/bin/prettier.cjs', ['--check', '.']],
  ['line length (no source line over 140 characters outside the data tables)', 'scripts/check-lines.ts', []],
];

const vitestArguments = process.argv.slice(2);
let passed = 0;
let failed = 0;

if (vitestArguments.length === 0) {
  for (const [name, script, args] of CHECKS) {
    const started = Date.now();
    const run = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (run.status === 0) passed++;
    else failed++;
    console.log(`${run.status === 0 ? '✓' : '×'} check: ${name} (${seconds} s)`);
  }
}

const reportDir = mkdtempSync(path.join(tmpdir(), 'atlas-test-'));
const report = path.join(reportDir, 'report.json');
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...vitestArguments],
  { stdio: 'inherit' },
);

try {
  const results = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  passed += results.numPassedTests;
  // A file that fails to load (or whose setup fails) has no test results of its own: count it as a failure.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
  failed += results.numFailedTests + brokenFiles;
  if (vitest.status !== 0 && results.numFailedTests + brokenFiles === 0) failed++;
} catch {
  failed++;
}
rmSync(reportDir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
