/**
 * Pure and shared: the tools and servers named exactly by a query go first in the full-text
 * answer. Why it is needed: the full-text index is split into shards, and pagefind scores a page
 * against its own shard's statistics (a word that is rare in one shard weighs more there), so over
 * 20 or 100 shards a page that only mentions the query's words can outscore the tool whose name
 * the query is. The name index knows exact names; the page puts them back where a reader expects.
 */
import type { NameHit } from './name-index.ts';

/** One leading entry: a full-text result moved up, or a name match the answer's first page lacks. */
export type Lead<T> = { result: T } | { hit: NameHit };

export interface ExactFirst<T> {
  /** The exact name matches, in the name index's order. */
  lead: Lead<T>[];
  /** The other results, in their order. */
  rest: T[];
  /** URLs of every leading entry: a later page of results skips them, so none is listed twice. */
  pinned: Set<string>;
}

/**
 * `results` (one page of the answer, URLs under `base`) with the exact matches among `hits`
 * (rank 0: the whole name is the query) first, at most `limit` of them (a common tool name is on
 * hundreds of servers): the result of the same page if it is in `results`, else the name match itself.
 */
export function exactNamesFirst<T extends { url: string }>(
  results: readonly T[],
  hits: readonly NameHit[],
  base: string,
  limit = Infinity,
): ExactFirst<T> {
  const lead: Lead<T>[] = [];
  const pinned = new Set<string>();
  for (const hit of hits) {
    if (hit.rank !== 0 || lead.length >= limit) continue;
    const url = `${base}${hit.path}`;
    if (pinned.has(url)) continue;
    pinned.add(url);
    const result = results.find((one) => one.url === url);
    lead.push(result ? { result } : { hit });
  }
  return { lead, rest: results.filter((one) => !pinned.has(one.url)), pinned };
}
