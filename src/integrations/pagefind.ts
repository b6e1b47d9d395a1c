/**
 * Builds the pagefind search index as part of `astro build`, through pagefind's Node API, so the
 * index is never a separate manual step and always matches the pages it was built with.
 *
 * Tool and server pages are indexed from records made from the site model (src/search/records.ts)
 * in small shards (src/search/shards.ts). Records need no rendered page, so the shards are indexed
 * while Astro renders: this thread makes the records of the servers the build loaded, and a
 * worker thread (src/search/index-worker.ts) hands them to pagefind's process, on the other core.
 * A build that changed a few servers indexes only their shards, with the records the last build
 * kept of the servers it did not load. The site's own pages (methodology, attack patterns, guides)
 * are indexed from their HTML into `pagefind/` at the end, beside `pagefind/shards.json`.
 * `[atlas-stage]` lines mark the stages for the benchmark; they are printed with console.log, not
 * Astro's logger: the build runs Astro at its warn level.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WrittenIndex } from '../search/indexer.ts';
import type { IndexWorkerReply, IndexWorkerRequest, ShardServerRecords } from '../search/index-worker.ts';
import { serverRecords } from '../search/records.ts';
import { planShards, shardPagesFromEnv } from '../search/shards.ts';
import type { Atlas, LoadedServer } from '../site/atlas.ts';
import { builtSite, type BuiltSite, type SearchPlan } from '../site/built-atlas.ts';

/** Without a plan from the build script (`astro build` run directly): every shard, from servers all loaded. */
function wholeSearchPlan(atlas: Atlas): SearchPlan {
  const shards = planShards(
    atlas.servers.map((server) => ({ slug: server.slug, pages: server.tools.length + 1 })),
    shardPagesFromEnv(process.env),
  );
  // Without the build script's digests of code and catalogue, a tag that changes with every build.
  return { shards, rebuild: new Set(shards.map((shard) => shard.folder)), siteWide: true, tag: Date.now().toString(36) };
}

/** The worker thread that talks to pagefind, one request at a time, in order. */
class Indexer {
  readonly worker = new Worker(new URL('../search/index-worker.ts', import.meta.url));
  readonly answers: { resolve: (reply: IndexWorkerReply) => void; reject: (error: Error) => void }[] = [];

  constructor() {
    this.worker.on('message', (reply: IndexWorkerReply) => this.answers.shift()?.resolve(reply));
    this.worker.on('error', (error: Error) => {
      for (const answer of this.answers.splice(0)) answer.reject(error);
    });
  }

  async ask(request: IndexWorkerRequest): Promise<WrittenIndex | undefined> {
    const reply = await new Promise<IndexWorkerReply>((resolve, reject) => {
      this.answers.push({ resolve, reject });
      this.worker.postMessage(request);
    });
    if (reply.type === 'failed') throw new Error(`search index: ${reply.message}`);
    return reply.type === 'written' ? reply.written : undefined;
  }

  async close(): Promise<void> {
    await this.ask({ type: 'close' }).catch(() => undefined);
    await this.worker.terminate();
  }
}

/** Indexes the shards the plan rebuilds, in catalogue order, while the pages render. */
async function indexShards(
  indexer: Indexer,
  site: string,
  built: BuiltSite,
  onShard: (written: WrittenIndex, done: number, of: number) => void,
): Promise<WrittenIndex[]> {
  const atlas = await built.atlas;
  const plan = built.search ?? wholeSearchPlan(atlas);
  const names = await built.patternNames!;
  const shards = plan.shards.filter((shard) => plan.rebuild.has(shard.folder));
  const written: Promise<WrittenIndex>[] = [];
  for (const shard of shards) {
    const servers: ShardServerRecords[] = shard.servers.map((slug) => {
      const server = atlas.serverBySlug.get(slug);
      if (!server) throw new Error(`search index: shard ${shard.folder} names servers/${slug}/, which the site does not have`);
      if (server.loaded) return { slug, records: serverRecords(server as LoadedServer, names) };
      if (!plan.recordsDir) throw new Error(`search index: servers/${slug}/ was not loaded and no earlier build kept its records`);
      return { slug, keptIn: plan.recordsDir };
    });
    const one = indexer
      .ask({ type: 'shard', site, folder: shard.folder, servers, ...(plan.keepDir ? { keepIn: plan.keepDir } : {}) })
      .then((index) => {
        onShard(index!, written.length, shards.length);
        return index!;
      });
    one.catch(() => undefined);
    written.push(one);
    // At most two shards' records wait in the worker: the records of 100,000 pages are not held at once.
    if (written.length >= 2) await written[written.length - 2];
  }
  const all = await Promise.all(written);
  built.report!.indexedShards.push(...all.map((one) => one.folder));
  return all;
}

export function pagefindIndex(): AstroIntegration {
  let outDir: URL | undefined;
  let indexer: Indexer | undefined;
  let shards: Promise<WrittenIndex[]> | undefined;
  let started = 0;
  let done = 0;
  const log = (one: WrittenIndex, _: number, of: number) =>
    console.log(`[atlas-pagefind] search shard ${++done} of ${of} (${one.folder}): ${one.pages} pages in ${one.seconds.toFixed(1)} s`);
  return {
    name: 'atlas-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Only a build indexes; `astro dev` renders pages too. With the build script's plan the shards
      // start now, while Astro renders.
      'astro:build:start': () => {
        const built = builtSite();
        if (!built) return;
        started = performance.now();
        indexer = new Indexer();
        shards = indexShards(indexer, fileURLToPath(outDir!), built, log);
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
        indexer ??= new Indexer();
        try {
          if (!shards) {
            started = renderEnded;
            shards = indexShards(indexer, site, built, log);
          }
          const written = await shards;
          const plan = built.search ?? wholeSearchPlan(await built.atlas);
          const own = plan.siteWide
            ? await indexer.ask({ type: 'own', site, shards: plan.shards.map((shard) => shard.folder), tag: plan.tag })
            : undefined;
          const ended = performance.now();
          console.log(`[atlas-stage] index end t=${Date.now()}`);
          const pages = written.reduce((sum, one) => sum + one.pages, own?.pages ?? 0);
          const bytes = written.reduce((sum, one) => sum + one.bytes, own?.bytes ?? 0);
          console.log(
            `[atlas-pagefind] indexed ${pages} pages (${written.length} of ${plan.shards.length} ` +
              `shards${own ? ", and the site's own pages" : ''}) in ${((ended - started) / 1000).toFixed(1)} s ` +
              `(${((ended - renderEnded) / 1000).toFixed(1)} s after rendering); they take ${(bytes / 1e6).toFixed(1)} MB`,
          );
        } finally {
          await indexer.close();
        }
      },
    },
  };
}
