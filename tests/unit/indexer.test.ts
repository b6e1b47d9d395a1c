/**
 * The search indexer with the real pagefind binary: shards written from records hold exactly their
 * pages and only the files a merged index is read from, the same records give the same bytes, and
 * the site's own pages are indexed from their HTML, never a page under servers/.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { closeIndexer, isShardDataFile, ownPages, writeManifest, writeOwnIndex, writeShard } from '../../src/search/indexer.ts';
import type { SearchRecord } from '../../src/search/records.ts';
import { manifestShards } from '../../src/search/shards.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-indexer-'));
afterAll(async () => {
  await closeIndexer();
  rmSync(root, { recursive: true, force: true });
});

const record = (server: string, tool: string): SearchRecord => ({
  url: `servers/${server}/${tool}/`,
  content: `${tool} on ${server}. Deletes the word${tool.replace(/\W/g, '')} permanently.`,
  meta: { title: tool, type: 'tool' },
  filters: { server: [server], type: ['tool'] },
});

/** Every file under `dir`, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The page URLs a written index holds, from its fragments (gzipped JSON after pagefind's 12-byte signature). */
function indexedUrls(dir: string): string[] {
  const fragments = path.join(dir, 'fragment');
  return readdirSync(fragments)
    .map(
      (file) =>
        (
          JSON.parse(
            gunzipSync(readFileSync(path.join(fragments, file)))
              .subarray(12)
              .toString('utf8'),
          ) as { url: string }
        ).url,
    )
    .sort();
}

describe('the search indexer', () => {
  it('writes a shard of exactly its records, with only the files a merged index is read from, the same bytes each time', async () => {
    const records = ['a', 'b', 'c'].map((tool) => record('alpha', tool));
    const first = await writeShard(path.join(root, 'one'), 'pagefind-shards/alpha/', records);
    await writeShard(path.join(root, 'two'), 'pagefind-shards/alpha/', records);
    expect(first.pages).toBe(3);
    const dir = path.join(root, 'one', 'pagefind-shards/alpha');
    const written = files(dir);
    expect(written.length).toBeGreaterThan(3);
    for (const file of written) expect(isShardDataFile(file), file).toBe(true);
    expect(written).not.toContain('pagefind.js');
    expect(indexedUrls(dir)).toEqual(['servers/alpha/a/', 'servers/alpha/b/', 'servers/alpha/c/']);
    for (const file of written)
      expect(readFileSync(path.join(root, 'two', 'pagefind-shards/alpha', file)).equals(readFileSync(path.join(dir, file))), file).toBe(
        true,
      );
  }, 60_000);

  it("indexes the site's own marked pages from their HTML, none under servers/, and lists the shards", async () => {
    const site = path.join(root, 'site');
    const page = (relative: string, body: boolean) => {
      mkdirSync(path.join(site, relative), { recursive: true });
      writeFileSync(
        path.join(site, relative, 'index.html'),
        `<!DOCTYPE html><html lang="en"><head><title>${relative}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${relative || 'home'}</h1><p>text of ${relative}</p></main></body></html>`,
      );
    };
    page('', false);
    page('methodology', true);
    page('attack-patterns/rug-pull', true);
    page('servers/alpha', true);
    page('servers/alpha/a', true);
    expect((await ownPages(site)).map((one) => one.url)).toEqual(['attack-patterns/rug-pull/', 'methodology/']);
    const own = await writeOwnIndex(site);
    expect(own.pages).toBe(2);
    expect(files(path.join(site, 'pagefind'))).toContain('pagefind.js');
    await writeManifest(site, ['pagefind-shards/alpha/'], 'tag-1');
    expect(manifestShards(JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')))).toEqual(['pagefind-shards/alpha/']);
  }, 60_000);
});
