/**
 * Pure: which pages a build renders. A whole build renders every page. An incremental build
 * (src/build/plan.ts) renders the servers whose files changed, the tool pages whose related tools
 * changed, and the pages that list the whole catalogue; the rest of the site stays as the last
 * build wrote it. A slice of a build across machines (`--shard I/N`) renders its own servers only;
 * `atlas merge` renders the pages that list the whole catalogue, once.
 */
import type { Atlas, AtlasServer, AtlasTool, LoadedServer, LoadedTool } from './atlas.ts';

export interface RenderPlan {
  /** Servers whose every page and file is rendered: all of them, or these slugs. */
  servers: 'all' | ReadonlySet<string>;
  /** Tool pages rendered besides those of `servers`, by path (`servers/<s>/<t>/`). */
  toolPages: ReadonlySet<string>;
  /** Whether the pages and files that list the whole catalogue (home, lists, name index, exports) are written. */
  siteWide: boolean;
}

/** Everything: a whole build, and `astro dev`. */
export const WHOLE_SITE: RenderPlan = { servers: 'all', toolPages: new Set(), siteWide: true };

export function rendersServer(plan: RenderPlan, server: AtlasServer): server is LoadedServer {
  return plan.servers === 'all' || plan.servers.has(server.slug);
}

export function rendersToolPage(plan: RenderPlan, tool: AtlasTool): tool is LoadedTool {
  return rendersServer(plan, tool.server) || plan.toolPages.has(tool.path);
}

/** The servers whose pages and files (policy files, verdicts, definitions) are rendered. */
export function renderedServers(atlas: Atlas, plan: RenderPlan): LoadedServer[] {
  return atlas.servers.filter((server) => rendersServer(plan, server)).map(requireLoaded);
}

/** The tools whose pages are rendered. */
export function renderedToolPages(atlas: Atlas, plan: RenderPlan): LoadedTool[] {
  if (plan.servers === 'all') return atlas.tools.map(loadedToolOf);
  const tools: LoadedTool[] = [];
  for (const server of renderedServers(atlas, plan)) tools.push(...server.tools);
  for (const path of plan.toolPages) {
    const tool = atlas.toolByPath.get(path);
    if (tool && !rendersServer(plan, tool.server)) tools.push(loadedToolOf(tool));
  }
  return tools;
}

function loadedToolOf(tool: AtlasTool): LoadedTool {
  requireLoaded(tool.server);
  return tool as LoadedTool;
}

function requireLoaded(server: AtlasServer): LoadedServer {
  if (!server.loaded) throw new Error(`render plan: servers/${server.slug}/ is to be rendered but was not loaded in full`);
  return server as LoadedServer;
}
