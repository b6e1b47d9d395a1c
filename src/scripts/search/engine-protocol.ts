/**
 * The messages between the search page and its engine worker (engine-worker.ts): plain data only.
 */
import type { ResultData } from './results.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface InitRequest {
  type: 'init';
  /** The site's base path, with its trailing slash. */
  base: string;
  /** Site-relative folders of the index's shards. */
  shards: string[];
  /** Changes whenever the index does, so pagefind's small entry files can be cached until then. */
  tag: string;
}

export interface SearchRequest {
  type: 'search';
  id: number;
  /** Words typed; empty for a search by filters alone. */
  query: string;
  filters: Record<string, string[]>;
  /** Risk levels in the order results are listed in, or none for best match first. */
  riskOrder?: readonly string[];
  /** How many results to return with their data. */
  count: number;
}

/** The next results of the search `id`. */
export interface MoreRequest {
  type: 'more';
  id: number;
  offset: number;
  count: number;
}

/** For each filter in use, the counts of its values without it (what ticking another value would add). */
export interface CountsRequest {
  type: 'counts';
  id: number;
  query: string;
  filters: Record<string, string[]>;
}

export type EngineRequest = InitRequest | SearchRequest | MoreRequest | CountsRequest;

export type EngineReply =
  | { type: 'ready' }
  /** Every shard of the index is loaded (after `ready`, which needs only the first group of them). */
  | { type: 'loaded' }
  | { type: 'failed'; id?: number; message: string }
  /** The first group's best matches of search `id`, sent while the other groups are still searched. */
  | { type: 'first'; id: number; results: ResultData[] }
  | { type: 'results'; id: number; total: number; results: ResultData[]; counts: FilterCounts }
  | { type: 'more'; id: number; results: ResultData[] }
  | { type: 'counts'; id: number; counts: FilterCounts };
