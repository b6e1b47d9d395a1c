/**
 * Signals from the input schema: each parameter is judged by the first row of PARAMETER_RULES
 * (src/risk/rules/parameters.ts) that applies to it.
 */
import type { JsonSchemaNode } from '../../catalogue/schema.ts';
import { PARAMETER_RULES, type ParameterFacts } from '../rules/parameters.ts';
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

/**
 * The parameters, and the properties of those that are objects ("request": {"cache_node_type", ...}):
 * many servers wrap every argument in one object. One level deep, at most 100 in all.
 */
function withNested(parameters: readonly [string, JsonSchemaNode][]): [string, JsonSchemaNode][] {
  const out: [string, JsonSchemaNode][] = [];
  for (const [name, schema] of parameters) {
    out.push([name, schema]);
    const nested = (schema as { properties?: unknown }).properties;
    if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) continue;
    for (const [child, childSchema] of Object.entries(nested as Record<string, unknown>)) {
      if (out.length >= 100) break;
      if (typeof childSchema === 'object' && childSchema !== null && !Array.isArray(childSchema)) out.push([`${name}.${child}`, childSchema as JsonSchemaNode]);
    }
  }
  return out;
}

export function parameterSignals(context: ToolContext): Finding[] {
  const findings: Finding[] = [];
  const reads = context.nameCategory === undefined || context.nameCategory === 'Read';
  for (const [name, schema] of withNested(context.parameters)) {
    const described = schema.description ?? context.argumentLines.get(name) ?? '';
    const types = typesOf(schema);
    const facts: ParameterFacts = {
      name,
      // A nested property is judged by its own name ("request.cache_node_type" -> "cache_node_type").
      snake: snakeName(name.slice(name.lastIndexOf('.') + 1)),
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
    findings.push(finding({
      rule: rule.id,
      source: 'parameter',
      text: name,
      field: `inputSchema.properties.${name.replace('.', '.properties.')}`,
      ...rule.set,
      note: rule.note(facts),
      clause: rule.clause(facts),
    }));
  }
  return findings;
}
