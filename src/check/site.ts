/**
 * Pure: the page of a listed tool on an atlas site. A server the catalogue knows (by the serverInfo
 * name it was imported with, or its package name) links `/servers/<server-slug>/<tool-slug>/`, the
 * URL every atlas site has; a tool the catalogue does not have links the site's search for its name.
 */
import type { CatalogueServer } from '../catalogue/catalogue.ts';

/** An http(s) site origin and path without its trailing slash, or an error message. */
export function normaliseSite(text: string): string | { error: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `--site ${JSON.stringify(text)}: not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: `--site ${JSON.stringify(text)}: expected http:// or https://` };
  if (url.search || url.hash || url.username || url.password)
    return { error: `--site ${JSON.stringify(text)}: expected the site's address alone (no query, fragment or credentials)` };
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export interface SiteIndex {
  /** serverInfo name or package name -> the server's slug and its tools' slugs by name. */
  servers: Map<string, { slug: string; tools: Map<string, string> }>;
}

export function siteIndex(servers: readonly CatalogueServer[]): SiteIndex {
  const index: SiteIndex = { servers: new Map() };
  for (const server of servers) {
    const entry = { slug: server.slug, tools: new Map(server.tools.map((tool) => [tool.tool.name, tool.slug])) };
    const provenance = server.server.provenance;
    const keys = [provenance?.method === 'live' ? provenance.serverInfo?.name : undefined, server.server.package.name];
    for (const key of keys) if (key && !index.servers.has(key)) index.servers.set(key, entry);
  }
  return index;
}

/** The tool's page when the catalogue has it, else the search for its name. */
export function toolPageUrl(site: string, index: SiteIndex, serverInfoName: string | undefined, tool: string): string {
  const server = serverInfoName === undefined ? undefined : index.servers.get(serverInfoName);
  const toolSlug = server?.tools.get(tool);
  if (server && toolSlug) return `${site}/servers/${server.slug}/${toolSlug}/`;
  return `${site}/search/?q=${encodeURIComponent(tool)}`;
}
