/**
 * Node: reads a catalogue for a build. Every file is read and its digest taken; a file is parsed,
 * validated and classified only when the build needs it whole (`load`), and otherwise either left
 * at its digest (its summary is the last build's) or summarised and dropped (`summarise`), so a
 * build holds the definitions of the servers it renders and no others. Problems are those of
 * `loadCatalogue`, in the same words and order, the checks of the whole catalogue (slug
 * collisions) included.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseServerFile, slugTaken, type RawServerFile } from '../catalogue/catalogue.ts';
import { inFileOrder, readServerFiles } from '../catalogue/load.ts';
import { readRegularFile } from '../catalogue/files.ts';
import type { Problem } from '../catalogue/problems.ts';
import { loadServer, type LoadedServer } from '../site/atlas.ts';
import { summarize, type ServerSummary } from '../site/summary.ts';

/** What the build does with a file once read: given its name and digest. */
export type Treatment = 'load' | 'summarise' | 'keep';

export interface ScannedServer {
  /** Its file's name in servers/ ("acme.json"). */
  name: string;
  /** The file as messages name it. */
  file: string;
  digest: string;
  /** The server classified in full, when it was loaded. */
  loaded?: LoadedServer;
  /** Its summary, when it was summarised (or loaded). */
  summary?: ServerSummary;
  /** Its slug and name, when known from this read (loaded or summarised): the slug check needs them. */
  slug?: string;
}

export interface Scan {
  servers: ScannedServer[];
  problems: Problem[];
}

export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex');

function fileName(raw: RawServerFile): string {
  return `${raw.baseName}.json`;
}

/**
 * Reads every file of `<catalogueDir>/servers/` and treats each as `treat` says. `known` gives the
 * slug and server name of files kept at their digest (from their summary), for the slug check.
 */
export async function scanCatalogue(
  catalogueDir: string,
  treat: (name: string, digest: string) => Treatment,
  known: (name: string) => { slug: string; server: { name: string; slug?: string | undefined } } | undefined = () => undefined,
): Promise<Scan> {
  const problems: Problem[] = [];
  const { files, problems: listing } = await readServerFiles(catalogueDir, (raw): ScannedServer | undefined => {
    const name = fileName(raw);
    const digest = digestOf(raw.text);
    const treatment = treat(name, digest);
    if (treatment === 'keep') return { name, file: raw.file, digest };
    const parsed = parseServerFile(raw);
    problems.push(...parsed.problems);
    if (!parsed.server) return undefined;
    const loaded = loadServer(parsed.server);
    return treatment === 'load'
      ? { name, file: raw.file, digest, loaded, summary: summarize(loaded), slug: loaded.slug }
      : { name, file: raw.file, digest, summary: summarize(loaded), slug: loaded.slug };
  });
  problems.unshift(...listing);
  const servers = files.filter((server): server is ScannedServer => server !== undefined);
  // The check of the whole catalogue, in listing order as `buildCatalogue` makes it: the first file keeps a slug.
  const bySlug = new Map<string, string>();
  const kept: ScannedServer[] = [];
  for (const server of servers) {
    const identity = server.loaded ?? server.summary ?? known(server.name);
    if (!identity) throw new Error(`build: no summary of ${server.file} to check its slug against the others'`);
    const taken = bySlug.get(identity.slug);
    if (taken !== undefined) {
      problems.push(slugTaken(server.file, identity, taken));
      continue;
    }
    bySlug.set(identity.slug, server.file);
    kept.push({ ...server, slug: identity.slug });
  }
  if (files.length === 0 && listing.length === 0) problems.push({ file: 'servers/', path: '$', message: 'no server files (*.json) found' });
  return { servers: kept, problems: inFileOrder(catalogueDir, problems) };
}

/** Reads, validates and classifies one file again, by name: a server kept at its digest that the build now needs whole. */
export async function loadOne(catalogueDir: string, scanned: ScannedServer): Promise<LoadedServer> {
  const absolute = path.join(catalogueDir, 'servers', scanned.name);
  const read = await readRegularFile(absolute);
  if ('problem' in read) throw new Error(`${scanned.file}: ${read.problem}`);
  if (digestOf(read.text) !== scanned.digest) throw new Error(`${scanned.file} changed while the site was being built; build again`);
  const parsed = parseServerFile({ file: scanned.file, baseName: scanned.name.slice(0, -'.json'.length), text: read.text });
  if (!parsed.server) throw new Error(`${scanned.file} no longer validates: ${parsed.problems[0]?.message ?? ''}`);
  return loadServer(parsed.server);
}
