/**
 * A tool's input schema as rows a person can read: one per argument, nested object properties
 * and array items flattened under dotted names (`filter.tags[]`). Untrusted schemas can be deep or
 * refer to themselves (`$ref` cycles); rows stop at a fixed depth and `$ref`s are shown, never followed.
 */
import type { InputSchema } from '../catalogue/schema.ts';

export interface ParameterRow {
  /** Dotted path: `path`, `options.recursive`, `items[]`. */
  name: string;
  depth: number;
  type: string;
  required: boolean;
  description?: string;
  /** Allowed values, when the schema lists them. */
  values?: string[];
}

const MAX_DEPTH = 4;
const MAX_ROWS = 200;

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `string`, `string | null`, `array of string`, `one of: ...`, `$ref #/defs/x`. */
export function typeLabel(schema: Node): string {
  if (typeof schema.$ref === 'string') return `reference to ${schema.$ref}`;
  const type = schema.type;
  if (Array.isArray(type)) return type.filter((t) => typeof t === 'string').join(' | ') || 'any';
  if (type === 'array' && isNode(schema.items)) return `array of ${typeLabel(schema.items)}`;
  if (typeof type === 'string') return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const labels = [...new Set(options.filter(isNode).map(typeLabel))];
      if (labels.length > 0) return labels.join(' | ');
    }
  }
  if (Array.isArray(schema.enum)) return 'enum';
  return 'any';
}

export function parameterRows(inputSchema: InputSchema): ParameterRow[] {
  const rows: ParameterRow[] = [];
  const walk = (properties: unknown, required: unknown, prefix: string, depth: number) => {
    if (!isNode(properties)) return;
    const requiredNames = new Set(Array.isArray(required) ? required.filter((r) => typeof r === 'string') : []);
    for (const [name, value] of Object.entries(properties)) {
      if (rows.length >= MAX_ROWS) return;
      const schema = isNode(value) ? value : {};
      const path = prefix === '' ? name : `${prefix}.${name}`;
      rows.push({
        name: path,
        depth,
        type: typeLabel(schema),
        required: requiredNames.has(name),
        ...(typeof schema.description === 'string' && schema.description !== '' ? { description: schema.description } : {}),
        ...(Array.isArray(schema.enum) ? { values: schema.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) } : {}),
      });
      if (depth + 1 >= MAX_DEPTH) continue;
      if (isNode(schema.properties)) walk(schema.properties, schema.required, path, depth + 1);
      else if (isNode(schema.items) && isNode(schema.items.properties)) walk(schema.items.properties, schema.items.required, `${path}[]`, depth + 1);
    }
  };
  walk(inputSchema.properties, inputSchema.required, '', 0);
  return rows;
}

/** "3 parameters, 2 required" / "1 parameter, none required" / "no parameters". */
export function parameterCountLabel(inputSchema: InputSchema): string {
  const names = Object.keys(inputSchema.properties ?? {});
  if (names.length === 0) return 'no parameters';
  const required = new Set(inputSchema.required ?? []);
  const requiredCount = names.filter((name) => required.has(name)).length;
  const noun = names.length === 1 ? 'parameter' : 'parameters';
  const requiredText = requiredCount === 0 ? 'none required' : requiredCount === names.length && names.length > 1 ? 'all required' : `${requiredCount} required`;
  return `${names.length} ${noun}, ${requiredText}`;
}
