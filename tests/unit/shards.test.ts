import { describe, expect, it } from 'vitest';
import {
  isIndexFolder,
  manifestShards,
  planShards,
  shardFolder,
  shardPagesFromEnv,
  SHARD_FOLDER_PATTERN,
  type ShardServer,
} from '../../src/search/shards.ts';

/** A catalogue of servers of varied sizes, in slug order as the catalogue sorts them. */
function servers(count: number, seed = 1): ShardServer[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) => ({
    slug: `server-${String(i).padStart(5, '0')}`,
    pages: 1 + Math.floor(next() * 40) + (next() < 0.02 ? 600 : 0),
  })).sort((a, b) => a.slug.localeCompare(b.slug));
}

const key = (shard: { folder: string; servers: string[] }) => `${shard.folder}|${shard.servers.join(',')}`;

describe('search shards', () => {
  it('put every server in exactly one shard, in catalogue order, none split', () => {
    const list = servers(2_000);
    const shards = planShards(list, 500);
    expect(shards.flatMap((shard) => shard.servers)).toEqual(list.map((server) => server.slug));
    for (const shard of shards)
      expect(shard.pages).toBe(shard.servers.reduce((sum, slug) => sum + list.find((s) => s.slug === slug)!.pages, 0));
  });

  it('hold about the target of pages each, never more than twice it unless one server is larger', () => {
    const list = servers(5_000);
    const shards = planShards(list, 1_000);
    const total = list.reduce((sum, server) => sum + server.pages, 0);
    // About total / target shards: the cut is random per server, its average is the target.
    expect(shards.length).toBeGreaterThan(total / 1_000 / 2);
    expect(shards.length).toBeLessThan((total / 1_000) * 2);
    for (const shard of shards) if (shard.servers.length > 1) expect(shard.pages).toBeLessThanOrEqual(2_000);
    const huge = planShards(
      [
        { slug: 'a', pages: 10 },
        { slug: 'huge', pages: 5_000 },
        { slug: 'z', pages: 10 },
      ],
      1_000,
    );
    expect(huge.map((shard) => shard.servers)).toEqual([['a'], ['huge'], ['z']]);
  });

  it('are named after their first server, and the pattern the search page follows matches every name and nothing else', () => {
    const shards = planShards(servers(300), 200);
    for (const shard of shards) {
      expect(shard.folder).toBe(shardFolder(shard.servers[0]!));
      expect(shard.folder).toMatch(SHARD_FOLDER_PATTERN);
      expect(isIndexFolder(shard.folder)).toBe(true);
    }
    for (const bad of [
      'pagefind-shards/../x/',
      'pagefind-shards/a/b/',
      'pagefind-2/',
      '/pagefind-shards/a/',
      'pagefind-shards/A/',
      'https://evil.example/',
    ])
      expect(SHARD_FOLDER_PATTERN.test(bad), bad).toBe(false);
    expect(() => shardFolder('../etc')).toThrow(/not a server slug/);
    expect(manifestShards({ shards: ['pagefind-shards/a/', 'pagefind-shards/../b/', 7, 'https://evil.example/'] })).toEqual([
      'pagefind-shards/a/',
    ]);
    expect(manifestShards(null)).toEqual([]);
  });

  it('change only around a server added, removed or resized: the other shards stay the same', () => {
    const list = servers(3_000, 7);
    const before = planShards(list, 500);
    const changed = [...list];
    changed.splice(1_000, 1); // removed
    changed.splice(2_000, 0, { slug: 'server-01999-new', pages: 25 }); // added (keeps slug order)
    changed[500] = { ...changed[500]!, pages: changed[500]!.pages + 7 }; // edited
    const after = planShards(changed, 500);
    const kept = new Set(before.map(key));
    const differing = after.filter((shard) => !kept.has(key(shard)));
    // Three changes touch a handful of shards, not the many after them.
    expect(differing.length).toBeLessThanOrEqual(9);
    expect(after.length - differing.length).toBeGreaterThan(before.length - 12);
  });

  it('are the same for the same catalogue, and refuse a size that is not a whole number of pages', () => {
    expect(planShards(servers(500), 300)).toEqual(planShards(servers(500), 300));
    expect(() => planShards(servers(5), 0)).toThrow(/whole number of pages/);
    expect(shardPagesFromEnv({})).toBe(1_000);
    expect(shardPagesFromEnv({ ATLAS_SEARCH_SHARD_PAGES: '250' })).toBe(250);
    expect(() => shardPagesFromEnv({ ATLAS_SEARCH_SHARD_PAGES: '2.5' })).toThrow(/ATLAS_SEARCH_SHARD_PAGES/);
  });
});
