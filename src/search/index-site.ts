/**
 * Node: builds the pagefind search index of a built site, in shards (see shard-plan.ts), one
 * after the other with pagefind's process closed in between, so the memory it needs is that of
 * the largest shard, not of the whole site. Writes `pagefind/shards.json` for the browser.
 * Used by the Astro integration and by the benchmark's floor, so both index the same way.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { DEFAULT_SHARD_PAGES, planShards, shardManifest, type PageFolder, type Shard } from './shard-plan.ts';

/** Folders at the site's top level that are not pages. */
const NOT_PAGES = new Set(['_astro', 'pagefind']);

async function countHtml(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

/** The site's page folders: each server's folder on its own, everything else together. */
export async function pageFolders(site: string): Promise<PageFolder[]> {
  const folders: PageFolder[] = [];
  const own: PageFolder = { patterns: ['*.html'], pages: 0 };
  for (const entry of await readdir(site, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) own.pages++;
    if (!entry.isDirectory() || NOT_PAGES.has(entry.name) || /^pagefind-\d+$/.test(entry.name)) continue;
    if (entry.name !== 'servers') {
      const pages = await countHtml(path.join(site, entry.name));
      if (pages > 0) {
        own.patterns.push(`${entry.name}/**/*.html`);
        own.pages += pages;
      }
      continue;
    }
    for (const server of await readdir(path.join(site, 'servers'), { withFileTypes: true })) {
      if (server.isFile() && server.name.endsWith('.html')) {
        own.patterns.push(`servers/${server.name}`);
        own.pages++;
      } else if (server.isDirectory()) {
        folders.push({ patterns: [`servers/${server.name}/**/*.html`], pages: await countHtml(path.join(site, 'servers', server.name)) });
      }
    }
  }
  return [own, ...folders];
}

export interface IndexReport {
  shards: { outputPath: string; pages: number; seconds: number }[];
  /** Pages in the written indexes (pages without indexable content are skipped by pagefind). */
  pages: number;
  bytes: number;
  seconds: number;
}

export interface IndexOptions {
  /** Most pages per shard; ATLAS_SEARCH_SHARD_PAGES or DEFAULT_SHARD_PAGES. */
  maxShardPages?: number;
  /** Called when a shard starts and ends, for progress lines. */
  onShard?: (event: 'start' | 'end', shard: Shard, position: number, count: number) => void;
}

export function shardPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ATLAS_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === '') return DEFAULT_SHARD_PAGES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`ATLAS_SEARCH_SHARD_PAGES: expected a whole number of pages, at least 1; got ${raw}`);
  return value;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Pages in a written index, from pagefind's entry file. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

async function indexShard(site: string, shard: Shard): Promise<void> {
  // The whole site is English; forcing it keeps one index even if a page's lang changes.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: site, glob: shard.glob });
    if (added.errors.length > 0) throw new Error(`pagefind failed to index ${shard.outputPath}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, shard.outputPath) });
    if (written.errors.length > 0) throw new Error(`pagefind failed to write ${shard.outputPath}: ${written.errors.join('; ')}`);
  } finally {
    // Closing stops pagefind's process and frees its memory before the next shard starts.
    await pagefind.close();
  }
}

export async function indexSite(site: string, options: IndexOptions = {}): Promise<IndexReport> {
  const started = performance.now();
  const shards = planShards(await pageFolders(site), options.maxShardPages ?? shardPagesFromEnv());
  const report: IndexReport = { shards: [], pages: 0, bytes: 0, seconds: 0 };
  for (const [position, shard] of shards.entries()) {
    options.onShard?.('start', shard, position, shards.length);
    const shardStarted = performance.now();
    await indexShard(site, shard);
    const outputPath = path.join(site, shard.outputPath);
    report.pages += await indexedPages(outputPath);
    report.bytes += await folderBytes(outputPath);
    report.shards.push({ outputPath: shard.outputPath, pages: shard.pages, seconds: (performance.now() - shardStarted) / 1000 });
    options.onShard?.('end', shard, position, shards.length);
  }
  const manifest = `${JSON.stringify(shardManifest(shards))}\n`;
  await writeFile(path.join(site, 'pagefind', 'shards.json'), manifest);
  report.bytes += Buffer.byteLength(manifest);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
