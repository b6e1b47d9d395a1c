/**
 * The policy file's JSON Schema, generated from the zod schema (never written by hand), so the
 * published /policy.schema.json and the validation in this code base cannot drift apart.
 */
import { z } from 'zod';
import { PolicyFileSchema } from './schema.ts';

let cached: Record<string, unknown> | undefined;

/** The JSON Schema (draft 2020-12) of a policy file. `id` becomes `$id`, e.g. "https://example.org/policy.schema.json". */
export function policyJsonSchema(options: { id?: string } = {}): Record<string, unknown> {
  cached ??= z.toJSONSchema(PolicyFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  const schema = structuredClone(cached);
  return { ...(options.id ? { $id: options.id } : {}), title: 'MCP gateway policy', ...schema };
}
