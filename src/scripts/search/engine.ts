/**
 * The search page's side of the full-text engine: reads the list of shards
 * (`pagefind/shards.json`, src/search/shards.ts), starts the engine worker (engine-worker.ts)
 * and asks it for results. Each search has a number; an answer to a search that a newer one
 * replaced never arrives (the worker drops it), so callers only compare numbers.
 */
import { manifestShards, manifestTag, SHARD_MANIFEST } from '../../search/shards.ts';
import type { EngineReply, EngineRequest, FilterCounts } from './engine-protocol.ts';
import type { ResultData } from './results.ts';

export interface SearchAnswer {
  id: number;
  /** How many results in all. */
  total: number;
  /** The first results, with their data. */
  results: ResultData[];
  /** How many results carry each value of each filter. */
  counts: FilterCounts;
}

/** What a search that a newer one replaced fails with: not an error, nothing to show. */
export const SUPERSEDED = new Error('a newer search replaced this one');

type Waiting = { resolve: (reply: EngineReply) => void; reject: (error: Error) => void };

export class SearchEngine {
  readonly worker: Worker;
  /** Searches can be asked for: the first group of shards is loaded. */
  readonly ready: Promise<void>;
  /** Every shard is loaded: searches from here on are answered at full speed. */
  readonly loaded: Promise<void>;
  readonly waiting = new Map<string, Waiting>();
  /** Who hears the first results of each search still running (`first` replies). */
  readonly firstListeners = new Map<number, (results: ResultData[]) => void>();
  next = 0;

  constructor(base: string) {
    this.worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module', name: 'search' });
    let started!: Waiting;
    this.ready = new Promise<EngineReply>((resolve, reject) => (started = { resolve, reject })).then(() => undefined);
    this.waiting.set('ready', started);
    let loaded!: Waiting;
    this.loaded = new Promise<EngineReply>((resolve, reject) => (loaded = { resolve, reject })).then(() => undefined);
    // Nobody need wait for it: a failure is the searches' to report.
    this.loaded.catch(() => undefined);
    this.waiting.set('loaded', loaded);
    this.worker.addEventListener('message', (event: MessageEvent<EngineReply>) => this.receive(event.data));
    this.worker.addEventListener('error', (event) => this.failAll(new Error(event.message || 'the search worker failed')));
    void this.start(base).catch((error: Error) => this.failAll(error));
  }

  async start(base: string): Promise<void> {
    const response = await fetch(`${base}${SHARD_MANIFEST}`);
    if (!response.ok) throw new Error(`${SHARD_MANIFEST}: ${response.status}`);
    // Only shard folders are followed: the file is ours, but it is fetched data.
    const manifest: unknown = await response.json();
    this.send({ type: 'init', base, shards: manifestShards(manifest), tag: manifestTag(manifest) });
  }

  send(request: EngineRequest): void {
    this.worker.postMessage(request);
  }

  receive(reply: EngineReply): void {
    if (reply.type === 'failed') {
      // A request that failed fails whatever waits for it; a failure of no request, everything.
      const error = new Error(reply.message);
      for (const [name, waiting] of [...this.waiting]) {
        if (reply.id !== undefined && !name.endsWith(`:${reply.id}`)) continue;
        this.waiting.delete(name);
        waiting.reject(error);
      }
      return;
    }
    if (reply.type === 'first') {
      this.firstListeners.get(reply.id)?.(reply.results);
      return;
    }
    const key = reply.type === 'ready' || reply.type === 'loaded' ? reply.type : `${reply.type}:${reply.id}`;
    const waiting = this.waiting.get(key);
    this.waiting.delete(key);
    waiting?.resolve(reply);
  }

  failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  /** A new search number: answers to earlier ones are not wanted any more. */
  newSearch(): number {
    // The worker drops answers to earlier searches: their waiters are told so now.
    this.firstListeners.clear();
    for (const [name, waiting] of [...this.waiting]) {
      if (name === 'ready' || name === 'loaded') continue;
      this.waiting.delete(name);
      waiting.reject(SUPERSEDED);
    }
    return ++this.next;
  }

  ask<T extends EngineReply>(key: string, request: EngineRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(key, { resolve: resolve as (reply: EngineReply) => void, reject });
      this.send(request);
    });
  }

  /**
   * The first `count` results of a search, and its filter counts. On an index of several groups of
   * shards, `first` may hear the first group's best matches before the whole answer comes.
   */
  async search(
    id: number,
    query: string,
    filters: Record<string, string[]>,
    riskOrder: readonly string[] | undefined,
    count: number,
    first?: (results: ResultData[]) => void,
  ): Promise<SearchAnswer> {
    await this.ready;
    if (first) this.firstListeners.set(id, first);
    try {
      const reply = await this.ask<Extract<EngineReply, { type: 'results' }>>(`results:${id}`, {
        type: 'search',
        id,
        query,
        filters,
        ...(riskOrder ? { riskOrder } : {}),
        count,
      });
      return { id, total: reply.total, results: reply.results, counts: reply.counts };
    } finally {
      this.firstListeners.delete(id);
    }
  }

  /** The next results of search `id`. */
  async more(id: number, offset: number, count: number): Promise<ResultData[]> {
    return (await this.ask<Extract<EngineReply, { type: 'more' }>>(`more:${id}`, { type: 'more', id, offset, count })).results;
  }

  /** For each filter in use, the counts of its values without it. */
  async counts(id: number, query: string, filters: Record<string, string[]>): Promise<FilterCounts> {
    return (await this.ask<Extract<EngineReply, { type: 'counts' }>>(`counts:${id}`, { type: 'counts', id, query, filters })).counts;
  }
}
