/**
 * `npm run build [-- --full | --shard I/N]`: validates the catalogue, plans the build
 * (src/build/prepare.ts: whole, incremental or a slice), has Astro render what the plan says into a
 * folder of its own (pages, exports, search index), and only when everything succeeded puts it in
 * OUT_DIR: a whole build or a slice is swapped in; an incremental build's files replace their old
 * versions one by one (src/build/apply.ts), and the rest of the site is left as it is. A failed
 * build prints what is wrong and leaves OUT_DIR exactly as it was.
 *
 * `node scripts/build.ts --merge DIR...` (what `npm run atlas -- merge DIR... --out DIR` runs)
 * assembles slices built with `--shard I/N` into OUT_DIR (src/build/merge.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { catalogueDirFromEnv, displayPath } from '../src/catalogue/load.ts';
import { formatProblem, type Problem } from '../src/catalogue/problems.ts';
import { applyIncremental } from '../src/build/apply.ts';
import { assembleSlices, prepareMerge, type PreparedMerge } from '../src/build/merge.ts';
import { commitRecords, nextState, optionsDigest, prepareBuild, type BuildInputs, type PreparedBuild } from '../src/build/prepare.ts';
import { catalogueDigest, writeSlice } from '../src/build/slice.ts';
import { clearState, sentinelsOf, writeState } from '../src/build/state.ts';
import { SHARD_MANIFEST, shardPagesFromEnv } from '../src/search/shards.ts';
import { provideBuiltSite } from '../src/site/built-atlas.ts';
import { loadSettings } from '../src/site/settings.ts';

// Node's default heap limit (~4.5 GB here) is what a catalogue of a few hundred thousand tools
// runs into: the site model holds every tool. The build runs itself again with a limit of 60% of
// the machine's memory (at most 16 GB); small catalogues never come near it, so it costs nothing.
const HEAP_MB = Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.6));
if (process.env.ATLAS_BUILD_HEAP !== String(HEAP_MB) && getHeapStatistics().heap_size_limit < HEAP_MB * 2 ** 20 * 0.9) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, process.argv[1]!, ...process.argv.slice(2)],
    {
      stdio: 'inherit',
      env: { ...process.env, ATLAS_BUILD_HEAP: String(HEAP_MB) },
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.exit(code ?? (signal ? 1 : 0));
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run build [-- --full | --shard I/N]\n       npm run atlas -- merge DIR... --out DIR`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: { full: { type: 'boolean', default: false }, shard: { type: 'string' }, merge: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
} catch (error) {
  usage((error as Error).message);
}
let slice: BuildInputs['slice'];
if (args.values.shard !== undefined) {
  const match = /^(\d+)\/(\d+)$/.exec(args.values.shard);
  if (!match || Number(match[1]) < 1 || Number(match[1]) > Number(match[2]))
    usage(`--shard: expected I/N, the slice I of N (1 <= I <= N), e.g. --shard 2/4; got ${args.values.shard}`);
  slice = { index: Number(match[1]), count: Number(match[2]) };
}
if (args.values.merge && slice) usage('--merge and --shard: a merge assembles slices; it is not one');
if (!args.values.merge && args.positionals.length > 0) usage(`unexpected argument ${args.positionals[0]}`);

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A BASE_URL in the environment (vitest and some CI systems set one) would silently replace
// Astro's base in import.meta.env.BASE_URL; the base path comes from BASE_PATH only.
delete process.env.BASE_URL;
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const catalogueDir = catalogueDirFromEnv();
const started = performance.now();

function fail(problems: Problem[]): never {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\nbuild failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} ` +
      `in ${displayPath(catalogueDir)}; ${displayPath(outDir)} left untouched`,
  );
  process.exit(1);
}

try {
  loadSettings(catalogueDir);
} catch (error) {
  console.error(`${(error as Error).message}\n\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}

// Astro's caches and the build's state are kept per catalogue and output folder, so builds of
// different catalogues (tests, benchmarks) can run side by side and each finds its own last build.
const cacheKey = createHash('sha256').update(`${catalogueDir}\0${outDir}`).digest('hex').slice(0, 12);
process.env.ATLAS_CACHE_DIR ??= path.resolve('node_modules/.astro', cacheKey);
const shardPages = shardPagesFromEnv(process.env);
const inputs: BuildInputs = {
  projectRoot: process.cwd(),
  catalogueDir,
  outDir,
  stateDir: path.join(process.env.ATLAS_CACHE_DIR, 'atlas-build'),
  shardPages,
  options: optionsDigest(catalogueDir, process.env, shardPages),
  full: args.values.full || process.env.ATLAS_FULL_BUILD === '1',
  ...(slice ? { slice } : {}),
};

let prepared: PreparedBuild | PreparedMerge;
try {
  const made = args.values.merge
    ? await prepareMerge(
        inputs,
        args.positionals.map((dir) => path.resolve(dir)),
      )
    : await prepareBuild(inputs);
  if ('problems' in made) fail(made.problems);
  prepared = made;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}
const { atlas } = prepared;
console.log(`catalogue ${displayPath(catalogueDir)}: ${atlas.servers.length} servers, ${atlas.tools.length} tools`);
console.log(`[atlas-stage] validate end t=${Date.now()}`);
for (const line of prepared.explanation) console.log(line);
if (prepared.upToDate) {
  console.log(`built ${displayPath(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s (nothing to rebuild)`);
  process.exit(0);
}
// A whole build starts from nothing: the last build's state describes a site about to be replaced.
if (prepared.kind === 'whole') await clearState(inputs.stateDir);
provideBuiltSite(prepared.site);

// Astro builds inside the project: for an output folder elsewhere it would put its server chunks
// in the shared <project>/.astro/.prerender, where two builds at once collide. Each build gets
// its own folder here; the finished site is then moved next to OUT_DIR and swapped in, or, for an
// incremental build, applied to it file by file.
const building = path.resolve('.astro', 'builds', String(process.pid));
const staging = `${outDir}.tmp-${process.pid}`;
const previous = `${outDir}.old-${process.pid}`;
async function cleanUp(): Promise<void> {
  await rm(building, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
  if (prepared.pendingRecords) await rm(prepared.pendingRecords, { recursive: true, force: true });
}
try {
  await cleanUp();
  // Astro reads OUT_DIR in astro.config.mjs.
  process.env.OUT_DIR = building;
  const { build } = await import('astro');
  // Astro's info level prints a line per page; the pages report progress instead (src/site/progress.ts).
  // ATLAS_LOG_LEVEL=info brings Astro's own lines back.
  const logLevel = (process.env.ATLAS_LOG_LEVEL as 'debug' | 'info' | 'warn' | 'error' | 'silent' | undefined) ?? 'warn';
  await build({ root: process.cwd(), outDir: building, logLevel });
  const expected = prepared.kind === 'slice' ? [] : ['index.html', SHARD_MANIFEST];
  for (const file of expected) if (!existsSync(path.join(building, file))) throw new Error(`the build finished without ${file}`);
  if (prepared.kind === 'merge')
    console.log(`[atlas] merge: ${await assembleSlices(prepared, building)} files of the slices' servers and search shards put in place`);
  if (prepared.kind === 'incremental') {
    const report = await applyIncremental(building, outDir, prepared.ownership!);
    console.log(
      `[atlas] ${displayPath(outDir)}: ${report.written.toLocaleString('en')} files ` +
        `written, ${report.deleted.toLocaleString('en')} deleted, ${report.unchanged.toLocaleString('en')} rendered again the ` +
        `same (left as they were)`,
    );
    await rm(building, { recursive: true, force: true });
  } else {
    await mkdir(path.dirname(outDir), { recursive: true });
    try {
      await rename(building, staging);
    } catch (error) {
      // Another file system: copy, still into the staging folder beside OUT_DIR.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await cp(building, staging, { recursive: true });
      await rm(building, { recursive: true, force: true });
    }
    if (prepared.kind === 'slice') {
      const own = prepared.rendered;
      const scannedBySlug = new Map(prepared.scanned.map((one) => [one.slug, one]));
      const states = prepared.atlas.servers
        .filter((server) => own.has(server.slug))
        .map((server) => {
          const scanned = scannedBySlug.get(server.slug)!;
          return {
            name: scanned.name,
            digest: scanned.digest,
            summary: scanned.summary!,
            exports: prepared.site.report!.exportRanges.get(server.slug),
          };
        });
      await writeSlice(staging, {
        format: 'mcp-risk-atlas-slice/1',
        slice: slice!.index,
        of: slice!.count,
        code: prepared.code,
        options: inputs.options,
        catalogue: catalogueDigest(prepared.scanned),
        servers: states,
        shards: prepared.shards.map((shard) => ({ folder: shard.folder, servers: shard.servers })),
      });
    }
    // Swap: the old site is moved aside (not deleted) until the new one is in place.
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(staging, outDir);
    await rm(previous, { recursive: true, force: true });
  }
} catch (error) {
  await cleanUp();
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error(`\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}

// The state the next build compares against, written once the site is in place.
if (prepared.kind === 'whole' || prepared.kind === 'incremental') {
  await commitRecords(inputs.stateDir, prepared.pendingRecords);
  for (const slug of prepared.previous
    ? prepared.previous.servers.map((server) => server.summary.slug).filter((slug) => !atlas.serverBySlug.has(slug))
    : []) {
    await rm(path.join(inputs.stateDir, 'records', `${slug}.json`), { force: true });
  }
  await writeState(inputs.stateDir, nextState(prepared, inputs, await sentinelsOf(outDir)));
}
console.log(`built ${displayPath(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
