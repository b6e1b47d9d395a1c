/**
 * Node: everything a build decides before Astro starts. It reads the catalogue, compares it with
 * what the last build left (src/build/state.ts), and plans one of three builds:
 *
 * - whole: every server loaded, every page rendered, every shard indexed (the first build, or
 *   when code, settings or the output folder changed, or ATLAS_FULL_BUILD=1);
 * - incremental: only the servers whose files changed are read and classified; their pages, the
 *   tool pages whose related tools changed, the pages listing the whole catalogue and the search
 *   shards holding a changed server are made again; the rest of the site is left as it is;
 * - a slice (`--shard I/N`): the servers of a run of whole search shards, about 1/N of the pages,
 *   for `atlas merge` to assemble with the other slices.
 *
 * It returns the site model, the plans the pages and integrations follow (src/site/built-atlas.ts)
 * and what the build script needs to put the result in place and keep the next build's state.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../catalogue/problems.ts';
import { indexServers, serverFromSummary, type Atlas, type AtlasServer } from '../site/atlas.ts';
import type { BuiltSite, ExportSource } from '../site/built-atlas.ts';
import { rendersToolPage, WHOLE_SITE, type RenderPlan } from '../site/render-plan.ts';
import { planShards, SHARDS_FOLDER, type ShardPlan } from '../search/shards.ts';
import type { Ownership } from './apply.ts';
import { codeDigest } from './code-digest.ts';
import {
  diffCatalogue,
  explainIncremental,
  relatedChanges,
  relatedDigests,
  shardsDropped,
  shardsToRebuild,
  sliceShards,
  type CatalogueDiff,
} from './plan.ts';
import { loadOne, scanCatalogue, type ScannedServer } from './scan.ts';
import { catalogueDigest } from './slice.ts';
import { readState, recordsDir, sentinelsOf, STATE_VERSION, type BuildState, type ServerState } from './state.ts';

export interface BuildInputs {
  projectRoot: string;
  catalogueDir: string;
  outDir: string;
  /** This catalogue and output folder's own folder for the build state. */
  stateDir: string;
  shardPages: number;
  /** Digest of the settings that change every page (site URL, base path, settings.json, shard size). */
  options: string;
  /** Build everything whatever the last build left. */
  full: boolean;
  slice?: { index: number; count: number };
}

export interface PreparedBuild {
  kind: 'whole' | 'incremental' | 'slice';
  /** Lines saying what the build does and why. */
  explanation: string[];
  /** Nothing changed since the last build: the output is already the site. */
  upToDate: boolean;
  site: BuiltSite;
  atlas: Atlas;
  code: string;
  /** Every server read now, in listing order. */
  scanned: ScannedServer[];
  related: Record<string, string>;
  shards: ShardPlan[];
  /** The servers rendered (their file changed, or every one in a whole build). */
  rendered: ReadonlySet<string>;
  previous?: BuildState;
  /** What an incremental build owns of the output (src/build/apply.ts). */
  ownership?: Ownership;
  /** Search records of loaded servers, kept for the next build once this one is in place. */
  pendingRecords: string;
}

export type Prepared = { problems: Problem[] } | PreparedBuild;

/** The options digest: the settings every page depends on. */
export function optionsDigest(catalogueDir: string, env: NodeJS.ProcessEnv, shardPages: number): string {
  const own = path.join(catalogueDir, 'settings.json');
  const settings = existsSync(own) ? readFileSync(own, 'utf8') : readFileSync('content/settings.json', 'utf8');
  return createHash('sha256')
    .update(JSON.stringify({ site: env.SITE_URL ?? '', base: env.BASE_PATH ?? '/', settings, shardPages }))
    .digest('hex');
}

/**
 * The search index's cache tag: the same code, settings and catalogue make the same index, so a
 * whole build, an incremental one and a merge of slices of one catalogue give one tag.
 */
export function searchTag(code: string, options: string, files: readonly { name: string; digest: string }[]): string {
  return createHash('sha256')
    .update(`${code}\0${options}\0${catalogueDigest(files)}`)
    .digest('base64url')
    .slice(0, 16);
}

/**
 * The fields a slice and a merge of slices share: neither is ever up to date, and neither leaves a
 * state for an incremental build (scripts/build.ts), so neither keeps related-tools digests.
 */
export function statelessBuild(
  site: BuiltSite,
  atlas: Atlas,
  code: string,
  scanned: ScannedServer[],
): Pick<PreparedBuild, 'upToDate' | 'site' | 'atlas' | 'code' | 'scanned' | 'related'> {
  return { upToDate: false, site, atlas, code, scanned, related: {} };
}

const sameSentinels = (a: BuildState['sentinels'], b: BuildState['sentinels']) => a.length > 0 && JSON.stringify(a) === JSON.stringify(b);

/** Why the last build's state cannot be used for an incremental build, or the state. */
async function usableState(inputs: BuildInputs, code: string): Promise<{ state: BuildState } | { reason: string }> {
  if (inputs.full) return { reason: 'a whole build was asked for (ATLAS_FULL_BUILD=1 or --full)' };
  const read = await readState(inputs.stateDir);
  if ('missing' in read) return { reason: read.missing };
  const { state } = read;
  if (state.code !== code) return { reason: 'the code, content or dependencies changed since the last build' };
  if (state.options !== inputs.options) return { reason: 'the site URL, base path, settings or shard size changed since the last build' };
  if (state.outDir !== inputs.outDir || !existsSync(inputs.outDir))
    return { reason: 'the output folder is not the one the last build wrote' };
  if (!sameSentinels(state.sentinels, await sentinelsOf(inputs.outDir)))
    return { reason: 'the output folder was changed since the last build' };
  if (state.servers.some((server) => !server.exports)) return { reason: 'the last build kept no place of some servers in the exports' };
  return { state };
}

const pageCount = (server: AtlasServer) => server.tools.length + 1;

function shardsOf(atlas: Atlas, shardPages: number): ShardPlan[] {
  return planShards(
    atlas.servers.map((server) => ({ slug: server.slug, pages: pageCount(server) })),
    shardPages,
  );
}

/** Site-relative paths of the tool and server pages a build does not render. */
function unrenderedPages(atlas: Atlas, plan: RenderPlan): string[] {
  if (plan.servers === 'all') return [];
  const pages: string[] = [];
  for (const server of atlas.servers) {
    if (plan.servers.has(server.slug)) continue;
    pages.push(server.path);
    for (const tool of server.tools) if (!rendersToolPage(plan, tool)) pages.push(tool.path);
  }
  return pages;
}

/** Where a build keeps the records of the servers it loads until it is in place. */
const pendingDir = (stateDir: string) => path.join(stateDir, `records-pending-${process.pid}`);

/** Moves the records a build made into the state, once the build is in place. */
export async function commitRecords(stateDir: string, pending: string): Promise<void> {
  const records = path.join(stateDir, 'records');
  await mkdir(records, { recursive: true });
  for (const file of await readdir(pending).catch(() => [] as string[])) await rename(path.join(pending, file), path.join(records, file));
  await rm(pending, { recursive: true, force: true });
}

export async function prepareBuild(inputs: BuildInputs): Promise<Prepared> {
  const code = await codeDigest(inputs.projectRoot);
  const pendingRecords = pendingDir(inputs.stateDir);
  await rm(pendingRecords, { recursive: true, force: true });
  if (inputs.slice) return prepareSlice(inputs, code, pendingRecords);
  const usable = await usableState(inputs, code);
  if ('reason' in usable) return prepareWhole(inputs, code, usable.reason, pendingRecords);
  return prepareIncremental(inputs, code, usable.state, pendingRecords);
}

async function prepareWhole(inputs: BuildInputs, code: string, reason: string, pendingRecords: string): Promise<Prepared> {
  const scan = await scanCatalogue(inputs.catalogueDir, () => 'load');
  if (scan.problems.length > 0) return { problems: scan.problems };
  const servers = scan.servers.map((server) => server.loaded!).sort((a, b) => a.slug.localeCompare(b.slug));
  const atlas = indexServers(servers);
  const shards = shardsOf(atlas, inputs.shardPages);
  const site: BuiltSite = {
    atlas: Promise.resolve(atlas),
    plan: WHOLE_SITE,
    search: {
      shards,
      rebuild: new Set(shards.map((shard) => shard.folder)),
      keepDir: pendingRecords,
      siteWide: true,
      tag: searchTag(code, inputs.options, scan.servers),
    },
    exports: { source: () => ({ fresh: true }), siteWide: true },
  };
  return {
    kind: 'whole',
    explanation: [`[atlas] whole build: ${reason}`],
    upToDate: false,
    site,
    atlas,
    code,
    scanned: scan.servers,
    related: relatedDigests(atlas),
    shards,
    rendered: new Set(atlas.servers.map((server) => server.slug)),
    pendingRecords,
  };
}

async function prepareIncremental(inputs: BuildInputs, code: string, previous: BuildState, pendingRecords: string): Promise<Prepared> {
  const before = new Map(previous.servers.map((server) => [server.name, server]));
  const scan = await scanCatalogue(
    inputs.catalogueDir,
    (name, digest) => (before.get(name)?.digest === digest ? 'keep' : 'load'),
    (name) => before.get(name)?.summary,
  );
  if (scan.problems.length > 0) return { problems: scan.problems };
  const identity = scan.servers.map((server) => ({ slug: server.slug!, name: server.name, digest: server.digest }));
  const diff: CatalogueDiff = diffCatalogue(previous.servers, identity);
  const changed = new Set([...diff.edited, ...diff.added]);
  const previousBySlug = new Map(previous.servers.map((server) => [server.summary.slug, server]));

  const bySlug = (a: AtlasServer, b: AtlasServer) => a.slug.localeCompare(b.slug);
  let atlas = indexServers(scan.servers.map((server) => server.loaded ?? serverFromSummary(before.get(server.name)!.summary)).sort(bySlug));
  const related = relatedDigests(atlas);
  const serverOf = (toolPath: string) => atlas.toolByPath.get(toolPath)!.server.slug;
  const relatedPages = relatedChanges(previous.related, related, changed, serverOf);

  // A page whose related tools changed is rendered from its server's whole file: load those servers too.
  const alsoLoad = new Set(relatedPages.map(serverOf));
  if (alsoLoad.size > 0) {
    const scannedBySlug = new Map(scan.servers.map((server) => [server.slug!, server]));
    const loaded = new Map<string, AtlasServer>();
    for (const slug of alsoLoad) loaded.set(slug, await loadOne(inputs.catalogueDir, scannedBySlug.get(slug)!));
    atlas = indexServers(atlas.servers.map((server) => loaded.get(server.slug) ?? server));
  }

  const shards = shardsOf(atlas, inputs.shardPages);
  const rebuild = shardsToRebuild(previous.shards, shards, new Set([...changed, ...diff.removed]));
  const dropped = shardsDropped(previous.shards, shards);
  const plan: RenderPlan = { servers: changed, toolPages: new Set(relatedPages), siteWide: true };
  const upToDate =
    changed.size === 0 && diff.removed.length === 0 && relatedPages.length === 0 && rebuild.size === 0 && dropped.length === 0;
  const source = (slug: string): ExportSource => {
    if (changed.has(slug)) return { fresh: true };
    return { copy: { dir: inputs.outDir, ranges: previousBySlug.get(slug)!.exports! } };
  };
  const site: BuiltSite = {
    atlas: Promise.resolve(atlas),
    plan,
    search: {
      shards,
      rebuild,
      recordsDir: recordsDir(inputs.stateDir),
      keepDir: pendingRecords,
      siteWide: true,
      tag: searchTag(code, inputs.options, scan.servers),
    },
    exports: { source, siteWide: true },
    unrenderedPages: unrenderedPages(atlas, plan),
  };
  const rebuiltShards = new Set(rebuild);
  const ownership: Ownership = {
    ownsTree: (folder) => {
      const [top, second] = folder.split('/');
      if (top === 'servers') return second !== undefined && second !== '' && changed.has(second);
      if (`${top}/` === SHARDS_FOLDER) return second !== undefined && second !== '' && rebuiltShards.has(`${SHARDS_FOLDER}${second}/`);
      return true;
    },
    ownsFiles: (folder) => folder === '' || folder === 'servers/',
    deleted: [...diff.removed.map((slug) => `servers/${slug}/`), ...dropped],
  };
  const toolPages = atlas.servers.filter((server) => changed.has(server.slug)).reduce((sum, server) => sum + server.tools.length, 0);
  return {
    kind: 'incremental',
    explanation: upToDate
      ? [
          `[atlas] incremental build: nothing changed since the last build (${scan.servers.length.toLocaleString('en')} ` +
            `servers, same code and settings); the site is up to date`,
        ]
      : explainIncremental({
          diff,
          servers: scan.servers.length,
          toolPages,
          relatedPages,
          shards: { rebuilt: rebuild.size, of: shards.length, dropped: dropped.length },
        }),
    upToDate,
    site,
    atlas,
    code,
    scanned: scan.servers,
    related,
    shards,
    rendered: changed,
    previous,
    ownership,
    pendingRecords,
  };
}

async function prepareSlice(inputs: BuildInputs, code: string, pendingRecords: string): Promise<Prepared> {
  const { index, count } = inputs.slice!;
  // Every server is classified for its summary: related tools and shards span the whole catalogue.
  const scan = await scanCatalogue(inputs.catalogueDir, () => 'summarise');
  if (scan.problems.length > 0) return { problems: scan.problems };
  const summaries = scan.servers.map((server) => server.summary!).sort((a, b) => a.slug.localeCompare(b.slug));
  const all = planShards(
    summaries.map((summary) => ({ slug: summary.slug, pages: summary.tools.length + 1 })),
    inputs.shardPages,
  );
  const mine = sliceShards(all, index, count);
  const own = new Set(mine.flatMap((shard) => shard.servers));
  const bySlug = new Map(scan.servers.map((server) => [server.slug!, server]));
  const servers: AtlasServer[] = [];
  for (const summary of summaries)
    servers.push(own.has(summary.slug) ? await loadOne(inputs.catalogueDir, bySlug.get(summary.slug)!) : serverFromSummary(summary));
  const atlas = indexServers(servers);
  const plan: RenderPlan = { servers: own, toolPages: new Set(), siteWide: false };
  const pages = mine.reduce((sum, shard) => sum + shard.pages, 0);
  const site: BuiltSite = {
    atlas: Promise.resolve(atlas),
    plan,
    search: {
      shards: all,
      rebuild: new Set(mine.map((shard) => shard.folder)),
      siteWide: false,
      tag: searchTag(code, inputs.options, scan.servers),
    },
    exports: { source: (slug) => (own.has(slug) ? { fresh: true } : { skip: true }), siteWide: false },
  };
  return {
    kind: 'slice',
    explanation: [
      `[atlas] slice ${index} of ${count}: ${own.size.toLocaleString('en')} of ${summaries.length.toLocaleString('en')} servers ` +
        `(${pages.toLocaleString('en')} pages, ${mine.length} of ${all.length} search shards); the pages that list the whole ` +
        `catalogue are left to \`atlas merge\``,
    ],
    ...statelessBuild(site, atlas, code, scan.servers),
    shards: mine,
    rendered: own,
    pendingRecords,
  };
}

/** The state a build leaves for the next one. */
export function nextState(prepared: PreparedBuild, inputs: BuildInputs, sentinels: BuildState['sentinels']): BuildState {
  const report = prepared.site.report!;
  const previous = new Map((prepared.previous?.servers ?? []).map((server) => [server.summary.slug, server]));
  const servers: ServerState[] = [];
  const bySlug = new Map(prepared.scanned.map((server) => [server.slug!, server]));
  for (const server of prepared.atlas.servers) {
    const scanned = bySlug.get(server.slug)!;
    const summary = scanned.summary ?? previous.get(server.slug)!.summary;
    servers.push({ name: scanned.name, digest: scanned.digest, summary, exports: report.exportRanges.get(server.slug) });
  }
  return {
    version: STATE_VERSION,
    code: prepared.code,
    options: inputs.options,
    outDir: inputs.outDir,
    sentinels,
    servers,
    related: prepared.related,
    shards: prepared.shards.map((shard) => ({ folder: shard.folder, servers: shard.servers })),
  };
}
