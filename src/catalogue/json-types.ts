/**
 * What JSON types a parameter's schema accepts, read the one way everywhere (the risk engine, the
 * recommended rule, the Cedar schema, the policy builder): `type` as a string or a list, and the
 * types of `anyOf`/`oneOf` branches, since optional arguments are often written
 * `anyOf: [{type: T}, {type: "null"}]` (Pydantic's way). "null" is left out. Plain data in,
 * plain data out: browser code uses it too.
 */

/** A JSON object (not null, not an array): the one test every reader of untyped JSON uses. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeNames(node: unknown): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const type = (node as { type?: unknown }).type;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string' && t !== 'null');
}

/** The JSON types a schema accepts, without "null", in the order written. */
export function typesOf(schema: unknown): string[] {
  const types = new Set(typeNames(schema));
  if (typeof schema === 'object' && schema !== null) {
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = (schema as Record<string, unknown>)[key];
      if (Array.isArray(branches)) for (const branch of branches) for (const type of typeNames(branch)) types.add(type);
    }
  }
  return [...types];
}

/** A schema that says no type accepts text too (so does one that accepts arrays of text). */
export function acceptsText(schema: unknown): boolean {
  const types = typesOf(schema);
  return types.length === 0 || types.includes('string');
}

export function acceptsBoolean(schema: unknown): boolean {
  return typesOf(schema).includes('boolean');
}

export function acceptsNumber(schema: unknown): boolean {
  const types = typesOf(schema);
  return types.includes('integer') || types.includes('number');
}
