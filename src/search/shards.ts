/**
 * Pure, and the one owner of how the search index is split: which servers' pages go in which
 * shard, what each shard's folder is called, and the manifest the search page reads to find them.
 *
 * Why shards, and why small ones. pagefind holds a whole index in memory while it writes it, and,
 * in the browser, its search scores every page a word matches against every posting of that word
 * in the same index (pagefind_web's `search_term` looks up each matching page's locations in the
 * word's whole posting list): its time grows with the square of the matches per index. At 100,000
 * pages, "idempotent" (on 27% of the pages) took 1.1 s in 21 shards of 5,000 pages and 2.5 s in 4
 * shards of 25,000, and about 0.25 s in 100 shards of 1,000 (scripts/bench-search.ts). Small
 * shards also keep a rebuild local: a changed server changes only its own shard.
 *
 * Where shards end is decided by the servers themselves (content-defined, like the chunk
 * boundaries of rsync or a backup tool), not by counting from the start: each server ends its
 * shard with a chance proportional to its pages, decided by a hash of its slug. Adding or
 * removing a server moves the boundaries of its own shard only, so the next build re-indexes that
 * shard and keeps the others byte for byte; and every build of the same catalogue (whole, an
 * incremental one, a slice of one) cuts the same shards.
 */

/**
 * Shards the search page's worker searches as one group (src/scripts/search/engine-worker.ts): enough
 * to keep the number of pagefind copies small, few enough that a stale search stops soon and that
 * the first group, which the page is ready with and answers from first, loads and searches fast.
 */
export const SHARDS_PER_GROUP = 12;

/** Most pages a shard is cut at on average; ATLAS_SEARCH_SHARD_PAGES sets another. */
export const DEFAULT_SHARD_PAGES = 1_000;

/** The shard size a build uses: ATLAS_SEARCH_SHARD_PAGES, or DEFAULT_SHARD_PAGES. */
export function shardPagesFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.ATLAS_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === '') return DEFAULT_SHARD_PAGES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`ATLAS_SEARCH_SHARD_PAGES: expected a whole number of pages, at least 1; got ${raw}`);
  return value;
}

/** The index of the site's own pages (home, methodology, attack patterns): pagefind's usual folder. */
export const OWN_INDEX = 'pagefind/';
/** Site-relative folder holding one folder per shard of server and tool pages. */
export const SHARDS_FOLDER = 'pagefind-shards/';
/** The manifest of the shards, beside the own index: the search page reads it first. */
export const SHARD_MANIFEST = `${OWN_INDEX}shards.json`;

/**
 * The folder of a shard, named after its first server: readable, and the same for as long as that
 * server starts it (`pagefind-shards/acme-files/`).
 */
export function shardFolder(firstServer: string): string {
  if (!SLUG.test(firstServer)) throw new Error(`search shard: "${firstServer}" is not a server slug`);
  return `${SHARDS_FOLDER}${firstServer}/`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A shard folder as the manifest names it; the search page follows no other path. */
export const SHARD_FOLDER_PATTERN = /^pagefind-shards\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

/** Whether a site-relative folder (with its trailing slash) is one of the search index's folders. */
export function isIndexFolder(folder: string): boolean {
  return folder === OWN_INDEX || folder === SHARDS_FOLDER || SHARD_FOLDER_PATTERN.test(folder);
}

/** A server as the plan sees it: its slug and how many pages it has in the index (its page and its tools'). */
export interface ShardServer {
  slug: string;
  pages: number;
}

export interface ShardPlan {
  /** Site-relative folder of its index, `pagefind-shards/<first server>/`. */
  folder: string;
  /** Its servers' slugs, in catalogue order. */
  servers: string[];
  pages: number;
}

/** 32 bits of FNV-1a over the slug's UTF-16 units: a fixed, fast hash, the same in any process. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // A final mix, so that slugs differing in their last letter spread over the whole range.
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return hash >>> 0;
}

/**
 * The shards of a catalogue's servers, given in catalogue order. A server ends its shard when the
 * hash of its slug falls under its share of `target` pages (so shards hold `target` pages on
 * average whatever the servers' sizes), but never before the shard holds a quarter of `target`;
 * a shard is also ended before a server that would take it past twice `target`, so a server
 * larger than that has a shard of its own. A server is never split.
 */
export function planShards(servers: readonly ShardServer[], target: number = DEFAULT_SHARD_PAGES): ShardPlan[] {
  if (!Number.isInteger(target) || target < 1) throw new Error(`shard size: expected a whole number of pages, at least 1; got ${target}`);
  const min = Math.max(1, Math.floor(target / 4));
  const max = target * 2;
  const shards: ShardPlan[] = [];
  let current: ShardPlan | undefined;
  const close = () => {
    if (current) shards.push(current);
    current = undefined;
  };
  for (const server of servers) {
    if (current && current.pages + server.pages > max) close();
    current ??= { folder: shardFolder(server.slug), servers: [], pages: 0 };
    current.servers.push(server.slug);
    current.pages += server.pages;
    // The chance to end here is the server's share of a shard: pages / target.
    const ends = hash32(server.slug) / 2 ** 32 < Math.min(1, server.pages / target);
    if ((ends && current.pages >= min) || current.pages >= max) close();
  }
  close();
  return shards;
}

/** What `pagefind/shards.json` holds. */
export interface ShardManifest {
  /** Every shard's folder, site-relative, in catalogue order. */
  shards: string[];
  /**
   * Changes whenever any shard does: the search page gives it to pagefind as its cache tag, so the
   * small entry file of each shard is fetched again only when the index changed.
   */
  tag: string;
}

/** The manifest's cache tag, if it is a plain one. */
export function manifestTag(manifest: unknown): string {
  const tag = (manifest as { tag?: unknown } | null)?.tag;
  return typeof tag === 'string' && /^[\w-]{1,64}$/.test(tag) ? tag : String(Date.now());
}

/** The manifest's shards that are shard folders; anything else in the file is not followed. */
export function manifestShards(manifest: unknown): string[] {
  const shards = (manifest as { shards?: unknown } | null)?.shards;
  return Array.isArray(shards)
    ? shards.filter((folder): folder is string => typeof folder === 'string' && SHARD_FOLDER_PATTERN.test(folder))
    : [];
}
