/**
 * The sharded search indexer with the real pagefind binary, on a small site written here: shards
 * of finished servers are indexed while "rendering" goes on, the rest at the end, and together
 * they hold every page exactly once.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pageFolders, SiteIndexer } from '../../src/search/index-site.ts';

const root = mkdtempSync(path.join(tmpdir(), 'atlas-indexer-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = (title: string) => `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>word${title.replace(/\W/g, '')}</p></main></body></html>`;

function writePage(site: string, relative: string, title: string): void {
  mkdirSync(path.join(site, relative), { recursive: true });
  writeFileSync(path.join(site, relative, 'index.html'), page(title));
}

const SERVERS = { alpha: 3, beta: 2, gamma: 4 } as const;

function pageCount(site: string, folder: string): number {
  const entry = JSON.parse(readFileSync(path.join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The page URLs a written index holds, from its fragments (gzipped JSON after pagefind's 12-byte signature). */
function indexedUrls(site: string, folder: string): string[] {
  const fragments = path.join(site, folder, 'fragment');
  return readdirSync(fragments).map((file) => (JSON.parse(gunzipSync(readFileSync(path.join(fragments, file))).subarray(12).toString('utf8')) as { url: string }).url);
}

describe('SiteIndexer', () => {
  it('indexes finished servers while pages are still being written, and the rest at the end', async () => {
    const site = path.join(root, 'streamed');
    writePage(site, '', 'home');
    writePage(site, 'risk/high', 'high');
    const indexer = new SiteIndexer(site, { maxShardPages: 5 });
    for (const [server, tools] of Object.entries(SERVERS)) {
      writePage(site, `servers/${server}`, `server ${server}`);
      for (let i = 0; i < tools; i++) {
        // As in Astro: the page reports itself while rendering, and is written just after.
        indexer.toolPageRendered(server, tools);
        writePage(site, `servers/${server}/tool-${i}`, `${server} tool ${i}`);
      }
    }
    // alpha (3) + beta (2) filled a shard of 5 during rendering; gamma waits for the end.
    expect([...indexer.indexed].sort()).toEqual(['alpha', 'beta']);
    const report = await indexer.finish();
    expect(report.shards.map((shard) => [shard.outputPath, shard.during])).toEqual([
      ['pagefind-2/', 'render'],
      ['pagefind/', 'end'],
      ['pagefind-3/', 'end'],
    ]);
    const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')) as { merge: { index: string; baseUrl: string }[] };
    // Shards of tool pages are indexed from servers/, and merged in the browser with it as their base.
    expect(manifest.merge).toEqual([
      { index: 'pagefind-2/', baseUrl: 'servers/' },
      { index: 'pagefind-3/', baseUrl: 'servers/' },
    ]);
    expect(pageCount(site, 'pagefind-2/')).toBe(5);
    const pages = 2 + 3 + 3 + 2 + 4;
    const shards = [{ index: 'pagefind/', baseUrl: '' }, ...manifest.merge];
    expect(shards.reduce((sum, shard) => sum + pageCount(site, shard.index), 0)).toBe(pages);
    expect(report.pages).toBe(pages);
    // Every URL, joined to its shard's base, is a page of the site, and each page is in one shard.
    const urls = shards.flatMap((shard) => indexedUrls(site, shard.index).map((url) => `/${shard.baseUrl}${url.slice(1)}`));
    expect(urls.sort()).toEqual(['/', '/risk/high/', '/servers/alpha/', '/servers/beta/', '/servers/gamma/', ...Object.entries(SERVERS).flatMap(([server, tools]) => Array.from({ length: tools }, (_, i) => `/servers/${server}/tool-${i}/`))].sort());
    for (const url of urls) expect(existsSync(path.join(site, url, 'index.html')), url).toBe(true);
  }, 60_000);

  it('keeps a small site in one index of every page, rooted at the site', async () => {
    const site = path.join(root, 'small');
    writePage(site, '', 'home');
    writePage(site, 'servers/alpha', 'server alpha');
    const indexer = new SiteIndexer(site, { maxShardPages: 50 });
    for (let i = 0; i < 3; i++) {
      indexer.toolPageRendered('alpha', 3);
      writePage(site, `servers/alpha/tool-${i}`, `alpha tool ${i}`);
    }
    await indexer.finish();
    expect(JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8'))).toEqual({ merge: [] });
    expect(indexedUrls(site, 'pagefind/').sort()).toEqual(['/', '/servers/alpha/', '/servers/alpha/tool-0/', '/servers/alpha/tool-1/', '/servers/alpha/tool-2/']);
  }, 60_000);

  it('finds the page folders of a finished site, leaving out servers already indexed and the indexes themselves', async () => {
    const site = path.join(root, 'streamed');
    const { own, servers } = await pageFolders(site, new Set(['alpha']));
    expect(own).toEqual({ patterns: ['*.html', 'risk/**/*.html', 'servers/*.html', 'servers/*/index.html'], pages: 5 });
    // Tool pages relative to servers/, the root their shards are indexed from.
    expect(servers.sort((a, b) => a.pages - b.pages)).toEqual([
      { patterns: ['beta/*/index.html'], pages: 2 },
      { patterns: ['gamma/*/index.html'], pages: 4 },
    ]);
  });
});
