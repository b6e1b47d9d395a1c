import { describe, expect, it } from 'vitest';
import { planShards, shardOutputPath, type PageFolder } from '../../src/search/shard-plan.ts';

const folder = (name: string, pages: number): PageFolder => ({ patterns: [`servers/${name}/**/*.html`], pages });

describe('search index shards', () => {
  it('keeps a site that fits in one shard in pagefind/ with one glob of all its folders', () => {
    const shards = planShards([{ patterns: ['*.html', 'risk/**/*.html'], pages: 10 }, folder('a', 5), folder('b', 7)], 100);
    expect(shards).toEqual([{ outputPath: 'pagefind/', root: '', glob: '{*.html,risk/**/*.html,servers/b/**/*.html,servers/a/**/*.html}', pages: 22 }]);
  });

  it('gives every shard the root its patterns are relative to', () => {
    const shards = planShards([{ patterns: ['a/*/index.html'], pages: 3 }, { patterns: ['b/*/index.html'], pages: 3 }], 3, 'servers/');
    expect(shards.map((shard) => [shard.root, shard.glob])).toEqual([['servers/', 'a/*/index.html'], ['servers/', 'b/*/index.html']]);
  });

  it('splits into as many shards as the size needs, balanced, every folder in exactly one', () => {
    const folders = Array.from({ length: 40 }, (_, i) => folder(`s${i}`, 10 + ((i * 37) % 90)));
    const total = folders.reduce((sum, f) => sum + f.pages, 0);
    const shards = planShards(folders, 500);
    expect(shards).toHaveLength(Math.ceil(total / 500));
    expect(shards.reduce((sum, shard) => sum + shard.pages, 0)).toBe(total);
    const largest = Math.max(...folders.map((f) => f.pages));
    const sizes = shards.map((shard) => shard.pages);
    // Largest-first into the smallest shard: no shard exceeds another by more than one folder.
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest);
    const globbed = shards.flatMap((shard) => shard.glob.slice(1, -1).split(','));
    expect(globbed.sort()).toEqual(folders.map((f) => f.patterns[0]).sort());
    expect(shards.map((shard) => shard.outputPath)).toEqual(shards.map((_, i) => shardOutputPath(i)));
  });

  it('gives a folder larger than the shard size a shard of its own rather than splitting a server', () => {
    const shards = planShards([folder('huge', 900), folder('small', 50), folder('other', 60)], 400);
    expect(shards.find((shard) => shard.glob.includes('huge'))).toMatchObject({ glob: 'servers/huge/**/*.html', pages: 900 });
  });

  it('is the same plan for the same folders in any order', () => {
    const folders = [folder('a', 30), folder('b', 30), folder('c', 20), folder('d', 10)];
    expect(planShards([...folders].reverse(), 40)).toEqual(planShards(folders, 40));
  });

  it('names the first shard pagefind/ and the next pagefind-2/, pagefind-3/', () => {
    expect([0, 1, 2].map(shardOutputPath)).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
  });

  it('refuses a shard size that is not a positive whole number', () => {
    expect(() => planShards([folder('a', 1)], 0)).toThrow(/at least 1; got 0/);
    expect(() => planShards([folder('a', 1)], 2.5)).toThrow(/whole number/);
  });
});
