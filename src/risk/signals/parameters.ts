/**
 * Signals from the input schema: each parameter is judged by the first row of PARAMETER_RULES
 * (src/risk/rules/parameters.ts) that applies to it.
 */
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

export function parameterSignals(context: ToolContext): Finding[] {
  const findings: Finding[] = [];
  const reads = context.nameCategory === undefined || context.nameCategory === 'Read';
  for (const [name, schema] of context.parameters) {
    const described = schema.description ?? context.argumentLines.get(name) ?? '';
    const types = typesOf(schema);
    const facts: ParameterFacts = {
      name,
      snake: snakeName(name),
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
      field: `inputSchema.properties.${name}`,
      ...rule.set,
      note: rule.note(facts),
      clause: rule.clause(facts),
    }));
  }
  return findings;
}
