/**
 * The site model of the running build and what the build does with it, shared between the build
 * script (scripts/build.ts, which loads the catalogue and plans the build), Astro's bundled page
 * code, and the build's integrations (search index, exports, sitemap), which run outside the
 * bundle. Every copy of this module shares one slot on `globalThis` under a registered symbol, as
 * src/catalogue/validated-catalogue.ts does. No plan (`astro dev`, `astro build` run directly)
 * means the whole site.
 */
import type { ExportRanges } from '../build/state.ts';
import type { ShardPlan } from '../search/shards.ts';
import type { Atlas } from './atlas.ts';
import type { RenderPlan } from './render-plan.ts';

/** Which search shards this build writes, and where the records of servers it does not load are kept. */
export interface SearchPlan {
  /** Every shard of the site, in catalogue order. */
  shards: ShardPlan[];
  /** Folders of the shards this build indexes (all in a whole build). */
  rebuild: ReadonlySet<string>;
  /** The folder where the last build kept the records of servers (`<slug>.json`): for those this build does not load. */
  recordsDir?: string;
  /** The folder to keep the records of the servers this build loads in, for the next build. */
  keepDir?: string;
  /** Whether the site's own pages are indexed and the manifest of all shards written (not in a slice). */
  siteWide: boolean;
  /** Changes whenever the index does (src/search/shards.ts, `ShardManifest.tag`). */
  tag: string;
}

/** Where the exports' record of a server comes from: made now, or copied from files written before. */
export type ExportSource = { fresh: true } | { copy: { dir: string; ranges: ExportRanges } } | { skip: true };

export interface ExportsPlan {
  /** For each server of the atlas, by slug. */
  source: (slug: string) => ExportSource;
  /** Whether the files listing the whole catalogue are written (a slice writes its own servers' records only, for the merge). */
  siteWide: boolean;
}

/** What the integrations report back to the build script, for the state it keeps. */
export interface BuildReport {
  exportRanges: Map<string, ExportRanges>;
  indexedShards: string[];
}

export interface BuiltSite {
  atlas: Promise<Atlas>;
  /** Which pages this build renders. */
  plan?: RenderPlan;
  search?: SearchPlan;
  exports?: ExportsPlan;
  /** Site-relative paths of pages this build does not render but the site has: the sitemap lists them too. */
  unrenderedPages?: readonly string[];
  report?: BuildReport;
  /** The attack patterns' names by id, handed over by the page code (only it reads content collections). */
  patternNames?: Promise<ReadonlyMap<string, string>>;
  providePatternNames?: (names: ReadonlyMap<string, string>) => void;
}

type Slot = Record<symbol, BuiltSite | undefined>;
const KEY = Symbol.for('mcp-risk-atlas.built-atlas');

/** Called by the build script before Astro starts, or by the pages' site model once it is built. */
export function provideBuiltSite(site: BuiltSite): BuiltSite {
  if (!site.patternNames) {
    let resolve!: (names: ReadonlyMap<string, string>) => void;
    site.patternNames = new Promise((done) => (resolve = done));
    site.providePatternNames = resolve;
  }
  site.report ??= { exportRanges: new Map(), indexedShards: [] };
  (globalThis as Slot)[KEY] = site;
  return site;
}

/** The site model of this build, or undefined when neither the build script nor a page has made one. */
export function builtSite(): BuiltSite | undefined {
  return (globalThis as Slot)[KEY];
}

/** The site model the pages were built from, or undefined when no page asked for it. */
export function builtAtlas(): Promise<Atlas> | undefined {
  return builtSite()?.atlas;
}
