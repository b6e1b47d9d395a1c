/**
 * What the builder components render and hand to the browser script (build time only): the
 * recommended rule, what a rule falls back on, and the argument checks offered. The script gets
 * this as JSON in a data attribute, so it never needs the risk engine or zod.
 */
import type { Tool } from '../catalogue/schema.ts';
import { denyReason, recommendRule, suggestedLimit } from '../risk/policy/recommend.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import type { Classification } from '../risk/schema.ts';
import type { ArgumentOption, Scalar } from './controls.ts';
import { builderOptions } from './options.ts';
import type { BuilderTool, RuleDefaults } from './rule.ts';

/** The server a policy is for, as the compilers name it in their files' headers (and Docker keys its list by). */
export interface BuilderServer {
  name: string;
  slug: string;
}

export interface ToolBuilderModel {
  toolName: string;
  server: BuilderServer;
  recommended: ToolRule;
  defaults: RuleDefaults;
  options: ArgumentOption[];
}

export interface ServerBuilderModel {
  tools: BuilderTool[];
  server: BuilderServer;
}

interface ToolEntry {
  slug: string;
  tool: Tool;
  classification: Classification;
}

export function ruleDefaults(tool: Tool, classification: Classification): RuleDefaults {
  return { limit: suggestedLimit(tool.name, classification.category), denyReason: denyReason(tool.name, classification) };
}

export function toolBuilderModel(
  entry: ToolEntry,
  server: BuilderServer,
  rule: ToolRule = recommendRule(entry.tool, entry.classification),
): ToolBuilderModel {
  const { tool, classification } = entry;
  // The operations the classifier found (it saw the server's other tools, so a sibling's name in
  // the prose is not offered as an operation), rather than reading the definition again per page.
  const operations = classification.operations;
  const known = new Map<string, Scalar[]>(operations ? [[operations.param, operations.values.map((op) => op.value)]] : []);
  return {
    toolName: tool.name,
    server,
    recommended: rule,
    defaults: ruleDefaults(tool, classification),
    options: builderOptions(tool.inputSchema, rule, known),
  };
}

/** Every tool of a server with its recommended rule, in the order of the server's policy.json. */
export function serverBuilderModel(tools: readonly ToolEntry[], server: BuilderServer): ServerBuilderModel {
  return {
    server,
    tools: tools.map(({ tool, classification }) => ({
      name: tool.name,
      recommended: recommendRule(tool, classification),
      defaults: ruleDefaults(tool, classification),
    })),
  };
}
