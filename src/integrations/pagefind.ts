/**
 * Builds the pagefind search index as part of `astro build`, through pagefind's Node API, so the
 * index is never a separate manual step and always matches the pages it was built with.
 *
 * Tool and server pages are indexed from records made from the site model (src/search/records.ts)
 * in small shards (src/search/shards.ts). Records need no rendered page, so the shards are indexed
 * by pagefind's process on the other core while Astro renders; a build that changed a few servers
 * re-indexes only their shards, from the records the last build kept of the servers it did not
 * load. The site's own pages (methodology, attack patterns, guides) are indexed from their HTML
 * into `pagefind/` at the end, beside `pagefind/shards.json`, which lists the shards.
 * `[atlas-stage]` lines mark the stages for the benchmark; they are printed with console.log, not
 * Astro's logger: the build runs Astro at its warn level.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { closeIndexer, writeManifest, writeOwnIndex, writeShard, type WrittenIndex } from '../search/indexer.ts';
import { serverRecords, type SearchRecord } from '../search/records.ts';
import { planShards, shardPagesFromEnv } from '../search/shards.ts';
import type { Atlas } from '../site/atlas.ts';
import { builtSite, type BuiltSite, type SearchPlan } from '../site/built-atlas.ts';

/** Without a plan from the build script (`astro build` run directly): every shard, from servers all loaded. */
function wholeSearchPlan(atlas: Atlas): SearchPlan {
  const shards = planShards(atlas.servers.map((server) => ({ slug: server.slug, pages: server.tools.length + 1 })), shardPagesFromEnv(process.env));
  return {
    shards,
    rebuild: new Set(shards.map((shard) => shard.folder)),
    records: (slug) => Promise.reject(new Error(`search index: servers/${slug}/ was not loaded and no earlier build kept its records`)),
    siteWide: true,
  };
}

/** Indexes the shards the plan rebuilds, one after the other, while the pages render. */
async function indexShards(site: string, built: BuiltSite, onShard: (written: WrittenIndex, done: number, of: number) => void): Promise<WrittenIndex[]> {
  const atlas = await built.atlas;
  const plan = built.search ?? wholeSearchPlan(atlas);
  const names = await built.patternNames!;
  const shards = plan.shards.filter((shard) => plan.rebuild.has(shard.folder));
  const written: WrittenIndex[] = [];
  for (const shard of shards) {
    const records: SearchRecord[] = [];
    for (const slug of shard.servers) {
      const server = atlas.serverBySlug.get(slug);
      if (!server) throw new Error(`search index: shard ${shard.folder} names servers/${slug}/, which the site does not have`);
      if (server.loaded) {
        const made = serverRecords(server as Parameters<typeof serverRecords>[0], names);
        await plan.keep?.(slug, made);
        records.push(...made);
      } else records.push(...(await plan.records(slug)));
    }
    const one = await writeShard(site, shard.folder, records);
    written.push(one);
    onShard(one, written.length, shards.length);
  }
  built.report!.indexedShards.push(...written.map((one) => one.folder));
  return written;
}

export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let shards: Promise<WrittenIndex[]> | undefined;
  let started = 0;
  const log = (one: WrittenIndex, done: number, of: number) =>
    console.log(`[atlas-pagefind] search shard ${done} of ${of} (${one.folder}): ${one.pages} pages in ${one.seconds.toFixed(1)} s`);
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Only a build indexes; `astro dev` renders pages too. With the build script's plan the shards
      // start now, on pagefind's process, while Astro renders.
      'astro:build:start': () => {
        const built = builtSite();
        if (!built) return;
        started = performance.now();
        shards = indexShards(fileURLToPath(outDir!), built, log);
        // Reported at the end; kept from being an unhandled rejection until then.
        shards.catch(() => undefined);
      },
      'astro:build:generated': () => {
        console.log(`[atlas-stage] pages end t=${Date.now()}`);
      },
      'astro:build:done': async ({ dir }) => {
        const site = fileURLToPath(dir);
        const built = builtSite();
        if (!built) throw new Error('search index: no page built the site model');
        const renderEnded = performance.now();
        console.log(`[atlas-stage] index start t=${Date.now()}`);
        try {
          if (!shards) {
            started = renderEnded;
            shards = indexShards(site, built, log);
          }
          const written = await shards;
          const plan = built.search ?? wholeSearchPlan(await built.atlas);
          let own: WrittenIndex | undefined;
          if (plan.siteWide) {
            own = await writeOwnIndex(site);
            await writeManifest(site, plan.shards.map((shard) => shard.folder));
          }
          const ended = performance.now();
          console.log(`[atlas-stage] index end t=${Date.now()}`);
          const pages = written.reduce((sum, one) => sum + one.pages, own?.pages ?? 0);
          const bytes = written.reduce((sum, one) => sum + one.bytes, own?.bytes ?? 0);
          console.log(
            `[atlas-pagefind] indexed ${pages} pages (${written.length} of ${plan.shards.length} shards${own ? ', and the site\'s own pages' : ''}) in ${((ended - started) / 1000).toFixed(1)} s (${((ended - renderEnded) / 1000).toFixed(1)} s after rendering); they take ${(bytes / 1e6).toFixed(1)} MB`,
          );
        } finally {
          await closeIndexer();
        }
      },
    },
  };
}
