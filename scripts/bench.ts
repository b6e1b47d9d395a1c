/**
 * `npm run bench -- [--tools N] [--seed S] [--json] [--keep] [--skip-floor] [--floor-highlight shape|page] [--changed P%] [--shards N]`:
 * the scale benchmark of issues 7 and 18. Generates (or reuses) a synthetic catalogue of N tools in .bench/catalogue-N, builds
 * it with the real pipeline (`node scripts/build.ts`: pages and search index), then writes the
 * same pages with the floor program (scripts/bench-floor.ts), and prints per stage the wall time,
 * pages per second, peak RSS of the whole process tree, output size and CPU, with the ratio
 * pipeline / floor measured side by side on the same machine in the same run.
 *
 * `--changed 1%` builds twice more into the same folder: once with nothing changed, once after 1% of
 * the servers changed (src/bench/change.ts: edited, removed, added), and reports those builds
 * beside the first. `--shards 4` builds the catalogue as 4 slices one after the other
 * (`npm run build -- --shard I/4`) and merges them (`npm run atlas -- merge`), reporting each
 * slice and the merge: on 4 machines the build takes the slowest slice plus the merge.
 *
 * Outputs go under .bench/ (git-ignored) and are deleted after the run unless --keep; the
 * catalogue is kept, and reused by the next run with the same size and seed.
 * Progress goes to stderr, so `--json` leaves one JSON object on stdout.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { changeCatalogue, linkCatalogue, parseShare } from '../src/bench/change.ts';
import { isReusable, readManifest } from '../src/bench/catalogue-files.ts';
import { folderSize } from '../src/build/folder-size.ts';
import { runMeasured, type OutputLine, type RunResult } from '../src/bench/measure.ts';
import { floorStages, formatRatios, formatTable, pipelineStages, ratios, round, stageJson, type Stage } from '../src/bench/report.ts';
import { DEFAULT_SEED } from '../src/bench/synthetic.ts';

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run bench -- [--tools N] [--seed S] [--json] [--keep] [--skip-floor] [--floor-highlight shape|page] ` +
      `[--changed P%] [--shards N]`,
  );
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      tools: { type: 'string', default: '5000' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'skip-floor': { type: 'boolean', default: false },
      'floor-highlight': { type: 'string', default: 'shape' },
      changed: { type: 'string' },
      shards: { type: 'string' },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
const tools = Number(values.tools);
const seed = Number(values.seed);
if (!Number.isInteger(tools) || tools < 1) usage(`--tools: expected a whole number of tools, at least 1; got ${values.tools}`);
if (!Number.isInteger(seed)) usage(`--seed: expected a whole number; got ${values.seed}`);
const floorHighlight = values['floor-highlight'];
if (floorHighlight !== 'shape' && floorHighlight !== 'page')
  usage(`--floor-highlight: expected "shape" (once per snippet shape, as the site does) or "page"; got ${floorHighlight}`);

let share: number | undefined;
try {
  share = values.changed === undefined ? undefined : parseShare(values.changed);
} catch (error) {
  usage(`--changed: ${(error as Error).message}`);
}
const sliceCount = values.shards === undefined ? undefined : Number(values.shards);
if (sliceCount !== undefined && (!Number.isInteger(sliceCount) || sliceCount < 1))
  usage(`--shards: expected a whole number of slices, at least 1; got ${values.shards}`);

const root = process.cwd();
const benchDir = path.join(root, '.bench');
const suffix = seed === DEFAULT_SEED ? `${tools}` : `${tools}-s${seed}`;
const catalogueDir = path.join(benchDir, `catalogue-${suffix}`);
const siteDir = path.join(benchDir, `site-${suffix}`);
const floorDir = path.join(benchDir, `floor-${suffix}`);
/** With --changed, the builds read a linked copy of the catalogue, which the benchmark then changes. */
const workDir = path.join(benchDir, `work-${suffix}`);
const node = process.execPath;

const progress = (text: string) => console.error(`[bench] ${text}`);
/** Astro prints a line per page; those are counted, not kept or echoed. */
const isPageLine = (text: string) => /^\S*\s+[├└]─ /.test(text) || /^\s+[├└]─ /.test(text);
const ECHO =
  /^catalogue |^\[atlas\] |^\[atlas-stage\]|\[atlas-pagefind\]|\[atlas-exports\]|^built |\[bench-floor\]|^generated |error|Error/;
const echo = (name: string) => (line: OutputLine) => {
  if (!isPageLine(line.text) && ECHO.test(line.text))
    console.error(`[bench] ${name} ${(line.t / 1000).toFixed(1).padStart(6)} s | ${line.text}`);
};

function failed(name: string, run: RunResult): never {
  console.error(
    run.lines
      .slice(-40)
      .map((line) => line.text)
      .join('\n'),
  );
  console.error(`\n[bench] ${name} failed (exit ${run.exitCode ?? run.signal}); see the output above`);
  process.exit(1);
}

/** The output and, within it, the search index: `pagefind/` and its shards `pagefind-N/`. */
async function sizes(dir: string) {
  const shards = readdirSync(dir).filter((name) => name === 'pagefind' || /^pagefind-\d+$/.test(name));
  const [total, ...indexes] = await Promise.all([folderSize(dir), ...shards.map((name) => folderSize(path.join(dir, name)))]);
  const index = { bytes: 0, files: 0 };
  for (const one of indexes) {
    index.bytes += one.bytes;
    index.files += one.files;
  }
  return { total, index };
}

const loadBefore = loadavg()[0]!;
const stages: Stage[] = [];

// 1. The catalogue: generated once per size and seed.
let catalogueStage: Stage;
if (isReusable(catalogueDir, { tools, seed })) {
  catalogueStage = { key: 'catalogue', label: 'catalogue generation', wallMs: 0, note: 'reused' };
  progress(`reusing ${path.relative(root, catalogueDir)}`);
} else {
  progress(`generating ${tools} tools into ${path.relative(root, catalogueDir)}`);
  const run = await runMeasured(
    node,
    ['scripts/generate-catalogue.ts', '--tools', String(tools), '--seed', String(seed), '--out', catalogueDir, '--force'],
    { onLine: echo('generate') },
  );
  if (run.exitCode !== 0) failed('catalogue generation', run);
  const size = await folderSize(path.join(catalogueDir, 'servers'));
  catalogueStage = {
    key: 'catalogue',
    label: 'catalogue generation',
    wallMs: run.wallMs,
    pages: tools,
    peakRss: run.peakRss,
    outputBytes: size.bytes,
    outputFiles: size.files,
    cpu: run.cpu,
  };
}
stages.push(catalogueStage);
const manifest = readManifest(catalogueDir)!;

// 2. The real pipeline. Old output is removed first: build.ts would otherwise delete it inside the
// measured run. A whole build, whatever an earlier run left in the build's state.
rmSync(siteDir, { recursive: true, force: true });
if (share !== undefined) linkCatalogue(catalogueDir, workDir);
const buildCatalogue = share !== undefined ? workDir : catalogueDir;
progress(`building the site with the real pipeline into ${path.relative(root, siteDir)}`);
const pipelineRun = await runMeasured(node, ['scripts/build.ts'], {
  env: { ...process.env, CATALOGUE_DIR: buildCatalogue, OUT_DIR: siteDir, ATLAS_FULL_BUILD: '1' },
  onLine: echo('pipeline'),
  keepLine: (text) => !isPageLine(text),
});
if (pipelineRun.exitCode !== 0) failed('the pipeline', pipelineRun);
const pipeline = pipelineStages(pipelineRun, await sizes(siteDir));
stages.push(...pipeline);

/** A build run as one stage: wall, CPU and peak memory of the whole process tree. */
async function measuredBuild(key: string, label: string, args: string[], env: NodeJS.ProcessEnv, out: string): Promise<Stage> {
  const run = await runMeasured(node, args, { env: { ...process.env, ...env }, onLine: echo(key), keepLine: (text) => !isPageLine(text) });
  if (run.exitCode !== 0) failed(label, run);
  const size = await folderSize(out);
  return {
    key,
    label,
    wallMs: run.wallMs,
    peakRss: run.peakRss,
    cpu: run.cpu,
    pages: size.htmlFiles,
    outputBytes: size.bytes,
    outputFiles: size.files,
  };
}

// 2b. Incremental builds into the same folder: nothing changed, then a share of the servers changed.
if (share !== undefined) {
  const env = { CATALOGUE_DIR: workDir, OUT_DIR: siteDir };
  progress('building again, nothing changed');
  stages.push(await measuredBuild('rebuild.same', 'pipeline: second build, nothing changed', ['scripts/build.ts'], env, siteDir));
  const changes = changeCatalogue(workDir, share, seed);
  progress(
    `changed ${values.changed} of the servers: ${changes.edited.length} edited, ${changes.removed.length} ` +
      `removed, ${changes.added.length} added; building again`,
  );
  stages.push(
    await measuredBuild(
      'rebuild.changed',
      `pipeline: second build, ${values.changed} of servers changed`,
      ['scripts/build.ts'],
      env,
      siteDir,
    ),
  );
}

// 2c. The build across machines, here one slice after the other, then the merge.
if (sliceCount !== undefined) {
  const slices: string[] = [];
  for (let i = 1; i <= sliceCount; i++) {
    const out = path.join(benchDir, `slice-${suffix}-${i}-of-${sliceCount}`);
    rmSync(out, { recursive: true, force: true });
    slices.push(out);
    progress(`building slice ${i} of ${sliceCount} into ${path.relative(root, out)}`);
    stages.push(
      await measuredBuild(
        `slice.${i}`,
        `slice ${i} of ${sliceCount} (--shard ${i}/${sliceCount})`,
        ['scripts/build.ts', '--shard', `${i}/${sliceCount}`],
        { CATALOGUE_DIR: catalogueDir, OUT_DIR: out },
        out,
      ),
    );
  }
  const merged = path.join(benchDir, `merged-${suffix}`);
  progress(`merging ${sliceCount} slices into ${path.relative(root, merged)}`);
  stages.push(
    await measuredBuild(
      'merge',
      `merge of ${sliceCount} slices (atlas merge)`,
      ['bin/atlas.ts', 'merge', ...slices, '--out', merged],
      { CATALOGUE_DIR: catalogueDir },
      merged,
    ),
  );
  if (!values.keep) for (const dir of [...slices, merged]) rmSync(dir, { recursive: true, force: true });
}

// 3. The floor, on the same catalogue.
let floor: Stage[] | undefined;
if (!values['skip-floor']) {
  progress(`writing the same pages with the floor into ${path.relative(root, floorDir)}`);
  const floorRun = await runMeasured(
    node,
    ['scripts/bench-floor.ts', '--catalogue', catalogueDir, '--out', floorDir, '--highlight', floorHighlight],
    { onLine: echo('floor') },
  );
  if (floorRun.exitCode !== 0) failed('the floor', floorRun);
  floor = floorStages(floorRun, await sizes(floorDir));
  stages.push(...floor);
}
const ratioList = floor ? ratios(pipeline, floor) : [];
const loadAfter = loadavg()[0]!;

if (!values.keep) {
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(floorDir, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
}

const machine = {
  node: process.version,
  cpus: cpus().length,
  memoryGB: round(totalmem() / 1e9, 1),
  loadAverage: { before: round(loadBefore, 2), after: round(loadAfter, 2) },
};
if (values.json) {
  console.log(
    JSON.stringify({
      tools: manifest.tools,
      servers: manifest.servers,
      seed,
      catalogue: path.relative(root, catalogueDir),
      machine,
      floorHighlight: values['skip-floor'] ? null : floorHighlight,
      stages: stages.map(stageJson),
      ratio: floor
        ? Object.fromEntries(
            ratioList.map((r) => [r.key, { wall: r.wall, ...(r.cpu ? { cpu: r.cpu } : {}), ...(r.rss ? { rss: r.rss } : {}) }]),
          )
        : null,
    }),
  );
} else {
  console.log(
    `\nMCP Risk Atlas benchmark: ${manifest.tools.toLocaleString('en')} tools on ${manifest.servers.toLocaleString('en')} ` +
      `servers (seed ${seed})`,
  );
  console.log(
    `Node ${machine.node}, ${machine.cpus} CPUs, ${machine.memoryGB} GB; load average ${machine.loadAverage.before} ` +
      `before, ${machine.loadAverage.after} after (other work on the machine skews the figures)\n`,
  );
  console.log(formatTable(stages));
  if (floor)
    console.log(
      `\n${formatRatios(ratioList)}\n(the floor highlights policy snippets once ` +
        `per ${floorHighlight === 'shape' ? 'shape, as the site does' : 'page'})`,
    );
  if (values.keep) console.log(`\noutputs kept in ${path.relative(root, siteDir)} and ${path.relative(root, floorDir)}`);
}
