/**
 * `/search/servers.json`: every server's slug and display name. Search filters are keyed by slug
 * (pagefind decodes a filter's text a second time, and two servers may share a display name); the
 * search page labels each server filter with the name from here, exactly as the catalogue says it.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../site/load-atlas.ts';

export const GET: APIRoute = async () => {
  const atlas = await getAtlas();
  const servers = atlas.servers.map((server) => [server.slug, server.server.name]);
  return new Response(JSON.stringify({ servers }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
