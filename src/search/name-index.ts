/**
 * The name index: a small second search index of tool and server names, split into buckets by the
 * first three letters of each word of a name, that the search page answers from while pagefind's
 * full-text index is still searching. pagefind's time grows with the number of pages a query
 * matches (about a second for a common word on a 100,000-page site); the name index costs one
 * fetch of one bucket and a filter over it, so the first results of a typed query show at once,
 * and pagefind's results (descriptions, parameters, excerpts) replace them when they arrive.
 *
 * Pure and shared: the build writes the buckets (src/pages/search/names/[bucket].json.ts) and the
 * browser fetches and matches them (src/scripts/search.ts).
 */
import { splitWords } from '../risk/words.ts';
import { CATEGORIES as NAME_INDEX_CATEGORIES, RISK_LEVELS as NAME_INDEX_RISKS } from '../values/index.ts';

/** Risk levels and categories by their position, so a bucket stores a digit, not a word (src/values/ has no zod). */
export { NAME_INDEX_CATEGORIES, NAME_INDEX_RISKS };
/** Letters of a word that choose its bucket. */
const KEY_LETTERS = 3;

/** What a bucket file holds. Arrays, not objects: a bucket of a common word holds thousands of tools. */
export interface NameBucket {
  /** [slug, name] of the servers its tools are on, and of the servers named with a word of this bucket. */
  servers: [string, string][];
  /** [name, slug, server position, risk position, category position] */
  tools: [string, string, number, number, number][];
  /** Positions in `servers` of the servers whose own name has a word of this bucket. */
  named: number[];
}

/** The lower-case words a name is searched by (each once), as the risk engine splits identifiers. */
export function nameWords(name: string): string[] {
  const words = new Set(splitWords(name).map((word) => word.lower));
  return [...words];
}

/** The bucket of a word: its first three letters (letters, not UTF-16 units: names come in any script). */
export function bucketKey(word: string): string {
  return Array.from(word).slice(0, KEY_LETTERS).join('');
}

/**
 * The file name of a bucket: the key itself when it is plain ASCII letters and digits, otherwise
 * `_` and its UTF-8 bytes in hex, so third-party names never decide a path.
 */
export function bucketFile(key: string): string {
  if (/^[a-z0-9]+$/.test(key)) return key;
  return `_${[...new TextEncoder().encode(key)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export interface NameIndexInput {
  servers: { slug: string; name: string; tools: { name: string; slug: string; risk: string; category: string }[] }[];
}

/** Every bucket of a catalogue, by file name. Each tool and server is in the bucket of each word of its own name. */
export function buildNameBuckets(input: NameIndexInput): Map<string, NameBucket> {
  const buckets = new Map<string, { bucket: NameBucket; serverPositions: Map<number, number> }>();
  const bucketFor = (key: string) => {
    const file = bucketFile(key);
    let entry = buckets.get(file);
    if (!entry) {
      entry = { bucket: { servers: [], tools: [], named: [] }, serverPositions: new Map() };
      buckets.set(file, entry);
    }
    return entry;
  };
  const serverIn = (entry: { bucket: NameBucket; serverPositions: Map<number, number> }, index: number) => {
    let position = entry.serverPositions.get(index);
    if (position === undefined) {
      position = entry.bucket.servers.length;
      entry.serverPositions.set(index, position);
      const server = input.servers[index]!;
      entry.bucket.servers.push([server.slug, server.name]);
    }
    return position;
  };
  input.servers.forEach((server, index) => {
    for (const key of new Set(nameWords(server.name).map(bucketKey))) {
      const entry = bucketFor(key);
      entry.bucket.named.push(serverIn(entry, index));
    }
    for (const tool of server.tools) {
      const risk = NAME_INDEX_RISKS.indexOf(tool.risk as (typeof NAME_INDEX_RISKS)[number]);
      const category = NAME_INDEX_CATEGORIES.indexOf(tool.category as (typeof NAME_INDEX_CATEGORIES)[number]);
      for (const key of new Set(nameWords(tool.name).map(bucketKey))) {
        const entry = bucketFor(key);
        entry.bucket.tools.push([tool.name, tool.slug, serverIn(entry, index), risk, category]);
      }
    }
  });
  return new Map([...buckets].map(([file, entry]) => [file, entry.bucket]));
}

const letters = (word: string) => Array.from(word).length;

/**
 * The words of a query, lower case, and the buckets to fetch: those of its words of three letters
 * or more (a name that has every word has at least one of them in its own name, and so is in that
 * word's bucket, unless the others are its server's); a query of only shorter words uses theirs.
 */
export function queryPlan(query: string): { words: string[]; files: string[] } | undefined {
  const words = [...new Set(splitWords(query).map((word) => word.lower))];
  if (words.length === 0) return undefined;
  const long = words.filter((word) => letters(word) >= KEY_LETTERS);
  return { words, files: [...new Set((long.length > 0 ? long : words).map((word) => bucketFile(bucketKey(word))))] };
}

export interface NameHit {
  type: 'tool' | 'server';
  name: string;
  /** Site-relative path of its page. */
  path: string;
  serverName: string;
  risk?: (typeof NAME_INDEX_RISKS)[number] | undefined;
  category?: (typeof NAME_INDEX_CATEGORIES)[number] | undefined;
  /** 0 exact name, 1 name starts with the query, 2 every word in the name, 3 some only in the server's name. */
  rank: number;
}

export interface NameFilters {
  risk?: string[];
  category?: string[];
  type?: string[];
  /** Server slugs: two servers may share a display name, never a slug. */
  server?: string[];
}

/** The filters the name index can apply; a search with any other filter waits for pagefind. */
export const NAME_INDEX_FILTERS: ReadonlySet<string> = new Set(['risk', 'category', 'type', 'server']);

const startsWithAny = (words: readonly string[], query: string) => words.some((word) => word.startsWith(query));

function rankOf(
  name: string,
  nameWordList: readonly string[],
  serverWordList: readonly string[],
  query: string,
  queryWords: readonly string[],
): number | undefined {
  let inName = 0;
  for (const word of queryWords) {
    if (startsWithAny(nameWordList, word)) inName++;
    else if (!startsWithAny(serverWordList, word)) return undefined;
  }
  // A tool needs a word of the query in its own name: its server's name alone matches all its tools.
  if (inName === 0) return undefined;
  const lower = name.trim().toLowerCase();
  if (lower === query) return 0;
  if (lower.startsWith(query)) return 1;
  return inName === queryWords.length ? 2 : 3;
}

/**
 * The names in the buckets that have every word of the query (each the start of a word of the
 * name or of its server's name), best first: exact name, name starting with the query, every word
 * in the name, then the rest; shorter names first within a rank. With `riskOrder`, tools only, by
 * risk level in that order first.
 */
export function matchNames(
  buckets: readonly NameBucket[],
  query: string,
  filters: NameFilters = {},
  riskOrder?: readonly string[],
): NameHit[] {
  const plan = queryPlan(query);
  if (!plan) return [];
  const wanted = query.trim().toLowerCase();
  const allow = (values: string[] | undefined, value: string | undefined) =>
    !values || values.length === 0 || (value !== undefined && values.includes(value));
  const seen = new Set<string>();
  const hits: NameHit[] = [];
  const add = (hit: Omit<NameHit, 'rank'>, words: readonly string[], serverWords: readonly string[]) => {
    if (seen.has(hit.path)) return;
    const rank = rankOf(hit.name, words, serverWords, wanted, plan.words);
    if (rank === undefined) return;
    seen.add(hit.path);
    hits.push({ ...hit, rank });
  };
  // A cheap test first: a bucket of a common word holds thousands of names, most without the other words.
  const mayMatch = (name: string, serverName: string) => {
    const lower = `${name}\u0000${serverName}`.toLowerCase();
    return plan.words.every((word) => lower.includes(word));
  };
  const includeServers = !riskOrder && allow(filters.type, 'server') && !filters.risk?.length && !filters.category?.length;
  for (const bucket of buckets) {
    const serverWords = new Map<number, string[]>();
    const wordsOfServer = (position: number) => {
      let words = serverWords.get(position);
      if (!words) serverWords.set(position, (words = nameWords(bucket.servers[position]![1])));
      return words;
    };
    if (includeServers) {
      for (const position of bucket.named) {
        const [slug, name] = bucket.servers[position]!;
        if (allow(filters.server, slug) && mayMatch(name, ''))
          add({ type: 'server', name, path: `servers/${slug}/`, serverName: name }, wordsOfServer(position), []);
      }
    }
    if (!allow(filters.type, 'tool')) continue;
    for (const [name, slug, server, riskPosition, categoryPosition] of bucket.tools) {
      const [serverSlug, serverName] = bucket.servers[server]!;
      const risk = NAME_INDEX_RISKS[riskPosition];
      const category = NAME_INDEX_CATEGORIES[categoryPosition];
      if (
        !allow(filters.risk, risk) ||
        !allow(filters.category, category) ||
        !allow(filters.server, serverSlug) ||
        !mayMatch(name, serverName)
      )
        continue;
      add(
        { type: 'tool', name, path: `servers/${serverSlug}/${slug}/`, serverName, risk, category },
        nameWords(name),
        wordsOfServer(server),
      );
    }
  }
  const level = (hit: NameHit) => (riskOrder && hit.risk ? riskOrder.indexOf(hit.risk) : 0);
  return hits.sort(
    (a, b) =>
      level(a) - level(b) ||
      a.rank - b.rank ||
      a.name.length - b.name.length ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.serverName < b.serverName ? -1 : a.serverName > b.serverName ? 1 : 0),
  );
}
