/** `/policy.schema.json`: the gateway policy format as JSON Schema, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { policyJsonSchema } from '../risk/policy/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(policyJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
