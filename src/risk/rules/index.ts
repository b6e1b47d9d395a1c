/**
 * Every rule of the risk engine in one list, by section, for the methodology page (which is
 * generated from it), the engine version (a hash of it) and the tests (one per rule id, from the
 * rule's own examples).
 */
import type { Tool } from '../../catalogue/schema.ts';
import type { Classification } from '../schema.ts';
import { ANNOTATION_RULES } from './annotations.ts';
import { DESCRIPTION_RULES, OPENING_VERB_RULE } from './description.ts';
import { HINT_RULES } from './hints.ts';
import { NAME_RULES } from './names.ts';
import { OPERATION_RULES } from './operations.ts';
import { PARAMETER_RULES } from './parameters.ts';
import { POISONING_RULES } from './poisoning.ts';
import type { RuleMeta, RuleSection, ToolExample } from './types.ts';
import { VERB_RULES } from './verbs.ts';
import { VERDICT_RULES } from './verdict.ts';

export interface RuleEntry extends RuleMeta {
  section: RuleSection;
}

function section(name: RuleSection, rules: readonly RuleMeta[]): RuleEntry[] {
  return rules.map((rule) => ({
    id: rule.id,
    summary: rule.summary,
    implies: rule.implies,
    fires: rule.fires,
    quiet: rule.quiet,
    section: name,
  }));
}

/** Every rule, in the methodology's order. */
export const RULES: readonly RuleEntry[] = [
  ...section('name', Object.values(NAME_RULES)),
  ...section('verb', VERB_RULES),
  ...section('description', [OPENING_VERB_RULE, ...DESCRIPTION_RULES]),
  ...section('parameter', PARAMETER_RULES),
  ...section('operation', Object.values(OPERATION_RULES)),
  ...section('annotation', Object.values(ANNOTATION_RULES)),
  ...section('poisoning', Object.values(POISONING_RULES)),
  ...section('verdict', Object.values(VERDICT_RULES)),
  ...section('hint', HINT_RULES),
];

export const RULE_BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map((rule) => [rule.id, rule]));

/** The ids of every rule that applied to a classification: its findings, their refinements, the verdict steps and the hint rules. */
export function rulesApplied(classification: Classification): Set<string> {
  const ids = new Set<string>();
  for (const signal of classification.signals) {
    ids.add(signal.rule);
    for (const id of signal.refinedBy) ids.add(id);
  }
  for (const id of classification.decidedBy) ids.add(id);
  for (const reason of Object.values(classification.hintReasons)) ids.add(reason.rule);
  return ids;
}

/** A rule's example as a tool definition: "string: a path" becomes `{ type: 'string', description: 'a path' }`. */
export function exampleTool(example: ToolExample): Tool {
  const properties = Object.fromEntries(
    Object.entries(example.parameters ?? {}).map(([name, spec]) => {
      if (typeof spec !== 'string') return [name, { ...spec, ...(spec.enum ? { enum: [...spec.enum] } : {}) }];
      const [type, ...rest] = spec.split(':');
      const description = rest.join(':').trim();
      const schema = type!.endsWith('[]') ? { type: 'array', items: { type: type!.slice(0, -2) } } : { type: type! };
      return [name, description ? { ...schema, description } : schema];
    }),
  );
  return {
    name: example.name,
    ...(example.description ? { description: example.description } : {}),
    inputSchema: { type: 'object', properties },
    ...(example.annotations ? { annotations: { ...example.annotations } } : {}),
    ...(example.override ? { atlas: { override: { ...example.override } } } : {}),
  };
}
