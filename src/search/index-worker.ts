/**
 * Node worker thread: talks to pagefind for the build (src/search/indexer.ts), so the shards are
 * indexed beside Astro's rendering rather than squeezed between its pages. Astro renders on the
 * build's main thread; pagefind's answers to every record arrive as messages that need the thread
 * too, and on the main thread they waited behind the pages (a shard of 1,200 records took 37 s).
 * The main thread only makes the records of the servers it loaded and posts them here; records
 * the last build kept are read here, and the records made now are kept here for the next build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { closeIndexer, writeManifest, writeOwnIndex, writeShard, type WrittenIndex } from './indexer.ts';
import type { SearchRecord } from './records.ts';

/** A server of a shard: its records made now, or the name of the folder the last build kept them in. */
export type ShardServerRecords = { slug: string; records: SearchRecord[] } | { slug: string; keptIn: string };

export type IndexWorkerRequest =
  | { type: 'shard'; site: string; folder: string; servers: ShardServerRecords[]; keepIn?: string }
  | { type: 'own'; site: string; shards: string[]; tag: string }
  | { type: 'close' };

export type IndexWorkerReply = { type: 'written'; written: WrittenIndex } | { type: 'failed'; message: string } | { type: 'closed' };

async function records(server: ShardServerRecords, keepIn: string | undefined): Promise<SearchRecord[]> {
  if ('keptIn' in server) return JSON.parse(await readFile(path.join(server.keptIn, `${server.slug}.json`), 'utf8')) as SearchRecord[];
  if (keepIn) {
    await mkdir(keepIn, { recursive: true });
    await writeFile(path.join(keepIn, `${server.slug}.json`), JSON.stringify(server.records));
  }
  return server.records;
}

async function handle(request: IndexWorkerRequest): Promise<IndexWorkerReply> {
  switch (request.type) {
    case 'shard': {
      const all: SearchRecord[] = [];
      for (const server of request.servers) all.push(...(await records(server, request.keepIn)));
      return { type: 'written', written: await writeShard(request.site, request.folder, all) };
    }
    case 'own': {
      const written = await writeOwnIndex(request.site);
      await writeManifest(request.site, request.shards, request.tag);
      return { type: 'written', written };
    }
    case 'close':
      await closeIndexer();
      return { type: 'closed' };
  }
}

// One request at a time, in order: pagefind holds one index in memory at once.
let queue = Promise.resolve();
parentPort!.on('message', (request: IndexWorkerRequest) => {
  queue = queue.then(async () => {
    let reply: IndexWorkerReply;
    try {
      reply = await handle(request);
    } catch (error) {
      reply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
    if (request.type === 'close') parentPort!.close();
  });
});
