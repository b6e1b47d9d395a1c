/**
 * The site model: every server and tool with its URL, and the indexes pages need (by slug,
 * counts), built once per build from the validated catalogue. Pages pick from it; nothing here
 * reads files, so it is unit-testable and its cost is linear in the catalogue.
 */
import type { CatalogueServer } from '../catalogue/catalogue.ts';
import type { ServerFile, Tool } from '../catalogue/schema.ts';

export interface AtlasTool {
  slug: string;
  tool: Tool;
  server: AtlasServer;
  /** Site-relative path of the tool page, without the base path: `servers/<server>/<tool>/`. */
  path: string;
}

export interface AtlasServer {
  slug: string;
  file: string;
  server: ServerFile;
  tools: AtlasTool[];
  path: string;
}

export interface Atlas {
  servers: AtlasServer[];
  tools: AtlasTool[];
  serverBySlug: Map<string, AtlasServer>;
  /** Tools by `path` (`servers/<server>/<tool>/`). */
  toolByPath: Map<string, AtlasTool>;
}

export function buildAtlas(catalogue: readonly CatalogueServer[]): Atlas {
  const servers: AtlasServer[] = [];
  const tools: AtlasTool[] = [];
  const serverBySlug = new Map<string, AtlasServer>();
  const toolByPath = new Map<string, AtlasTool>();
  for (const entry of catalogue) {
    const server: AtlasServer = { slug: entry.slug, file: entry.file, server: entry.server, tools: [], path: `servers/${entry.slug}/` };
    for (const { slug, tool } of entry.tools) {
      const atlasTool: AtlasTool = { slug, tool, server, path: `${server.path}${slug}/` };
      server.tools.push(atlasTool);
      tools.push(atlasTool);
      toolByPath.set(atlasTool.path, atlasTool);
    }
    servers.push(server);
    serverBySlug.set(server.slug, server);
  }
  return { servers, tools, serverBySlug, toolByPath };
}
