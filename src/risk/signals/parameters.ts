/**
 * Signals from the input schema: each parameter is judged by the first row of PARAMETER_RULES
 * (src/risk/rules/parameters.ts) that applies to it.
 */
import type { JsonSchemaNode } from '../../catalogue/schema.ts';
import { PARAMETER_RULES, servesUploads, type ParameterFacts } from '../rules/parameters.ts';
import { VERBS } from '../lexicon.ts';
import { quoted } from '../text.ts';
import { snakeName, typesOf, type ToolContext } from './context.ts';
import { finding, type Finding } from './finding.ts';

/** Lines such as "path: JSONPath expression" in the description's Args block, by parameter name. */
const ARG_LINE = /^[ \t]*[-*]?[ \t]*`?([A-Za-z_][A-Za-z0-9_]*)`?[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t]*(\S.*)$/gm;

export function argumentDescriptions(description: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of description.matchAll(ARG_LINE)) if (!found.has(match[1]!)) found.set(match[1]!, match[2]!);
  return found;
}

const MAX_PARAMETERS = 100;
const MAX_DEPTH = 3;

/**
 * The parameters, and the properties of those that are objects ("request": {"cache_node_type", ...})
 * or arrays of objects ("spec.services[].run_command"): many servers wrap every argument in one
 * object, and an app spec hides its commands in a list of services. The top-level parameters
 * first, then the nested ones breadth-first, up to three levels and 100 in all.
 */
function withNested(parameters: readonly [string, JsonSchemaNode][]): Parameter[] {
  const out: Parameter[] = [];
  const topNames = parameters.map(([name]) => name);
  let level: Parameter[] = parameters.map(([name, schema]) => [name, schema, topNames]);
  for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next: Parameter[] = [];
    for (const entry of level) {
      if (out.length >= MAX_PARAMETERS) return out;
      out.push(entry);
      const [name, schema] = entry;
      const children = childrenOf(schema);
      const childNames = children.map(([child]) => child.slice(child.lastIndexOf('.') + 1));
      for (const [child, childSchema] of children) next.push([`${name}${child}`, childSchema, childNames]);
    }
    level = next;
  }
  return out;
}

/** A parameter or nested property, its schema, and the names of all the properties of the object that holds it. */
type Parameter = [name: string, schema: JsonSchemaNode, siblings: readonly string[]];

/** The properties of an object (".name"), or of the objects an array holds ("[].name"). */
function childrenOf(schema: JsonSchemaNode): [string, JsonSchemaNode][] {
  const items = (schema as { items?: unknown }).items;
  const [prefix, holder] = isSchema(items) ? ['[].', items] : ['.', schema];
  const properties = (holder as { properties?: unknown }).properties;
  if (!isSchema(properties)) return [];
  return Object.entries(properties).flatMap(([child, childSchema]) =>
    isSchema(childSchema) ? [[`${prefix}${child}`, childSchema as JsonSchemaNode] as [string, JsonSchemaNode]] : [],
  );
}

function isSchema(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "spec.services[].run_command" -> "inputSchema.properties.spec.properties.services.items.properties.run_command". */
function fieldPath(name: string): string {
  return `inputSchema.properties.${name
    .split('.')
    .map((part) => (part.endsWith('[]') ? `${part.slice(0, -2)}.items` : part))
    .join('.properties.')}`;
}

/**
 * The verb of what a parameter makes the call do, with what the lexicon says it does to its object; a verb the lexicon
 * does not know ("initiate") starts something new, which adds.
 */
function actingVerb(verb: string | undefined): Pick<Finding, 'verb' | 'verbEffect' | 'verbIdempotent'> {
  if (verb === undefined) return {};
  const entry = VERBS.get(verb);
  return { verb, verbEffect: entry?.effect ?? 'adds', verbIdempotent: entry?.idempotent ?? false };
}

export function parameterSignals(context: ToolContext): Finding[] {
  const findings: Finding[] = [];
  const reads = context.nameCategory === undefined || context.nameCategory === 'Read';
  for (const [name, schema, siblings] of withNested(context.parameters)) {
    const described = schema.description ?? context.argumentLines.get(name) ?? '';
    const types = typesOf(schema);
    const facts: ParameterFacts = {
      name,
      // A nested property is judged by its own name ("request.cache_node_type" -> "cache_node_type").
      snake: snakeName(name.slice(name.lastIndexOf('.') + 1)),
      nested: name.includes('.'),
      siblings,
      schema,
      described,
      about: `${described} ${context.summary}`,
      shown: described ? `\`${name}\` (${quoted(described, 90)})` : `\`${name}\``,
      types,
      isText: types.length === 0 || types.includes('string') || types.includes('array'),
      isBoolean: types.includes('boolean'),
      isNumber: types.includes('integer') || types.includes('number'),
      reads,
      tool: context,
    };
    const rule = PARAMETER_RULES.find((row) => row.applies(facts));
    if (!rule) continue;
    // A file uploaded into a browser page goes wherever the page sends it; one uploaded to a live site is published.
    const risk =
      rule.set.capability === 'file-upload' && (context.nameFacts.browser || servesUploads(context)) ? { risk: 'high' as const } : {};
    findings.push(
      finding({
        rule: rule.id,
        source: 'parameter',
        text: name,
        field: fieldPath(name),
        ...rule.set,
        ...risk,
        note: rule.note(facts),
        clause: rule.clause(facts),
        ...actingVerb(rule.acts?.(facts)),
      }),
    );
  }
  return findings;
}
