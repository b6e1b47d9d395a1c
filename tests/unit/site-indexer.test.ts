/**
 * The sharded search indexer with the real pagefind binary, on a small site written here: shards
 * of finished servers are indexed while "rendering" goes on, the rest at the end, and together
 * they hold every page exactly once.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const manifest = JSON.parse(readFileSync(path.join(site, 'pagefind/shards.json'), 'utf8')) as { merge: string[] };
    expect(manifest.merge).toEqual(['pagefind-2/', 'pagefind-3/']);
    expect(pageCount(site, 'pagefind-2/')).toBe(5);
    const pages = 2 + 3 + 3 + 2 + 4;
    expect(['pagefind/', ...manifest.merge].reduce((sum, folder) => sum + pageCount(site, folder), 0)).toBe(pages);
    expect(report.pages).toBe(pages);
  }, 60_000);

  it('finds the page folders of a finished site, leaving out servers already indexed and the indexes themselves', async () => {
    const site = path.join(root, 'streamed');
    const folders = await pageFolders(site, new Set(['alpha']));
    expect(folders[0]).toEqual({ patterns: ['*.html', 'risk/**/*.html', 'servers/*.html', 'servers/*/index.html'], pages: 5 });
    expect(folders.slice(1).sort((a, b) => a.pages - b.pages)).toEqual([
      { patterns: ['servers/beta/*/index.html'], pages: 2 },
      { patterns: ['servers/gamma/*/index.html'], pages: 4 },
    ]);
  });
});
