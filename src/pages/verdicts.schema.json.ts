/** `/verdicts.schema.json`: the format of each server's verdicts.json, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { verdictsJsonSchema } from '../export/schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(verdictsJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
