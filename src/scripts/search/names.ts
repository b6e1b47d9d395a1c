/**
 * The name index in the browser (src/search/name-index.ts): fetches the buckets of a query's words,
 * each once, and matches the names in them, so the first results of a typed name show at once
 * while the full-text search runs.
 */
import { matchNames, NAME_INDEX_FILTERS, queryPlan, type NameBucket, type NameHit } from '../../search/name-index.ts';
import type { SearchState } from './url-state.ts';

export class NameIndex {
  readonly base: string;
  readonly buckets = new Map<string, Promise<NameBucket | undefined>>();
  files: Promise<Set<string>> | undefined;

  constructor(base: string) {
    this.base = base;
  }

  /** The files of the name index's buckets (`search/names.json`), fetched once; none if the list cannot be loaded. */
  bucketFiles(): Promise<Set<string>> {
    this.files ??= fetch(`${this.base}search/names.json`)
      .then(async (response): Promise<Set<string>> => {
        const list = response.ok ? ((await response.json()) as { buckets?: unknown }) : {};
        return new Set(Array.isArray(list.buckets) ? list.buckets.filter((file): file is string => typeof file === 'string') : []);
      })
      .catch(() => new Set<string>());
    return this.files;
  }

  /** The bucket in `file`; none if the site has no such bucket (no name has such a word). */
  async bucket(file: string): Promise<NameBucket | undefined> {
    if (!(await this.bucketFiles()).has(file)) return undefined;
    let bucket = this.buckets.get(file);
    if (!bucket) {
      bucket = fetch(`${this.base}search/names/${file}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<NameBucket>) : undefined))
        .catch(() => undefined);
      this.buckets.set(file, bucket);
    }
    return bucket;
  }

  /**
   * The tools and servers whose names match a search, best first; undefined when the name index
   * cannot answer it (no words, or a filter it does not know).
   */
  async match(state: SearchState, riskOrder: readonly string[] | undefined): Promise<NameHit[] | undefined> {
    const plan = queryPlan(state.query);
    if (!plan || Object.keys(state.filters).some((key) => !NAME_INDEX_FILTERS.has(key))) return undefined;
    const buckets = (await Promise.all(plan.files.map((file) => this.bucket(file)))).filter((bucket) => bucket !== undefined);
    return matchNames(buckets, state.query, state.filters, riskOrder);
  }
}
