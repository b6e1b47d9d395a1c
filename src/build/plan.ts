/**
 * Pure: what a build must render and index, from what the last build left (src/build/state.ts)
 * and the catalogue as it is now. A page depends on its own server's file, and a tool page also
 * on what it shows of other servers (its related tools); the pages that list the whole catalogue
 * depend on everything and are rendered whenever anything changed; a search shard depends on its
 * servers' files. Whatever depends on nothing that changed is left as the last build wrote it.
 */
import { createHash } from 'node:crypto';
import { relatedTools, type Atlas, type AtlasTool } from '../site/atlas.ts';
import type { ShardPlan } from '../search/shards.ts';
import type { BuildState } from './state.ts';

/** How a server's file compares with the last build's. */
export interface CatalogueDiff {
  /** Slugs of servers whose file changed. */
  edited: string[];
  /** Slugs of servers the last build did not have. */
  added: string[];
  /** Slugs of servers the last build had and the catalogue no longer does. */
  removed: string[];
}

/** Compares the files read now (by slug: name and digest) with the last build's servers. */
export function diffCatalogue(
  previous: BuildState['servers'],
  current: readonly { slug: string; name: string; digest: string }[],
): CatalogueDiff {
  const before = new Map(previous.map((server) => [server.summary.slug, server]));
  const now = new Set(current.map((server) => server.slug));
  const edited: string[] = [];
  const added: string[] = [];
  for (const server of current) {
    const old = before.get(server.slug);
    if (!old) added.push(server.slug);
    else if (old.digest !== server.digest || old.name !== server.name) edited.push(server.slug);
  }
  const removed = previous.map((server) => server.summary.slug).filter((slug) => !now.has(slug));
  return { edited, added, removed };
}

/**
 * A digest of what a tool page shows of other servers: its related tools of the same category on
 * other servers (link, name, risk, category, server name). Tools of its own server it shows are
 * its own server's file, and so covered by that file's digest.
 */
export function relatedDigest(atlas: Atlas, tool: AtlasTool): string {
  const hash = createHash('sha256');
  for (const other of relatedTools(atlas, tool).sameCategory)
    hash.update(`${other.path}\0${other.name}\0${other.risk}\0${other.category}\0${other.server.server.name}\n`);
  return hash.digest('base64url').slice(0, 16);
}

export function relatedDigests(atlas: Atlas): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const tool of atlas.tools) digests[tool.path] = relatedDigest(atlas, tool);
  return digests;
}

/** Tool pages of servers not otherwise rendered whose related tools are not those the last build showed. */
export function relatedChanges(
  previous: Readonly<Record<string, string>>,
  current: Readonly<Record<string, string>>,
  rendered: ReadonlySet<string>,
  serverOf: (path: string) => string,
): string[] {
  const changed: string[] = [];
  for (const [path, digest] of Object.entries(current)) {
    if (rendered.has(serverOf(path))) continue;
    // A page the last build did not have belongs to a server being rendered; one it had must show the same.
    if (previous[path] !== undefined && previous[path] !== digest) changed.push(path);
  }
  return changed;
}

/** The shards to index again: new ones, those whose servers changed, and those holding a server that changed. */
export function shardsToRebuild(
  previous: BuildState['shards'],
  shards: readonly ShardPlan[],
  changedServers: ReadonlySet<string>,
): Set<string> {
  const before = new Set(previous.map((shard) => `${shard.folder}\0${shard.servers.join('\0')}`));
  return new Set(
    shards
      .filter(
        (shard) => !before.has(`${shard.folder}\0${shard.servers.join('\0')}`) || shard.servers.some((slug) => changedServers.has(slug)),
      )
      .map((shard) => shard.folder),
  );
}

/** Folders of the last build's shards that the site no longer has. */
export function shardsDropped(previous: BuildState['shards'], shards: readonly ShardPlan[]): string[] {
  const now = new Set(shards.map((shard) => shard.folder));
  return previous.map((shard) => shard.folder).filter((folder) => !now.has(folder));
}

/**
 * The shards of slice `index` (1-based) of `count`: consecutive shards, cut where the pages before
 * reach the slice's share of all pages, so slices are about equal in pages and never split a shard
 * (and so never a server).
 */
export function sliceShards(shards: readonly ShardPlan[], index: number, count: number): ShardPlan[] {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count)
    throw new Error(`--shard: expected I/N with 1 <= I <= N; got ${index}/${count}`);
  const total = shards.reduce((sum, shard) => sum + shard.pages, 0);
  const mine: ShardPlan[] = [];
  let before = 0;
  for (const shard of shards) {
    // A shard belongs to the slice its middle page falls in.
    const middle = before + shard.pages / 2;
    const slice = Math.min(count, Math.floor((middle / Math.max(1, total)) * count) + 1);
    if (slice === index) mine.push(shard);
    before += shard.pages;
  }
  return mine;
}

const list = (items: readonly string[], shown = 4) =>
  items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} and ${(items.length - shown).toLocaleString('en')} more`;
const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export interface IncrementalSummary {
  diff: CatalogueDiff;
  servers: number;
  toolPages: number;
  relatedPages: string[];
  shards: { rebuilt: number; of: number; dropped: number };
}

/** What an incremental build rebuilds and why, in lines for its log. */
export function explainIncremental(summary: IncrementalSummary): string[] {
  const { diff } = summary;
  const changed = diff.edited.length + diff.added.length + diff.removed.length;
  const lines = [
    `[atlas] incremental build: ${count(changed, 'server')} of ${summary.servers.toLocaleString('en')} changed since the last build` +
      (changed === 0
        ? ''
        : ` (${[
            diff.edited.length && `${diff.edited.length} edited`,
            diff.added.length && `${diff.added.length} added`,
            diff.removed.length && `${diff.removed.length} removed`,
          ]
            .filter(Boolean)
            .join(', ')})`),
  ];
  if (diff.edited.length > 0) lines.push(`[atlas]   edited: ${list(diff.edited)}`);
  if (diff.added.length > 0) lines.push(`[atlas]   added: ${list(diff.added)}`);
  if (diff.removed.length > 0) lines.push(`[atlas]   removed (their pages deleted): ${list(diff.removed)}`);
  if (diff.edited.length + diff.added.length > 0)
    lines.push(
      `[atlas]   rendering the pages and files of ${count(diff.edited.length + diff.added.length, 'server')} ` +
        `(${count(summary.toolPages, 'tool page')}): their files changed`,
    );
  if (summary.relatedPages.length > 0)
    lines.push(
      `[atlas]   rendering ${count(summary.relatedPages.length, 'more tool page')}: their related tools changed ` +
        `(${list(summary.relatedPages, 3)})`,
    );
  lines.push(
    '[atlas]   rendering the pages that list the whole catalogue (home, servers, risk and category lists, attack patterns, name ' +
      'index, sitemap) and the data exports',
  );
  lines.push(
    `[atlas]   indexing ${count(summary.shards.rebuilt, 'search shard')} of ${summary.shards.of} (they hold a server that ` +
      `changed, or their servers did)${summary.shards.dropped > 0 ? `; ${count(summary.shards.dropped, 'shard')} no longer needed` : ''}`,
  );
  return lines;
}
