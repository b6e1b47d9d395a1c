/**
 * `/servers/<server>/<tool>/description.txt`: the full description of a tool whose description is
 * too long for its page, as plain text (never HTML), so one tool cannot make a page of megabytes.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadedTool } from '../../../../site/atlas.ts';
import { getAtlas, toolFilesToRender } from '../../../../site/load-atlas.ts';
import { DESCRIPTION_LIMIT } from '../../../../site/tool-view.ts';

export const getStaticPaths = (async () => {
  return (await toolFilesToRender())
    .filter((t) => (t.tool.description?.length ?? 0) > DESCRIPTION_LIMIT)
    .map((t) => ({ params: { server: t.server.slug, tool: t.slug }, props: { path: t.path } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = async ({ props }) => {
  const tool = loadedTool(await getAtlas(), props.path);
  return new Response(tool.tool.description ?? '', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
