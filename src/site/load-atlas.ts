/**
 * The one place pages get the site model from, once per build (memoised), however many pages ask:
 * the one the build script made (scripts/build.ts: the catalogue loaded and, in an incremental
 * build, servers that did not change taken from their summaries), or else (`astro dev`,
 * `astro build` run directly) the validated catalogue turned into the atlas here. Also which pages
 * this build renders (src/site/render-plan.ts).
 */
import { getCollection } from 'astro:content';
import { validatedCatalogue } from '../catalogue/validated-catalogue.ts';
import { catalogueDirFromEnv } from '../catalogue/load.ts';
import { buildAtlas, type Atlas, type LoadedServer, type LoadedTool } from './atlas.ts';
import { builtSite, provideBuiltSite } from './built-atlas.ts';
import { renderedServers, renderedToolPages, WHOLE_SITE, type RenderPlan } from './render-plan.ts';
import { buildNameBuckets, type NameBucket } from '../search/name-index.ts';
import { revealHidden } from '../risk/normalize.ts';
import { loadSettings } from './settings.ts';
import type { Settings } from './settings-schema.ts';

let atlas: Promise<Atlas> | undefined;

export function getAtlas(): Promise<Atlas> {
  if (!atlas) {
    const handed =
      builtSite() ?? provideBuiltSite({ atlas: validatedCatalogue(catalogueDirFromEnv()).then((servers) => buildAtlas(servers)) });
    atlas = handed.atlas;
    // The search index is made outside the page code, which alone can read the attack patterns' names.
    void getPatternNames().then((names) => handed.providePatternNames?.(names));
  }
  return atlas;
}

/** Which pages this build renders: all, unless the build script planned fewer. */
export function getRenderPlan(): RenderPlan {
  return builtSite()?.plan ?? WHOLE_SITE;
}

/** The servers whose pages and files this build renders, loaded in full. */
export async function serversToRender(): Promise<LoadedServer[]> {
  return renderedServers(await getAtlas(), getRenderPlan());
}

/** The tools whose pages this build renders, loaded in full. */
export async function toolPagesToRender(): Promise<LoadedTool[]> {
  return renderedToolPages(await getAtlas(), getRenderPlan());
}

/** The tools of the servers this build renders: their files beside the tool page (definition, description). */
export async function toolFilesToRender(): Promise<LoadedTool[]> {
  return (await serversToRender()).flatMap((server) => server.tools);
}

let pageCount: Promise<number> | undefined;

/** How many tool and server pages this build renders, for the progress line. */
export function renderedPageCount(): Promise<number> {
  pageCount ??= Promise.all([toolPagesToRender(), serversToRender()]).then(([tools, servers]) => tools.length + servers.length);
  return pageCount;
}

/** Whether this build writes the pages that list the whole catalogue (a slice leaves them to `atlas merge`). */
export function rendersSiteWide(): boolean {
  return getRenderPlan().siteWide;
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
        tools: server.tools.map((tool) => ({ name: revealHidden(tool.name), slug: tool.slug, risk: tool.risk, category: tool.category })),
      })),
    }),
  );
  return nameBuckets;
}
