/**
 * `/servers/<server>/<tool>/definition.json`: the tool's whole MCP definition as the catalogue holds
 * it (without the atlas's own `atlas` key), for tools whose parameter table leaves something out:
 * the page shows a bounded table and links this file, so nothing of the schema is out of reach.
 * JSON, never HTML: third-party text here is data.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadedTool } from '../../../../site/atlas.ts';
import { getAtlas, toolFilesToRender } from '../../../../site/load-atlas.ts';
import { hasFullDefinitionFile } from '../../../../site/tool-view.ts';

export const getStaticPaths = (async () =>
  (await toolFilesToRender())
    .filter((t) => hasFullDefinitionFile(t.tool))
    .map((t) => ({ params: { server: t.server.slug, tool: t.slug }, props: { path: t.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props }) => {
  const { atlas: _atlas, ...definition } = loadedTool(await getAtlas(), props.path).tool;
  // JSON.stringify keeps every own key, "__proto__" included.
  return new Response(`${JSON.stringify(definition, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
