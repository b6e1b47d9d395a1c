/**
 * The one place pages get the site model from: the validated catalogue (the one the `servers`
 * collection was loaded from) turned into the atlas, once per build (memoised), however many
 * pages ask.
 */
import { getCollection } from 'astro:content';
import { validatedCatalogue } from '../catalogue/validated-catalogue.ts';
import { catalogueDirFromEnv } from '../catalogue/load.ts';
import { buildAtlas, type Atlas } from './atlas.ts';
import { provideBuiltAtlas } from './built-atlas.ts';
import { buildNameBuckets, type NameBucket } from '../search/name-index.ts';
import { revealHidden } from '../risk/normalize.ts';
import { loadSettings } from './settings.ts';
import type { Settings } from './settings-schema.ts';

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= (async () => {
    const [servers, entries] = await Promise.all([validatedCatalogue(catalogueDirFromEnv()), getCollection('servers')]);
    // The collection and the catalogue come from one load; a mismatch would mean a stale data store.
    if (entries.length !== servers.length) throw new Error(`the servers collection has ${entries.length} entries but the catalogue ${servers.length} servers`);
    return buildAtlas(servers);
  })();
  provideBuiltAtlas(atlas);
  return atlas;
}

let settings: Settings | undefined;

export function getSettings(): Settings {
  settings ??= loadSettings(catalogueDirFromEnv());
  return settings;
}

let patternNames: Promise<Map<string, string>> | undefined;

/** Attack pattern names by id, for links from tool pages. */
export function getPatternNames(): Promise<Map<string, string>> {
  patternNames ??= getCollection('attackPatterns').then((patterns) => new Map(patterns.map((p) => [p.id, p.data.name])));
  return patternNames;
}

let nameBuckets: Promise<Map<string, NameBucket>> | undefined;

/** The search page's name index (src/search/name-index.ts): its buckets by file name, built once. */
export function getNameBuckets(): Promise<Map<string, NameBucket>> {
  nameBuckets ??= getAtlas().then((atlas) =>
    buildNameBuckets({
      servers: atlas.servers.map((server) => ({
        slug: server.slug,
        name: server.server.name,
        // Names as the tool pages show them (and pagefind indexes them): hidden characters made visible.
        tools: server.tools.map((tool) => ({ name: revealHidden(tool.tool.name), slug: tool.slug, risk: tool.classification.risk, category: tool.classification.category })),
      })),
    }),
  );
  return nameBuckets;
}
