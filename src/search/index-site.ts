/**
 * Node: builds the pagefind search index of a built site in shards (see shard-plan.ts), one shard
 * at a time with pagefind's process closed in between, so pagefind needs the memory of one shard,
 * not of the whole site. Writes `pagefind/shards.json`, which the search page reads to merge them.
 *
 * During an Astro build the indexing overlaps with rendering: each tool page reports itself (see
 * render-events.ts), and once every tool page of enough servers is written, their shard is indexed
 * by pagefind on the other core while Astro renders on. What is left when rendering ends (the
 * site's own pages, server pages, servers not yet indexed) is indexed last, into `pagefind/`.
 * Used by the Astro integration and, without the overlap, by the benchmark's floor.
 *
 * Shards of tool pages are indexed with `servers/` as pagefind's site root: pagefind walks the
 * whole folder it is given to match its glob, so giving it the site cost every shard a walk of
 * every page (2 s of CPU a shard at 100,000 pages, growing with the site). The search page
 * merges such a shard with `servers/` as its base URL, so its results point at the right pages.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { folderSize } from '../bench/measure.ts';
import { DEFAULT_SHARD_PAGES, planShards, type PageFolder, type Shard, type ShardManifest } from './shard-plan.ts';

/** Site-relative folder of the server and tool pages: the root of the shards of tool pages. */
export const SERVERS_ROOT = 'servers/';

/** Folders at the site's top level that are not pages. */
const NOT_PAGES = new Set(['_astro']);
const isIndexFolder = (name: string) => name === 'pagefind' || /^pagefind-\d+$/.test(name);

async function countHtml(dir: string): Promise<number> {
  let count = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

/** Tool pages of a server, relative to `servers/`: `<server>/<tool>/index.html`. */
const toolPagesGlob = (server: string) => `${server}/*/index.html`;

async function countToolPages(site: string, server: string): Promise<number> {
  let count = 0;
  const dir = path.join(site, 'servers', server);
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory() && (await stat(path.join(dir, entry.name, 'index.html')).catch(() => undefined))) count++;
  }
  return count;
}

export interface SiteFolders {
  /** The site's own pages and the server pages, as patterns relative to the site. */
  own: PageFolder;
  /** The tool pages of each server, as patterns relative to `servers/`. */
  servers: PageFolder[];
}

/**
 * The site's page folders: the tool pages of each server on their own (servers in `skip` left
 * out: already indexed), and everything else (the site's own pages, server pages) together.
 */
export async function pageFolders(site: string, skip: ReadonlySet<string> = new Set()): Promise<SiteFolders> {
  const folders: PageFolder[] = [];
  const own: PageFolder = { patterns: ['*.html'], pages: 0 };
  // Sorted: the listing order of a folder differs between file systems, and plans must not.
  const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of (await readdir(site, { withFileTypes: true })).sort(byName)) {
    if (entry.isFile() && entry.name.endsWith('.html')) own.pages++;
    if (!entry.isDirectory() || NOT_PAGES.has(entry.name) || isIndexFolder(entry.name)) continue;
    if (entry.name !== 'servers') {
      const pages = await countHtml(path.join(site, entry.name));
      if (pages > 0) {
        own.patterns.push(`${entry.name}/**/*.html`);
        own.pages += pages;
      }
      continue;
    }
    own.patterns.push('servers/*.html', 'servers/*/index.html');
    for (const server of (await readdir(path.join(site, 'servers'), { withFileTypes: true })).sort(byName)) {
      if (server.isFile() && server.name.endsWith('.html')) own.pages++;
      if (!server.isDirectory()) continue;
      if (await stat(path.join(site, 'servers', server.name, 'index.html')).catch(() => undefined)) own.pages++;
      if (skip.has(server.name)) continue;
      const pages = await countToolPages(site, server.name);
      if (pages > 0) folders.push({ patterns: [toolPagesGlob(server.name)], pages });
    }
  }
  return { own, servers: folders };
}

export interface IndexReport {
  shards: { outputPath: string; pages: number; seconds: number; during: 'render' | 'end' }[];
  /** Pages in the written indexes (pages without indexable content are skipped by pagefind). */
  pages: number;
  bytes: number;
  /** Wall time from the first shard started to the manifest written. */
  seconds: number;
  /** Wall time spent indexing after rendering ended (what the build waited for). */
  secondsAfterRender: number;
}

export function shardPagesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.ATLAS_SEARCH_SHARD_PAGES;
  if (raw === undefined || raw === '') return DEFAULT_SHARD_PAGES;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`ATLAS_SEARCH_SHARD_PAGES: expected a whole number of pages, at least 1; got ${raw}`);
  return value;
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
    const added = await index.addDirectory({ path: path.join(site, shard.root), glob: shard.glob });
    if (added.errors.length > 0) throw new Error(`pagefind failed to index ${shard.outputPath}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, shard.outputPath) });
    if (written.errors.length > 0) throw new Error(`pagefind failed to write ${shard.outputPath}: ${written.errors.join('; ')}`);
  } finally {
    // Closing stops pagefind's process and frees its memory before the next shard starts.
    await pagefind.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface IndexerOptions {
  /** Most pages per shard; ATLAS_SEARCH_SHARD_PAGES or DEFAULT_SHARD_PAGES. */
  maxShardPages?: number;
  /** Told when a shard has been written, for progress lines. */
  onShard?: (shard: IndexReport['shards'][number], written: number) => void;
}

export class SiteIndexer {
  readonly site: string;
  readonly maxShardPages: number;
  readonly options: IndexerOptions;
  /** Tool pages rendered so far, per server. */
  readonly rendered = new Map<string, number>();
  /** Servers whose tool pages are in a shard (written or queued). */
  readonly indexed = new Set<string>();
  /** Servers with every tool page rendered, waiting for enough pages to fill a shard. */
  waiting: { server: string; pages: number }[] = [];
  waitingPages = 0;
  /** Shards run one after the other. */
  queue: Promise<void> = Promise.resolve();
  failure: Error | undefined;
  /** The shards written or queued while pages render, in order. */
  outputs: ShardManifest['merge'] = [];
  report: IndexReport = { shards: [], pages: 0, bytes: 0, seconds: 0, secondsAfterRender: 0 };
  started: number | undefined;

  constructor(site: string, options: IndexerOptions = {}) {
    this.site = site;
    this.options = options;
    this.maxShardPages = options.maxShardPages ?? shardPagesFromEnv();
  }

  /** A tool page of `server` (which has `serverTools` tools) is being rendered. */
  toolPageRendered(server: string, serverTools: number): void {
    const count = (this.rendered.get(server) ?? 0) + 1;
    this.rendered.set(server, count);
    if (count !== serverTools || this.indexed.has(server)) return;
    this.waiting.push({ server, pages: serverTools });
    this.waitingPages += serverTools;
    if (this.waitingPages >= this.maxShardPages) this.flushWaiting();
  }

  flushWaiting(): void {
    const servers = this.waiting;
    this.waiting = [];
    this.waitingPages = 0;
    for (const { server } of servers) this.indexed.add(server);
    const outputPath = `pagefind-${this.outputs.length + 2}/`;
    this.outputs.push({ index: outputPath, baseUrl: SERVERS_ROOT });
    const shard: Shard = { outputPath, root: SERVERS_ROOT, glob: `{${servers.map(({ server }) => toolPagesGlob(server)).join(',')}}`, pages: servers.reduce((sum, s) => sum + s.pages, 0) };
    this.enqueue(shard, 'render', async () => {
      // The last page reported itself before Astro wrote it: wait until every page is on disk.
      for (const { server, pages } of servers) {
        for (let tries = 0; (await countToolPages(this.site, server)) < pages; tries++) {
          if (tries > 400) throw new Error(`search index: the tool pages of servers/${server}/ did not appear on disk`);
          await sleep(25);
        }
      }
    });
  }

  enqueue(shard: Shard, during: 'render' | 'end', before?: () => Promise<void>): void {
    this.queue = this.queue.then(async () => {
      if (this.failure) return;
      try {
        this.started ??= performance.now();
        const shardStarted = performance.now();
        await before?.();
        await indexShard(this.site, shard);
        const outputPath = path.join(this.site, shard.outputPath);
        this.report.pages += await indexedPages(outputPath);
        this.report.bytes += (await folderSize(outputPath)).bytes;
        const done = { outputPath: shard.outputPath, pages: shard.pages, seconds: (performance.now() - shardStarted) / 1000, during };
        this.report.shards.push(done);
        this.options.onShard?.(done, this.report.shards.length);
      } catch (error) {
        this.failure = error as Error;
      }
    });
  }

  /** After rendering: indexes everything not yet indexed, waits for all shards, writes the manifest. */
  async finish(): Promise<IndexReport> {
    const renderEnded = performance.now();
    const { own, servers } = await pageFolders(this.site, this.indexed);
    const remaining = servers.reduce((sum, folder) => sum + folder.pages, own.pages);
    let shards: Shard[];
    if (this.outputs.length === 0 && remaining <= this.maxShardPages) {
      // A small site: one index of every page, like any pagefind site.
      const everything = [own, ...servers.map((folder) => ({ ...folder, patterns: folder.patterns.map((pattern) => `${SERVERS_ROOT}${pattern}`) }))];
      shards = planShards(everything, this.maxShardPages);
    } else {
      // The site's own pages in `pagefind/`, the tool pages left in shards rooted at `servers/`.
      const numbered = (shard: Shard, i: number) => ({ ...shard, outputPath: `pagefind-${this.outputs.length + i + 2}/` });
      shards = [...planShards([own], Math.max(1, own.pages)), ...planShards(servers, this.maxShardPages, SERVERS_ROOT).map(numbered)];
    }
    for (const shard of shards) this.enqueue(shard, 'end');
    await this.queue;
    if (this.failure) throw this.failure;
    const manifest: ShardManifest = { merge: [...this.outputs, ...shards.slice(1).map((shard) => ({ index: shard.outputPath, baseUrl: shard.root }))] };
    const text = `${JSON.stringify(manifest)}\n`;
    await writeFile(path.join(this.site, 'pagefind', 'shards.json'), text);
    this.report.bytes += Buffer.byteLength(text);
    const ended = performance.now();
    this.report.seconds = (ended - (this.started ?? renderEnded)) / 1000;
    this.report.secondsAfterRender = (ended - renderEnded) / 1000;
    return this.report;
  }
}

/** Indexes a finished site (no overlap with rendering). */
export function indexSite(site: string, options: IndexerOptions = {}): Promise<IndexReport> {
  return new SiteIndexer(site, options).finish();
}
