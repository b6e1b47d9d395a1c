/**
 * A tool's input schema as rows a person can read: one per argument, nested object properties
 * and array items flattened under dotted names (`filter.tags[]`). Untrusted schemas can be deep or
 * refer to themselves (`$ref` cycles); rows stop at a fixed depth and `$ref`s are shown, never followed.
 * Every text is bounded (names, types, descriptions, allowed values, and all of them together), so a
 * schema of megabytes makes a table of kilobytes, and invisible characters are shown as ⟨U+200B⟩.
 */
import type { InputSchema } from '../catalogue/schema.ts';
import { displayText } from './display.ts';

export interface ParameterRow {
  /** Dotted path: `path`, `options.recursive`, `items[]`. */
  name: string;
  depth: number;
  type: string;
  required: boolean;
  description?: string;
  /** Allowed values, when the schema lists them (the first VALUES_SHOWN). */
  values?: string[];
  /** How many more allowed values the schema lists than `values` shows. */
  moreValues?: number;
}

const MAX_DEPTH = 4;
const MAX_ROWS = 200;
/** Characters shown of one name, type, description and allowed value. */
const NAME_LIMIT = 120;
const TYPE_LIMIT = 100;
const DESCRIPTION_LIMIT = 500;
const VALUE_LIMIT = 100;
const VALUES_SHOWN = 20;
/** Characters of descriptions and values shown in the whole table; later rows show name and type only. */
const TEXT_BUDGET = 20_000;
/** What a row shows instead of text once the table's budget is spent. */
export const TEXT_LEFT_OUT = '(left out: the page shows the first 20,000 characters of parameter text)';

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
  let budget = TEXT_BUDGET;
  const shown = (text: string, limit: number): string => {
    const { text: out } = displayText(text, Math.min(limit, Math.max(budget, 0)));
    budget -= out.length;
    return out;
  };
  const walk = (properties: unknown, required: unknown, prefix: string, depth: number) => {
    if (!isNode(properties)) return;
    const requiredNames = new Set(Array.isArray(required) ? required.filter((r) => typeof r === 'string') : []);
    for (const [name, value] of Object.entries(properties)) {
      if (rows.length >= MAX_ROWS) return;
      const schema = isNode(value) ? value : {};
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const description = typeof schema.description === 'string' && schema.description !== '' ? schema.description : undefined;
      const values = Array.isArray(schema.enum) ? schema.enum : undefined;
      const row: ParameterRow = {
        name: displayText(path, NAME_LIMIT).text,
        depth,
        type: displayText(typeLabel(schema), TYPE_LIMIT).text,
        required: requiredNames.has(name),
      };
      if ((description !== undefined || values !== undefined) && budget <= 0) row.description = TEXT_LEFT_OUT;
      else {
        if (description !== undefined) row.description = shown(description, DESCRIPTION_LIMIT);
        if (values !== undefined) {
          row.values = values.slice(0, VALUES_SHOWN).map((v) => shown(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)), VALUE_LIMIT));
          if (values.length > VALUES_SHOWN) row.moreValues = values.length - VALUES_SHOWN;
        }
      }
      rows.push(row);
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
