/**
 * The search page's full-text engine, in a worker of its own: pagefind, its shards merged, run off
 * the page's thread so typing never waits for it, and answering with only what the page shows (a
 * page of results with their excerpts, and filter counts), not pagefind's whole result list.
 *
 * Why not pagefind's own worker: it posts every matching page back to the page (10,000 for a
 * common word at 100,000 pages), which then registers each for clean-up and, when they are
 * dropped, sends one message per page back to the worker; here nothing of that leaves the worker.
 *
 * The shards are searched in groups, one after the other, and a search that a newer one replaced
 * stops at the next group: typing needs no pause before searching, as a stale search costs one
 * group at most. Each group is its own copy of pagefind's module (imported under its own URL),
 * whose first index is the site's own pages (`pagefind/`, which carries the WebAssembly). Every
 * group keeps to tool and server pages (`type`); the site's own pages (`type: page`) are searched
 * once, in the first group, and come after them.
 *
 * Why the first group answers alone first. A word on a quarter of 100,000 pages takes pagefind
 * about half a second over every shard, most of it spent group after group; the first group holds
 * an eighth of the pages and answers in a fraction of that. So the engine is ready once the first
 * group is loaded (the others load behind it), and a search over several groups sends the first
 * group's best matches as soon as it has them, as real results the page shows at once, then the
 * whole ranked answer, which replaces them. A site of one group (up to 12 shards) sends one answer.
 */
import type { CountsRequest, EngineReply, EngineRequest, FilterCounts, InitRequest, SearchRequest } from './engine-protocol.ts';
import type { ResultData } from './results.ts';
import { SHARDS_PER_GROUP } from '../../search/shards.ts';

/** The parts of pagefind's browser API used here (pagefind ships no types for its bundle). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}
interface PagefindResult {
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

/** Page types of the shards' records. */
const SHARD_TYPES = ['tool', 'server'];
/** The page type of the site's own pages (src/layouts/Base.astro). */
const OWN_TYPE = 'page';

let base = '/';
/** Each group's pagefind once its shards are merged: the first loads alone, the others together behind it. */
let groups: Promise<Pagefind>[] = [];
let ready: Promise<void> | undefined;
/** The newest search asked for: an older one stops at its next group. */
let newest = 0;
/** The last search's results, for "Show more". */
let current: { id: number; results: PagefindResult[] } | undefined;

const post = (reply: EngineReply) => (self as unknown as Worker).postMessage(reply);

/** Lets messages waiting in the worker's queue (a newer search) arrive before the next group. */
function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Loads one group: its own copy of pagefind, its shards merged, their filter chunks in. */
async function loadGroup(request: InitRequest, g: number, count: number): Promise<Pagefind> {
  // Each URL is its own module, and so its own pagefind with its own list of indexes.
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js?group=${g}`)) as Pagefind;
  await pagefind.options({ baseUrl: base, excerptLength: 24, metaCacheTag: request.tag });
  const mine = request.shards.filter((_, i) => i % count === g);
  await Promise.all(mine.map((folder) => pagefind.mergeIndex(`${base}${folder}`, { baseUrl: base, metaCacheTag: request.tag })));
  // Loads every shard's filter chunks: pagefind counts a filter's values only once its chunk is in.
  await pagefind.filters();
  return pagefind;
}

/**
 * Loads the first group, and the others (together) once it is in: the first has the connection and
 * the processor to itself, and resolves the engine's readiness. A search waits for each later group in turn.
 */
async function init(request: InitRequest): Promise<void> {
  base = request.base;
  const count = Math.max(1, Math.ceil(request.shards.length / SHARDS_PER_GROUP));
  const first = loadGroup(request, 0, count);
  // A later group that fails fails the searches that reach it; it waits only for the first to settle.
  const settled = first.catch(() => undefined);
  groups = [first, ...Array.from({ length: count - 1 }, (_, g) => settled.then(() => loadGroup(request, g + 1, count)))];
  void Promise.all(groups).then(
    () => post({ type: 'loaded' }),
    () => undefined,
  );
  await first;
}

const pagefindFilters = (filters: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));

function addCounts(total: FilterCounts, more: FilterCounts): void {
  for (const [key, values] of Object.entries(more)) {
    const into = (total[key] ??= {});
    for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
  }
}

/**
 * One search over every group: tool and server pages best first, then the site's own pages best
 * first; undefined once a newer search was asked for. Scores of different indexes are compared
 * only among tool and server pages, whose records are alike: the site's own pages are long prose
 * in a small index of their own, where a word's few matches score higher than a tool named by it.
 * `soFar` hears the tool and server pages found so far, best first, after each group but the last.
 */
async function searchAll(
  id: number,
  query: string,
  filters: Record<string, string[]>,
  soFar?: (results: PagefindResult[]) => void,
): Promise<{ results: PagefindResult[]; counts: FilterCounts } | undefined> {
  const results: PagefindResult[] = [];
  const counts: FilterCounts = {};
  const types = filters.type ?? [...SHARD_TYPES, OWN_TYPE];
  const shardTypes = types.filter((type) => type !== OWN_TYPE);
  const byScore = (a: PagefindResult, b: PagefindResult) => b.score - a.score;
  if (shardTypes.length > 0) {
    for (const [g, group] of groups.entries()) {
      await yieldToMessages();
      if (id < newest) return undefined;
      const response = await (
        await group
      ).search(query === '' ? null : query, { filters: pagefindFilters({ ...filters, type: shardTypes }) });
      if (response) {
        results.push(...response.results);
        addCounts(counts, response.filters);
      }
      // Once: a first answer is sent at most once, and sorting a common word's matches after every group costs.
      if (soFar && g < groups.length - 1 && results.length > 0) {
        soFar([...results].sort(byScore));
        soFar = undefined;
      }
    }
    // As pagefind merges its own indexes: by score, the earlier index first among equals.
    results.sort(byScore);
  }
  const first = groups[0];
  if (types.includes(OWN_TYPE) && first) {
    await yieldToMessages();
    if (id < newest) return undefined;
    const response = await (
      await first
    ).search(query === '' ? null : query, { filters: pagefindFilters({ ...filters, type: [OWN_TYPE] }) });
    if (response) {
      results.push(...[...response.results].sort(byScore));
      addCounts(counts, response.filters);
    }
  }
  return { results, counts };
}

async function data(results: readonly PagefindResult[]): Promise<ResultData[]> {
  const all = await Promise.all(results.map((result) => result.data()));
  // Only what the page shows crosses to it.
  return all.map(({ url, excerpt, content, meta }) => ({ url, excerpt, meta, ...(content !== undefined ? { content } : {}) }));
}

/** The search whose whole answer was sent last: a first answer still on its way for it is dropped. */
let answered = 0;

async function search(request: SearchRequest): Promise<void> {
  const { id, query, filters, riskOrder } = request;
  // The first results found, once, while later groups are still searched (see the head of this file).
  let sentFirst = false;
  const sendFirst = (results: PagefindResult[]) => {
    if (sentFirst) return;
    sentFirst = true;
    void data(results.slice(0, request.count)).then((shown) => {
      if (id >= newest && answered < id) post({ type: 'first', id, results: shown });
    });
  };
  let found: { results: PagefindResult[]; counts: FilterCounts } | undefined;
  if (!riskOrder) found = await searchAll(id, query, filters, sendFirst);
  else {
    // Level by level, best match first within each: scores of different levels are not comparable orders.
    const chosen = filters.risk;
    const levels = riskOrder.filter((one) => !chosen || chosen.includes(one));
    const all: { results: PagefindResult[]; counts: FilterCounts } = { results: [], counts: {} };
    for (const [at, level] of levels.entries()) {
      const one = await searchAll(id, query, { ...filters, risk: [level] }, (soFar) => sendFirst([...all.results, ...soFar]));
      if (!one) return;
      all.results.push(...one.results);
      addCounts(all.counts, one.counts);
      if (at < levels.length - 1 && all.results.length > 0) sendFirst(all.results);
    }
    found = all;
  }
  if (!found || id < newest) return;
  current = { id, results: found.results };
  const shown = await data(found.results.slice(0, request.count));
  if (id < newest) return;
  answered = id;
  post({ type: 'results', id, total: found.results.length, results: shown, counts: found.counts });
}

async function counts(request: CountsRequest): Promise<void> {
  const counts: FilterCounts = {};
  for (const key of Object.keys(request.filters)) {
    const without = Object.fromEntries(Object.entries(request.filters).filter(([other]) => other !== key));
    const found = await searchAll(request.id, request.query, without);
    if (!found) return;
    counts[key] = found.counts[key] ?? {};
  }
  post({ type: 'counts', id: request.id, counts });
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  const fail = (error: unknown, id?: number) =>
    post({ type: 'failed', ...(id !== undefined ? { id } : {}), message: error instanceof Error ? error.message : String(error) });
  if (request.type === 'init') {
    ready = init(request);
    ready.then(
      () => post({ type: 'ready' }),
      (error) => fail(error),
    );
    return;
  }
  if (request.type === 'search') newest = Math.max(newest, request.id);
  const run = async () => {
    await ready;
    if (request.type === 'search') await search(request);
    else if (request.type === 'counts') await counts(request);
    else if (current?.id === request.id)
      post({ type: 'more', id: request.id, results: await data(current.results.slice(request.offset, request.offset + request.count)) });
  };
  run().catch((error) => fail(error, request.id));
});
