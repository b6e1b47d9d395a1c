/**
 * `npm run risk:agreement [DIR...] [-- --verbose]`: classifies every annotated tool of one or more
 * catalogues (default `content`, or CATALOGUE_DIR) with its annotations removed, and prints how
 * often the predicted MCP hints agree with what the authors wrote: per server, then overall.
 * Exit code 1 when readOnlyHint agrees on fewer than 95% of tools or destructiveHint on fewer
 * than 90% (the targets of the risk engine).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { catalogueDirFromEnv, displayPath, loadValidCatalogue } from '../src/catalogue/load.ts';
import { annotationAgreement, type AgreementMeasure, type HintMeasures } from '../src/risk/agreement.ts';
import { ANNOTATION_HINTS } from '../src/values/index.ts';

const TARGETS = { readOnlyHint: 0.95, destructiveHint: 0.9 } as const;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', default: false } } });
const dirs = positionals.length > 0 ? positionals.map((dir) => path.resolve(dir)) : [catalogueDirFromEnv()];
const entries = [];
for (const dir of dirs) {
  for (const server of await loadValidCatalogue(dir)) {
    const siblings = new Set(server.tools.map(({ tool }) => tool.name));
    for (const { tool } of server.tools) entries.push({ server: server.slug, tool, siblings });
  }
}
const report = annotationAgreement(entries);

const cell = (m: AgreementMeasure) => (m.total === 0 ? '—' : `${m.agreeing}/${m.total} ${(m.rate * 100).toFixed(1)}%`);
const row = (label: string, annotated: number, m: HintMeasures) =>
  [label.padEnd(44), String(annotated).padStart(5), ...ANNOTATION_HINTS.map((hint) => cell(m[hint]).padStart(18))].join(' ');

console.log(
  `${dirs.map(displayPath).join(', ')}: ${entries.length} tools, ${report.annotated} with annotations (classified with them removed)`,
);
console.log('destructiveHint and idempotentHint are scored on tools whose author says readOnlyHint: false.\n');
console.log(['server'.padEnd(44), 'tools'.padStart(5), ...ANNOTATION_HINTS.map((hint) => hint.padStart(18))].join(' '));
for (const [server, m] of [...report.byServer].sort(([a], [b]) => a.localeCompare(b))) console.log(row(server, m.annotated, m));
console.log(row('overall', report.annotated, report.overall));

if (values.verbose) {
  for (const hint of ANNOTATION_HINTS) {
    console.log(`\n${hint}: disagreements`);
    for (const c of report.overall[hint].disagreeing)
      console.log(`  ${c.server} ${c.tool}: author ${c.author}, predicted ${c.predicted} (${c.rule})`);
  }
}
const met = report.overall.readOnlyHint.rate >= TARGETS.readOnlyHint && report.overall.destructiveHint.rate >= TARGETS.destructiveHint;
console.log(
  `\ntargets: readOnlyHint ≥ ${TARGETS.readOnlyHint * 100}%, destructiveHint ` +
    `≥ ${TARGETS.destructiveHint * 100}%: ${met ? 'met' : 'not met'}`,
);
process.exitCode = met ? 0 : 1;
