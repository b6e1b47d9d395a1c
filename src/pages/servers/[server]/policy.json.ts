/** `/servers/<server>/policy.json`: the recommended policy for every tool of the server, default deny. */
import type { APIRoute } from 'astro';
import { loadedServer } from '../../../site/atlas.ts';
import { getAtlas } from '../../../site/load-atlas.ts';
import { serverPaths } from '../../../site/server-files.ts';
import { serverPolicyFor } from '../../../site/server-view.ts';

export const getStaticPaths = serverPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) => {
  const server = loadedServer(await getAtlas(), props.slug);
  return new Response(`${JSON.stringify(serverPolicyFor(server), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
