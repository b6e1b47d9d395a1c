/**
 * `npm run catalogue:generate -- --tools N --out DIR [--seed S] [--force]`: writes a synthetic
 * catalogue of N tools (DIR/servers/*.json) for benchmarks and scale tests. Deterministic: the same
 * N and seed give the same files. `--force` replaces a servers/ folder that was not generated.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticCatalogue } from '../src/bench/catalogue-files.ts';
import { DEFAULT_SEED } from '../src/bench/synthetic.ts';
import { displayPath } from '../src/catalogue/load.ts';

function usage(message: string): never {
  console.error(`${message}\nusage: npm run catalogue:generate -- --tools N --out DIR [--seed S] [--force]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { tools: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean', default: false } },
  }));
} catch (error) {
  usage((error as Error).message);
}
const tools = Number(values.tools);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(tools) || tools < 1) usage(`--tools: expected a whole number of tools, at least 1; got ${values.tools ?? 'nothing'}`);
if (!Number.isInteger(seed)) usage(`--seed: expected a whole number; got ${values.seed}`);
if (!values.out) usage('--out: expected the catalogue folder to write');

const started = performance.now();
try {
  const manifest = writeSyntheticCatalogue(path.resolve(values.out), { tools, seed }, values.force);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `generated ${manifest.tools} tools on ${manifest.servers} servers (seed ${seed}) ` +
      `in ${displayPath(path.resolve(values.out))}/servers in ${seconds} s`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
