/**
 * Stable formatting of server files, so that writing the same server twice gives the same bytes
 * and a catalogue kept in git gets readable diffs. Keys of known shapes come in a fixed, readable
 * order; other keys follow sorted; arrays and JSON Schema `properties` keep their order, since a
 * tool's order on its server and its parameters' order carry meaning.
 */
import type { ServerFile } from './schema.ts';

const KEY_ORDER: Record<string, readonly string[]> = {
  server: ['name', 'slug', 'package', 'description', 'repository', 'provenance', 'tools'],
  package: ['registry', 'name', 'version'],
  tool: ['name', 'title', 'description', 'inputSchema', 'outputSchema', 'annotations', 'atlas'],
  schema: ['type', 'title', 'description', 'enum', 'default', 'items', 'properties', 'required'],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function ordered(value: Record<string, Json>, known: readonly string[], child: (key: string, v: Json) => Json): Record<string, Json> {
  const out: Record<string, Json> = {};
  const rest = Object.keys(value)
    .filter((key) => !known.includes(key))
    .sort();
  for (const key of [...known.filter((k) => Object.hasOwn(value, k)), ...rest]) {
    if (value[key] === undefined) continue;
    // defineProperty, not assignment: a hostile key such as "__proto__" must stay a plain key.
    Object.defineProperty(out, key, { value: child(key, value[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortDeep(value: Json, inSchema = false): Json {
  if (Array.isArray(value)) return value.map((item) => sortDeep(item, inSchema));
  if (!isObject(value)) return value;
  return ordered(value, inSchema ? KEY_ORDER.schema! : [], (key, v) =>
    // `properties` is a map of names in the author's order; its values are schemas again.
    inSchema && key === 'properties' && isObject(v)
      ? Object.fromEntries(Object.entries(v).map(([name, s]) => [name, sortDeep(s, true)]))
      : sortDeep(v, inSchema),
  );
}

function formatTool(tool: Json): Json {
  if (!isObject(tool)) return tool;
  return ordered(tool, KEY_ORDER.tool!, (key, v) => (key === 'inputSchema' || key === 'outputSchema' ? sortDeep(v, true) : sortDeep(v)));
}

/** The canonical text of a server file: 2-space JSON, stable key order, trailing newline. */
export function formatServerFile(server: ServerFile): string {
  const json = JSON.parse(JSON.stringify(server)) as { [key: string]: Json };
  const out = ordered(json, KEY_ORDER.server!, (key, v) => {
    if (key === 'tools' && Array.isArray(v)) return v.map(formatTool);
    if (key === 'package' && isObject(v)) return ordered(v, KEY_ORDER.package!, (_, x) => sortDeep(x));
    return sortDeep(v);
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}
