/**
 * A tool's input schema as rows a person can read: one per argument, nested object properties
 * and array items flattened under dotted names (`filter.tags[]`). Untrusted schemas can be deep or
 * refer to themselves (`$ref` cycles); rows stop at a fixed depth and `$ref`s are shown, never followed.
 * Every text is bounded (names, types, descriptions, allowed values, and all of them together), so a
 * schema of megabytes makes a table of kilobytes, and invisible characters are shown as ⟨U+200B⟩.
 * Whatever a table leaves out it says (`ParameterTableCut`), and the page links the full definition.
 */
import type { InputSchema } from '../catalogue/schema.ts';
import { displayText, plural } from './display.ts';
import { isRecord } from '../catalogue/json-types.ts';

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

/** `string`, `string | null`, `array of string`, `one of: ...`, `$ref #/defs/x`. */
export function typeLabel(schema: Node): string {
  if (typeof schema.$ref === 'string') return `reference to ${schema.$ref}`;
  const type = schema.type;
  if (Array.isArray(type)) return type.filter((t) => typeof t === 'string').join(' | ') || 'any';
  if (type === 'array' && isRecord(schema.items)) return `array of ${typeLabel(schema.items)}`;
  if (typeof type === 'string') return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options)) {
      const labels = [...new Set(options.filter(isRecord).map(typeLabel))];
      if (labels.length > 0) return labels.join(' | ');
    }
  }
  if (Array.isArray(schema.enum)) return 'enum';
  return 'any';
}

/** What a parameter table leaves out of its schema; see `parameterTable`. */
export interface ParameterTableCut {
  /** Rows the whole schema makes (arguments and their nested fields, down to the depth shown). */
  totalRows: number;
  /** Rows not shown because the table stops at `MAX_ROWS`. */
  rowsLeftOut: number;
  /** The schema nests fields deeper than the table goes (`MAX_DEPTH` levels). */
  deeper: boolean;
  /** Descriptions or allowed values past the table's text budget are left out. */
  textLeftOut: boolean;
  /** Some names, descriptions or values are cut short (shown with "…"), or lists of allowed values shortened. */
  textCut: boolean;
}

export interface ParameterTableView {
  rows: ParameterRow[];
  /** Undefined when the table shows everything the schema says. */
  cut?: ParameterTableCut;
}

/** The rows of a tool's parameter table and what, if anything, they leave out (see the module comment). */
export function parameterTable(inputSchema: InputSchema): ParameterTableView {
  const rows: ParameterRow[] = [];
  let budget = TEXT_BUDGET;
  let totalRows = 0;
  let deeper = false;
  let textLeftOut = false;
  let textCut = false;
  const shown = (text: string, limit: number): string => {
    const out = displayText(text, Math.min(limit, Math.max(budget, 0)));
    if (out.truncated) textCut = true;
    budget -= out.text.length;
    return out.text;
  };
  const label = (text: string, limit: number): string => {
    const out = displayText(text, limit);
    if (out.truncated) textCut = true;
    return out.text;
  };
  // In the schema's order, at most MAX_DEPTH levels down; rows past MAX_ROWS are counted, not built.
  const walk = (properties: Node, required: unknown, prefix: string, depth: number) => {
    const requiredNames = new Set(Array.isArray(required) ? required.filter((r) => typeof r === 'string') : []);
    for (const [name, value] of Object.entries(properties)) {
      totalRows++;
      const schema = isRecord(value) ? value : {};
      const path = prefix === '' ? name : `${prefix}.${name}`;
      if (rows.length < MAX_ROWS) {
        const description = typeof schema.description === 'string' && schema.description !== '' ? schema.description : undefined;
        const values = Array.isArray(schema.enum) ? schema.enum : undefined;
        const row: ParameterRow = {
          name: label(path, NAME_LIMIT),
          depth,
          type: label(typeLabel(schema), TYPE_LIMIT),
          required: requiredNames.has(name),
        };
        if ((description !== undefined || values !== undefined) && budget <= 0) {
          row.description = TEXT_LEFT_OUT;
          textLeftOut = true;
        } else {
          if (description !== undefined) row.description = shown(description, DESCRIPTION_LIMIT);
          if (values !== undefined) {
            row.values = values
              .slice(0, VALUES_SHOWN)
              .map((v) => shown(typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)), VALUE_LIMIT));
            if (values.length > VALUES_SHOWN) {
              row.moreValues = values.length - VALUES_SHOWN;
              textCut = true;
            }
          }
        }
        rows.push(row);
      }
      const nested = isRecord(schema.properties)
        ? ([schema.properties, schema.required, path] as const)
        : isRecord(schema.items) && isRecord(schema.items.properties)
          ? ([schema.items.properties, schema.items.required, `${path}[]`] as const)
          : undefined;
      if (!nested) continue;
      if (depth + 1 >= MAX_DEPTH) {
        if (Object.keys(nested[0]).length > 0) deeper = true;
        continue;
      }
      // Nested rows follow their parent: walked now, before the parent's next sibling.
      walk(nested[0], nested[1], nested[2], depth + 1);
    }
  };
  if (isRecord(inputSchema.properties)) walk(inputSchema.properties, inputSchema.required, '', 0);
  const rowsLeftOut = totalRows - rows.length;
  if (rowsLeftOut === 0 && !deeper && !textLeftOut && !textCut) return { rows };
  return { rows, cut: { totalRows, rowsLeftOut, deeper, textLeftOut, textCut } };
}

export function parameterRows(inputSchema: InputSchema): ParameterRow[] {
  return parameterTable(inputSchema).rows;
}

/**
 * What an incomplete table leaves out, as sentences for the note above it: "The table shows 200 of
 * the schema's 251 rows: it stops at 200. ..." Empty when nothing is left out.
 */
export function parameterCutSentences(cut: ParameterTableCut | undefined): string[] {
  if (!cut) return [];
  const sentences: string[] = [];
  if (cut.rowsLeftOut > 0) {
    sentences.push(
      `The table shows ${plural(cut.totalRows - cut.rowsLeftOut, 'row')} of the ${cut.totalRows.toLocaleString('en')} that the ` +
        `arguments and their fields make: it stops at ${MAX_ROWS.toLocaleString('en')} rows, so that no schema can make a page ` +
        `of megabytes.`,
    );
  }
  if (cut.deeper) sentences.push(`Fields nested more than ${MAX_DEPTH} levels deep are not shown.`);
  if (cut.textLeftOut)
    sentences.push(
      `Descriptions and allowed values past the first ${TEXT_BUDGET.toLocaleString('en')} characters of parameter text are left out.`,
    );
  if (cut.textCut) sentences.push('Long names, descriptions and values are cut short (…), and long lists of allowed values shortened.');
  return sentences;
}

/** "3 parameters, 2 required" / "1 parameter, none required" / "no parameters". */
export function parameterCountLabel(inputSchema: InputSchema): string {
  const names = Object.keys(inputSchema.properties ?? {});
  if (names.length === 0) return 'no parameters';
  const required = new Set(inputSchema.required ?? []);
  const requiredCount = names.filter((name) => required.has(name)).length;
  const noun = names.length === 1 ? 'parameter' : 'parameters';
  const requiredText =
    requiredCount === 0
      ? 'none required'
      : requiredCount === names.length && names.length > 1
        ? 'all required'
        : `${requiredCount} required`;
  return `${names.length} ${noun}, ${requiredText}`;
}
