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

export { typesOf } from '../../catalogue/json-types.ts';

/** A parameter's name in snake_case lower case: "QueueUrl" -> "queue_url", "savePath" -> "save_path". */
export function snakeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[\s\-.]+/g, '_')
    .toLowerCase();
}
