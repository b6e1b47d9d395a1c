/**
 * The benchmark's changed catalogue (`npm run bench -- --changed 1%`): a copy of a synthetic
 * catalogue (its files linked, not copied) in which a share of the servers is changed as a daily
 * refresh changes them: a third edited (a tool's description and a new tool), a third removed,
 * a third added (new servers, generated with another seed). Deterministic for a seed.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatServerFile } from '../catalogue/format.ts';
import type { ServerFile } from '../catalogue/schema.ts';
import { createRandom, hashSeed } from './random.ts';
import { generateServers } from './synthetic.ts';

export interface CatalogueChanges {
  edited: string[];
  removed: string[];
  added: string[];
}

/** A share written `1%` or `0.5%`, as a fraction. */
export function parseShare(text: string): number {
  const match = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  const value = match ? Number(match[1]) / 100 : Number.NaN;
  if (!(value > 0 && value <= 1)) throw new Error(`expected a share of the servers such as 1% or 0.5%; got ${text}`);
  return value;
}

/** Pure: which of `names` (server files) to edit and remove, and how many to add, for a share of them. */
export function pickChanges(names: readonly string[], share: number, seed: number): { edited: string[]; removed: string[]; added: number } {
  const count = Math.max(3, Math.round(names.length * share));
  const random = createRandom(hashSeed(seed, 'changes', names.length));
  const pool = [...names];
  const take = (n: number) =>
    Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(random.int(0, pool.length - 1), 1)[0]!).sort();
  const edited = take(Math.ceil(count / 3));
  const removed = take(Math.floor(count / 3));
  return { edited, removed, added: count - edited.length - removed.length };
}

/** A copy of `source` (its servers/ linked file by file) at `target`, replacing whatever was there. */
export function linkCatalogue(source: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'servers'), { recursive: true });
  for (const name of readdirSync(path.join(source, 'servers')))
    linkSync(path.join(source, 'servers', name), path.join(target, 'servers', name));
}

/** Writes a file by rename, so a linked original is never written through. */
function replace(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function changeCatalogue(dir: string, share: number, seed: number): CatalogueChanges {
  const serversDir = path.join(dir, 'servers');
  const names = readdirSync(serversDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const picked = pickChanges(names, share, seed);
  for (const name of picked.edited) {
    const file = path.join(serversDir, name);
    const server = JSON.parse(readFileSync(file, 'utf8')) as ServerFile;
    const first = server.tools[0];
    if (first) {
      first.description = `${first.description ?? ''} Edited by the benchmark: results now include archived entries.`.trim();
      server.tools.push({ ...first, name: `${first.name}_archived`, atlas: undefined });
    }
    replace(file, formatServerFile(server));
  }
  for (const name of picked.removed) unlinkSync(path.join(serversDir, name));
  const added: string[] = [];
  for (const { baseName, server } of generateServers({ tools: picked.added * 30, seed: seed + 1 })) {
    if (added.length >= picked.added) break;
    const name = `added-${baseName}.json`;
    writeFileSync(path.join(serversDir, name), formatServerFile({ ...server, slug: undefined, name: `${server.name} (added)` }));
    added.push(name);
  }
  return { edited: picked.edited, removed: picked.removed, added };
}
