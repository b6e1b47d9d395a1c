/**
 * `npm run policy:golden`: rewrites the golden files of the policy compilers
 * (tests/fixtures/policy/<format>/…) from their fixed inputs; with `--inputs`, first takes new
 * inputs from the current recommendations. Review the diff: it is exactly what changed in the
 * files a gateway would load.
 */
import { writeGolden } from '../tests/helpers/policy-golden.ts';

const written = await writeGolden({ inputs: process.argv.includes('--inputs') });
console.log(`wrote ${written.length} files:\n${written.join('\n')}`);
