/**
 * `npm run build`: validates the catalogue, builds the site (pages, sitemap, search index) into a
 * temporary folder beside OUT_DIR, and only when everything succeeded swaps it into OUT_DIR.
 * A failed build prints what is wrong and leaves OUT_DIR exactly as it was.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { catalogueDirFromEnv, displayPath, loadCatalogue } from '../src/catalogue/load.ts';
import { formatProblem } from '../src/catalogue/problems.ts';
import { loadSettings } from '../src/site/settings.ts';

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
const tools = servers.reduce((sum, server) => sum + server.tools.length, 0);
console.log(`catalogue ${displayPath(catalogueDir)}: ${servers.length} servers, ${tools} tools`);

const staging = `${outDir}.tmp-${process.pid}`;
const previous = `${outDir}.old-${process.pid}`;
try {
  await rm(staging, { recursive: true, force: true });
  // Astro reads OUT_DIR in astro.config.mjs; the staging folder is where it writes.
  process.env.OUT_DIR = staging;
  const cacheKey = createHash('sha256').update(`${catalogueDir}\0${outDir}`).digest('hex').slice(0, 12);
  process.env.ATLAS_CACHE_DIR ??= path.resolve('node_modules/.astro', cacheKey);
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir: staging });
  if (!existsSync(path.join(staging, 'index.html')) || !existsSync(path.join(staging, 'pagefind', 'pagefind.js'))) {
    throw new Error('the build finished without index.html or the search index');
  }
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  console.error(`\nbuild failed; ${displayPath(outDir)} left untouched`);
  process.exit(1);
}

// Swap: the old site is moved aside (not deleted) until the new one is in place.
if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`built ${displayPath(outDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
