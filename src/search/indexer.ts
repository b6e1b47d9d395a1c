/**
 * Node: writes the search index with pagefind's Node API. Shards of server and tool pages are
 * indexed from records (records.ts), one shard at a time in one pagefind process, each index
 * dropped before the next starts, so pagefind holds one shard in memory however large the site.
 * The site's own pages (methodology, attack patterns, gateway guides) are few and are indexed
 * from their HTML into `pagefind/`, beside the manifest of the shards.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { folderSize } from '../build/folder-size.ts';
import type { SearchRecord } from './records.ts';
import { OWN_INDEX, SHARD_MANIFEST, SHARDS_FOLDER, type ShardManifest } from './shards.ts';

/** The whole site is English; forcing it keeps one index per shard even if a page's lang differs. */
const INDEX_OPTIONS = { forceLanguage: 'en' } as const;

export interface WrittenIndex {
  /** Site-relative folder. */
  folder: string;
  pages: number;
  bytes: number;
  seconds: number;
}

async function newIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error(`pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function write(index: pagefind.PagefindIndex, site: string, folder: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: path.join(site, folder) });
  if (written.errors.length > 0) throw new Error(`pagefind failed to write ${folder}: ${written.errors.join('; ')}`);
}

/**
 * Of the files pagefind writes for an index, those a merged shard is read from: its entry, its
 * metadata and its word, filter and fragment chunks. The script, WebAssembly and UI bundles
 * (~0.5 MB) are the same in every index; the search page loads them once, from `pagefind/`.
 */
export function isShardDataFile(file: string): boolean {
  return (
    file === 'pagefind-entry.json' ||
    /^pagefind\.[\w-]+\.pf_meta$/.test(file) ||
    /^(index|filter|fragment)\/[\w-]+\.pf_(index|filter|fragment)$/.test(file)
  );
}

/** Indexes one shard's records into `site/folder`. The records' order is the index's order. */
export async function writeShard(site: string, folder: string, records: readonly SearchRecord[]): Promise<WrittenIndex> {
  const started = performance.now();
  const index = await newIndex();
  let bytes = 0;
  try {
    // All at once: the service takes them in order (the same records give byte-identical files).
    const added = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: 'en' })));
    const failed = added.flatMap((response) => response.errors);
    if (failed.length > 0) throw new Error(`pagefind failed to index ${folder}: ${failed.slice(0, 3).join('; ')}`);
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(`pagefind failed to write ${folder}: ${errors.join('; ')}`);
    const made = new Set<string>();
    for (const file of files) {
      if (!isShardDataFile(file.path)) continue;
      const target = path.join(site, folder, file.path);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(target, file.content);
      bytes += file.content.byteLength;
    }
  } finally {
    // Frees the shard's memory in pagefind's process before the next one starts.
    await index.deleteIndex();
  }
  return { folder, pages: records.length, bytes, seconds: (performance.now() - started) / 1000 };
}

/** Top-level folders of a built site that hold no page of its own. */
const NOT_OWN_PAGES = new Set(['_astro', 'servers', OWN_INDEX.slice(0, -1), SHARDS_FOLDER.slice(0, -1)]);

/**
 * The site's own searchable pages: every HTML file outside `servers/` (the tool and server pages,
 * indexed from records) that marks content with `data-pagefind-body`. Read here rather than
 * walked by pagefind, which would walk every page of `servers/` to match a glob.
 */
export async function ownPages(site: string): Promise<{ url: string; content: string }[]> {
  const pages: { url: string; content: string }[] = [];
  const visit = async (relative: string) => {
    const entries = (await readdir(path.join(site, relative), { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory() && !(relative === '' && NOT_OWN_PAGES.has(entry.name))) await visit(child);
      else if (entry.isFile() && entry.name.endsWith('.html')) {
        const content = await readFile(path.join(site, child), 'utf8');
        // pagefind's own rule, applied before reading the page into it: on a site that marks content, unmarked pages are not indexed.
        if (content.includes('data-pagefind-body'))
          pages.push({ url: child.endsWith('index.html') ? child.slice(0, -'index.html'.length) : child, content });
      }
    }
  };
  await visit('');
  return pages;
}

/** Indexes the site's own pages into `pagefind/`, where the search page loads pagefind from. */
export async function writeOwnIndex(site: string): Promise<WrittenIndex> {
  const started = performance.now();
  const pages = await ownPages(site);
  const index = await newIndex();
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.content });
      if (added.errors.length > 0) throw new Error(`pagefind failed to index ${page.url}: ${added.errors.join('; ')}`);
    }
    await write(index, site, OWN_INDEX);
  } finally {
    await index.deleteIndex();
  }
  return {
    folder: OWN_INDEX,
    pages: pages.length,
    bytes: (await folderSize(path.join(site, OWN_INDEX))).bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Writes `pagefind/shards.json`: every shard's folder, in catalogue order, and the index's cache tag. */
export async function writeManifest(site: string, shards: readonly string[], tag: string): Promise<void> {
  const manifest: ShardManifest = { shards: [...shards], tag };
  await writeFile(path.join(site, SHARD_MANIFEST), `${JSON.stringify(manifest)}\n`);
}

/** Stops pagefind's process (it would keep the build's Node process alive). */
export function closeIndexer(): Promise<unknown> {
  return pagefind.close();
}
