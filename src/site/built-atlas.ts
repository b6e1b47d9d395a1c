/**
 * The site model the pages were built from, handed to the build's integrations (which run outside
 * Astro's bundled page code) so that they write the exports from the very same verdicts, without
 * classifying the catalogue a second time. Both copies of this module share it through
 * `globalThis` under a registered symbol, as src/catalogue/validated-catalogue.ts does.
 */
import type { Atlas } from './atlas.ts';

const KEY = Symbol.for('mcp-risk-atlas.built-atlas');

/** Called by the pages' site model once it is built. */
export function provideBuiltAtlas(atlas: Promise<Atlas>): void {
  (globalThis as Record<symbol, Promise<Atlas> | undefined>)[KEY] = atlas;
}

/** The site model the pages were built from, or undefined when no page asked for it. */
export function builtAtlas(): Promise<Atlas> | undefined {
  return (globalThis as Record<symbol, Promise<Atlas> | undefined>)[KEY];
}
