/**
 * The one place pages get the site model from: the `servers` collection turned into the atlas,
 * once per build (memoised), however many pages ask.
 */
import { getCollection } from 'astro:content';
import type { CatalogueServer } from '../catalogue/catalogue.ts';
import { catalogueDirFromEnv } from '../catalogue/load.ts';
import { buildAtlas, type Atlas } from './atlas.ts';
import { loadSettings } from './settings.ts';
import type { Settings } from './settings-schema.ts';

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  atlas ??= getCollection('servers').then((entries) => buildAtlas(entries.map((entry) => entry.data as unknown as CatalogueServer)));
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
