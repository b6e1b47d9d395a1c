/**
 * The files beside a server's policy.json: the same policy in each gateway's format
 * (servers/<slug>/policy.cedar, policy.cel.yaml, policy.pomerium.yaml, docker-tools.yaml) and a
 * ToolHive authz config ready to load (toolhive-authz.json). Each route file only picks the format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toolhiveConfig } from '../risk/policy/cedar.ts';
import { FORMAT_INFO, type PolicyFormat } from '../risk/policy/formats.ts';
import { loadedServer } from './atlas.ts';
import { getAtlas, serversToRender } from './load-atlas.ts';
import { serverCompiled } from './server-view.ts';

/** The servers whose files this build writes (every server in a whole build). */
export const serverPaths = (async () =>
  (await serversToRender()).map((server) => ({ params: { server: server.slug }, props: { slug: server.slug } }))) satisfies GetStaticPaths;

/** The route of one format's file. */
export function formatFile(format: Exclude<PolicyFormat, 'json'>): APIRoute<{ slug: string }> {
  return async ({ props }) => {
    const server = loadedServer(await getAtlas(), props.slug);
    const { text } = serverCompiled(server, format);
    return new Response(text, { headers: { 'Content-Type': `${FORMAT_INFO[format].mediaType}; charset=utf-8` } });
  };
}

/** The route of the ready ToolHive config. */
export const toolhiveFile: APIRoute<{ slug: string }> = async ({ props }) => {
  const server = loadedServer(await getAtlas(), props.slug);
  return new Response(toolhiveConfig(serverCompiled(server, 'cedar')), { headers: { 'Content-Type': 'application/json' } });
};
