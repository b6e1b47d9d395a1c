/** `/servers/<server>/policy.json`: the recommended policy for every tool of the server, default deny. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../site/load-atlas.ts';
import { serverPolicyFor } from '../../../site/server-view.ts';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return atlas.servers.map((server) => ({ params: { server: server.slug }, props: { slug: server.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ slug: string }> = async ({ props }) => {
  const server = (await getAtlas()).serverBySlug.get(props.slug)!;
  return new Response(`${JSON.stringify(serverPolicyFor(server), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
