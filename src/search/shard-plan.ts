/**
 * Pure: how the site's pages are split into search index shards. pagefind holds a whole index in
 * memory until it writes it (about 145 KB per page), so one index of 100,000 pages needs ~15 GB;
 * shards indexed one after the other need only as much as the largest. The browser searches the
 * shards as one index through pagefind's multi-index support (`mergeIndex`).
 *
 * A shard is a set of whole page folders (a server's folder holds its tool pages), so each shard
 * is one glob; folders are dealt out largest first to the shard with the fewest pages, which keeps
 * shards within about one folder of each other.
 */

/** A folder of pages that stays in one shard: a server's folder, or the site's own pages. */
export interface PageFolder {
  /** Glob patterns relative to the shard's root, e.g. `acme/*\/index.html` under `servers/`. */
  patterns: string[];
  pages: number;
}

export interface Shard {
  /** Site-relative folder the shard's index is written to: `pagefind/` for the first. */
  outputPath: string;
  /** Site-relative folder pagefind indexes from (`` for the site, or `servers/`): the glob and the page URLs are relative to it. */
  root: string;
  /** One glob for pagefind's `addDirectory`: `{a,b,c}` of the folders' patterns. */
  glob: string;
  pages: number;
}

/** Up to this many pages, one index: merging costs the browser a little for each shard. */
export const DEFAULT_SHARD_PAGES = 5_000;

/** The first shard is pagefind's usual folder, so a site with one shard looks like any pagefind site. */
export function shardOutputPath(index: number): string {
  return index === 0 ? 'pagefind/' : `pagefind-${index + 1}/`;
}

export function planShards(folders: readonly PageFolder[], maxShardPages: number = DEFAULT_SHARD_PAGES, root = ''): Shard[] {
  if (!Number.isInteger(maxShardPages) || maxShardPages < 1) throw new Error(`shard size: expected a whole number of pages, at least 1; got ${maxShardPages}`);
  const total = folders.reduce((sum, folder) => sum + folder.pages, 0);
  const count = Math.max(1, Math.ceil(total / maxShardPages));
  const bins = Array.from({ length: count }, () => ({ pages: 0, patterns: [] as string[] }));
  // Stable order (largest first, then by pattern) so the same site always gets the same shards.
  const ordered = [...folders].sort((a, b) => b.pages - a.pages || (a.patterns[0] ?? '').localeCompare(b.patterns[0] ?? ''));
  for (const folder of ordered) {
    let smallest = bins[0]!;
    for (const bin of bins) if (bin.pages < smallest.pages) smallest = bin;
    smallest.patterns.push(...folder.patterns);
    smallest.pages += folder.pages;
  }
  return bins
    .filter((bin) => bin.patterns.length > 0)
    .map((bin, index) => ({ outputPath: shardOutputPath(index), root, glob: bin.patterns.length === 1 ? bin.patterns[0]! : `{${bin.patterns.join(',')}}`, pages: bin.pages }));
}

/** What the browser reads to find the other shards: `pagefind/shards.json`. */
export interface ShardManifest {
  /**
   * The shards after the first: `index`, the site-relative folder of its `pagefind.js`, and
   * `baseUrl`, the site-relative folder its page URLs are relative to (its root).
   */
  merge: { index: string; baseUrl: string }[];
}
