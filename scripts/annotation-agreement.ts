/**
 * `npm run risk:agreement [DIR]`: classifies every annotated tool of a catalogue (default
 * `content`, or CATALOGUE_DIR) with its annotations removed, and prints how often the verdict
 * agrees with what the author annotated. Exit code 1 when either agreement is under 90%.
 */
import path from 'node:path';
import { catalogueDirFromEnv, displayPath, loadValidCatalogue } from '../src/catalogue/load.ts';
import { annotationAgreement, type AgreementMeasure } from '../src/risk/agreement.ts';

const TARGET = 90;
const dir = process.argv[2] ? path.resolve(process.argv[2]) : catalogueDirFromEnv();
const servers = await loadValidCatalogue(dir);
const entries = servers.flatMap((server) => server.tools.map(({ tool }) => ({ server: server.slug, tool })));
const report = annotationAgreement(entries);

function print(title: string, rule: string, measure: AgreementMeasure): void {
  console.log(`${title}: ${measure.agreeing}/${measure.total} agree (${measure.percent.toFixed(1)}%)  [${rule}]`);
  for (const c of measure.disagreeing) console.log(`  - ${c.server} ${c.tool}: hint ${c.hint}, engine says ${c.category}`);
}

console.log(`${displayPath(dir)}: ${entries.length} tools, ${report.annotated} with readOnlyHint or destructiveHint (classified with annotations removed)`);
print('Read vs readOnlyHint', 'Read iff readOnlyHint: true', report.read);
print('Destructive vs destructiveHint', 'Destructive iff destructiveHint: true, on tools with readOnlyHint: false', report.destructive);
process.exitCode = report.read.percent >= TARGET && report.destructive.percent >= TARGET ? 0 : 1;
