/**
 * `npm run build`: validates the catalogue, builds the site (pages, sitemap, search index) into a
 * temporary folder beside OUT_DIR, and only when everything succeeded swaps it into OUT_DIR.
 * A failed build prints what is wrong and leaves OUT_DIR exactly as it was.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { totalmem } from 'node:os';
import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { catalogueDirFromEnv, displayPath, loadCatalogue } from '../src/catalogue/load.ts';
import { formatProblem } from '../src/catalogue/problems.ts';
import { provideCatalogue } from '../src/catalogue/validated-catalogue.ts';
import { loadSettings } from '../src/site/settings.ts';

// Node's default heap limit (~4.5 GB here) is what a catalogue of a few hundred thousand tools
// runs into: the site model holds every tool. The build runs itself again with a limit of 60% of
// the machine's memory (at most 16 GB); small catalogues never come near it, so it costs nothing.
const HEAP_MB = Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.6));
if (process.env.ATLAS_BUILD_HEAP !== String(HEAP_MB) && getHeapStatistics().heap_size_limit < HEAP_MB * 2 ** 20 * 0.9) {
  const child = spawn(process.execPath, [...process.execArgv, `--max-old-space-size=${HEAP_MB}`, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_BUILD_HEAP: String(HEAP_MB) },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  process.exit(code ?? (signal ? 1 : 0));
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// A BASE_URL in the environment (vitest and some CI systems set one) would silently replace
// Astro's base in import.meta.env.BASE_URL; the base path comes from BASE_PATH only.
delete process.env.BASE_URL;
const outDir = path.resolve(process.env.OUT_DIR || 'dist');
const catalogueDir = catalogueDirFromEnv();
const started = performance.now();

const { servers, problems } = await loadCatalogue(catalogueDir);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\nbuild failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(catalogueDir)}; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}
try {
  loadSettings(catalogueDir);
} catch (error) {
  console.error(`${(error as Error).message}\n\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}
// Validated once: Astro's content loader and the pages take this same catalogue.
provideCatalogue(catalogueDir, servers);
const tools = servers.reduce((sum, server) => sum + server.tools.length, 0);
console.log(`catalogue ${displayPath(catalogueDir)}: ${servers.length} servers, ${tools} tools`);
console.log(`[atlas-stage] validate end t=${Date.now()}`);

// Astro builds inside the project: for an output folder elsewhere it would put its server chunks
// in the shared <project>/.astro/.prerender, where two builds at once collide. Each build gets
// its own folder here, and the finished site is then moved next to OUT_DIR and swapped in.
const building = path.resolve('.astro', 'builds', String(process.pid));
const staging = `${outDir}.tmp-${process.pid}`;
const previous = `${outDir}.old-${process.pid}`;
async function cleanUp(): Promise<void> {
  await rm(building, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}
try {
  await cleanUp();
  // Astro reads OUT_DIR in astro.config.mjs.
  process.env.OUT_DIR = building;
  const cacheKey = createHash('sha256').update(`${catalogueDir}\0${outDir}`).digest('hex').slice(0, 12);
  process.env.ATLAS_CACHE_DIR ??= path.resolve('node_modules/.astro', cacheKey);
  const { build } = await import('astro');
  // Astro's info level prints a line per page; the pages report progress instead (src/site/progress.ts).
  // ATLAS_LOG_LEVEL=info brings Astro's own lines back.
  const logLevel = (process.env.ATLAS_LOG_LEVEL as 'debug' | 'info' | 'warn' | 'error' | 'silent' | undefined) ?? 'warn';
  await build({ root: process.cwd(), outDir: building, logLevel });
  if (!existsSync(path.join(building, 'index.html')) || !existsSync(path.join(building, 'pagefind', 'pagefind.js'))) {
    throw new Error('the build finished without index.html or the search index');
  }
  await mkdir(path.dirname(outDir), { recursive: true });
  try {
    await rename(building, staging);
  } catch (error) {
    // Another file system: copy, still into the staging folder beside OUT_DIR.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(building, staging, { recursive: true });
    await rm(building, { recursive: true, force: true });
  }
} catch (error) {
  await cleanUp();
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error(`\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}

// Swap: the old site is moved aside (not deleted) until the new one is in place.
if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`built ${displayPath(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
