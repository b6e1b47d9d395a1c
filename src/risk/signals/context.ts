/**
 * What the signal modules share about the tool under study, computed once per tool.
 */
import type { JsonSchemaNode } from '../../catalogue/schema.ts';
import type { Category } from '../../values/index.ts';
import type { NameFacts } from './name.ts';

export interface ToolContext {
  name: string;
  /** The whole description ('' when absent). */
  description: string;
  /** The description's summary sentence ('' when absent). */
  summary: string;
  /** The description's first sentences (up to `MAX_SCAN` characters), for phrase checks. */
  sentences: string[];
  /** "name: text" lines of the description's Args block, by parameter name. */
  argumentLines: Map<string, string>;
  nameFacts: NameFacts;
  /** The most powerful category among the name's verbs, if the name has a verb. */
  nameCategory: Category | undefined;
  /** The input parameters, in the author's order. */
  parameters: [string, JsonSchemaNode][];
  /** The names of the server's other tools (empty when classified alone). */
  siblings: ReadonlySet<string>;
}

/**
 * How much of a description the prose checks read. Authors put what a tool does first; a bound
 * keeps the cost per tool constant however long the text. (Tool-poisoning checks read everything.)
 */
export const MAX_SCAN = 4000;

/**
 * The JSON types a parameter accepts: `type` may be a string or a list, and optional values are
 * often written `anyOf: [{type: T}, {type: "null"}]` (Pydantic's way); "null" is left out.
 */
export function typesOf(schema: JsonSchemaNode): string[] {
  const types = new Set<string>();
  const add = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const type = (node as { type?: unknown }).type;
    for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string' && t !== 'null') types.add(t);
  };
  add(schema);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = (schema as Record<string, unknown>)[key];
    if (Array.isArray(options)) for (const option of options) add(option);
  }
  return [...types];
}

/** A parameter's name in snake_case lower case: "QueueUrl" -> "queue_url", "savePath" -> "save_path". */
export function snakeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s\-.]+/g, '_')
    .toLowerCase();
}
