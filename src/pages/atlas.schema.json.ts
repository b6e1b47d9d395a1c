/** `/atlas.schema.json`: the format of atlas.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { atlasJsonSchema } from '../export/schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(atlasJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
