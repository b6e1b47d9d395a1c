/**
 * The validated catalogue of the running build, read and checked once per process however many
 * parts of the build ask: scripts/build.ts validates it before Astro starts and hands it over
 * here; the content loader and the site model then take the same objects instead of reading and
 * validating 100,000 tools again. Astro's bundled copy of this module and the script's share it
 * through `globalThis` under a registered symbol. Without a hand-over (`astro dev`, `astro build`
 * run directly) the first caller loads it.
 */
import type { Catalogue } from './catalogue.ts';
import { loadValidCatalogue } from './load.ts';

const KEY = Symbol.for('mcp-risk-atlas.validated-catalogue');

interface Loaded {
  dir: string;
  servers: Promise<Catalogue['servers']>;
}

function slot(): Loaded | undefined {
  return (globalThis as Record<symbol, Loaded | undefined>)[KEY];
}

/** Hands the build's already validated catalogue of `dir` over to the rest of the build. */
export function provideCatalogue(dir: string, servers: Catalogue['servers']): void {
  (globalThis as Record<symbol, Loaded | undefined>)[KEY] = { dir, servers: Promise.resolve(servers) };
}

/** The validated catalogue of `dir`: the one handed over, or loaded (and kept) on first use. */
export function validatedCatalogue(dir: string): Promise<Catalogue['servers']> {
  const loaded = slot();
  if (loaded && loaded.dir === dir) return loaded.servers;
  const servers = loadValidCatalogue(dir);
  (globalThis as Record<symbol, Loaded | undefined>)[KEY] = { dir, servers };
  return servers;
}
