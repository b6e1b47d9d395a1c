/**
 * Node: `atlas merge DIR... --out DIR` plans the assembly of a site built in slices
 * (`npm run build -- --shard I/N` on N machines). Each slice has its servers' pages and files, its
 * search shards and its servers' export records; the merge checks that the slices are all of one
 * build (same code, settings and catalogue, every slice once, every server in exactly one),
 * renders once the pages that list the whole catalogue (home, lists, name index, sitemap), writes
 * the exports from the slices' records, indexes the site's own pages and writes the list of
 * shards, and then puts the slices' pages and shards beside them.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../catalogue/problems.ts';
import { indexServers, serverFromSummary } from '../site/atlas.ts';
import type { BuiltSite } from '../site/built-atlas.ts';
import type { RenderPlan } from '../site/render-plan.ts';
import { planShards, type ShardPlan } from '../search/shards.ts';
import { codeDigest } from './code-digest.ts';
import { searchTag, statelessBuild, type BuildInputs, type PreparedBuild } from './prepare.ts';
import { scanCatalogue } from './scan.ts';
import { catalogueDigest, readSlice, type Slice } from './slice.ts';
import type { ServerState } from './state.ts';

export interface PreparedMerge extends Omit<PreparedBuild, 'kind'> {
  kind: 'merge';
  slices: { dir: string; slice: Slice }[];
}

/** Checks the slices against each other and the catalogue; plans the merge. */
export async function prepareMerge(inputs: BuildInputs, dirs: readonly string[]): Promise<PreparedMerge | { problems: Problem[] }> {
  if (dirs.length === 0) throw new Error("atlas merge: name the slices' folders: atlas merge DIR... --out DIR");
  const code = await codeDigest(inputs.projectRoot);
  const slices = await Promise.all(dirs.map(async (dir) => ({ dir, slice: await readSlice(dir) })));
  const count = slices[0]!.slice.of;
  const seen = new Map<number, string>();
  for (const { dir, slice } of slices) {
    if (slice.of !== count)
      throw new Error(
        `${dir}: slice ${slice.slice} of ${slice.of}, but ${slices[0]!.dir} is one of ${count}: merge the slices of one build`,
      );
    const twice = seen.get(slice.slice);
    if (twice) throw new Error(`${dir} and ${twice} are both slice ${slice.slice} of ${count}`);
    seen.set(slice.slice, dir);
    if (slice.code !== code)
      throw new Error(
        `${dir}: slice ${slice.slice} was built from other code or content than this checkout; build every slice, and merge, ` +
          `from one commit`,
      );
    if (slice.options !== inputs.options)
      throw new Error(`${dir}: slice ${slice.slice} was built with another site URL, base path, settings or shard size than this merge`);
    if (slice.catalogue !== slices[0]!.slice.catalogue)
      throw new Error(`${dir}: slice ${slice.slice} was built from another catalogue than ${slices[0]!.dir}`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !seen.has(n));
  if (missing.length > 0) throw new Error(`atlas merge: slice${missing.length === 1 ? '' : 's'} ${missing.join(', ')} of ${count} missing`);
  slices.sort((a, b) => a.slice.slice - b.slice.slice);

  const byName = new Map<string, { state: ServerState; dir: string }>();
  for (const { dir, slice } of slices) {
    for (const state of slice.servers) {
      const other = byName.get(state.name);
      if (other) throw new Error(`servers/${state.name} is in two slices (${other.dir} and ${dir})`);
      byName.set(state.name, { state, dir });
    }
  }
  // The catalogue here must be the one the slices read: every file, with the same bytes.
  const scan = await scanCatalogue(
    inputs.catalogueDir,
    () => 'keep',
    (name) => byName.get(name)?.state.summary,
  );
  if (scan.problems.length > 0) return { problems: scan.problems };
  if (catalogueDigest(scan.servers) !== slices[0]!.slice.catalogue)
    throw new Error(`the catalogue in ${inputs.catalogueDir} is not the one the slices were built from`);
  for (const server of scan.servers) if (!byName.has(server.name)) throw new Error(`${server.file} is in no slice`);

  const bySlug = new Map([...byName.values()].map((entry) => [entry.state.summary.slug, entry]));
  const atlas = indexServers(
    [...bySlug.values()].map((entry) => serverFromSummary(entry.state.summary)).sort((a, b) => a.slug.localeCompare(b.slug)),
  );
  const shards: ShardPlan[] = slices.flatMap(({ slice }) =>
    slice.shards.map((shard) => ({
      ...shard,
      pages: shard.servers.reduce((sum, slug) => sum + atlas.serverBySlug.get(slug)!.tools.length + 1, 0),
    })),
  );
  const expected = planShards(
    atlas.servers.map((server) => ({ slug: server.slug, pages: server.tools.length + 1 })),
    inputs.shardPages,
  );
  if (JSON.stringify(expected.map((s) => [s.folder, s.servers])) !== JSON.stringify(shards.map((s) => [s.folder, s.servers]))) {
    throw new Error("atlas merge: the slices' search shards are not the shards of the whole catalogue; build the slices again");
  }
  const plan: RenderPlan = { servers: new Set(), toolPages: new Set(), siteWide: true };
  const site: BuiltSite = {
    atlas: Promise.resolve(atlas),
    plan,
    search: {
      shards,
      rebuild: new Set(),
      siteWide: true,
      tag: searchTag(code, inputs.options, scan.servers),
    },
    exports: {
      source: (slug) => {
        const entry = bySlug.get(slug)!;
        return { copy: { dir: entry.dir, ranges: entry.state.exports! } };
      },
      siteWide: true,
    },
    unrenderedPages: atlas.servers.flatMap((server) => [server.path, ...server.tools.map((tool) => tool.path)]),
  };
  return {
    kind: 'merge',
    explanation: [
      `[atlas] merge of ${count} slices: ${atlas.servers.length.toLocaleString('en')} ` +
        `servers, ${atlas.tools.length.toLocaleString('en')} tools, ${shards.length} search shards; rendering the pages that ` +
        `list the whole catalogue`,
    ],
    ...statelessBuild(site, atlas, code, scan.servers),
    shards,
    rendered: new Set(),
    pendingRecords: '',
    slices,
  };
}

/** Links (or, across file systems, copies) every file under `from` into `to`. */
async function linkTree(from: string, to: string): Promise<number> {
  let files = 0;
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) files += await linkTree(source, target);
    else if (entry.isFile()) {
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EXDEV' && error.code !== 'EPERM') throw error;
        await copyFile(source, target);
      });
      files++;
    }
  }
  return files;
}

/** Puts every slice's server folders and search shards into the merged site. */
export async function assembleSlices(merge: PreparedMerge, site: string): Promise<number> {
  let files = 0;
  for (const { dir, slice } of merge.slices) {
    for (const server of slice.servers)
      files += await linkTree(path.join(dir, 'servers', server.summary.slug), path.join(site, 'servers', server.summary.slug));
    for (const shard of slice.shards) files += await linkTree(path.join(dir, shard.folder), path.join(site, shard.folder));
  }
  return files;
}
