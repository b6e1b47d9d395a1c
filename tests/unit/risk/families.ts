/**
 * Helpers of the word-family tests (families-*.test.ts): a fix of the risk engine is checked on
 * several wordings an author would use, and on close ones where it must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { classifyTool } from '../../../src/risk/classify.ts';
import { recommendRule } from '../../../src/risk/policy/recommend.ts';
import { exampleTool, rulesApplied } from '../../../src/risk/rules/index.ts';
import type { ToolExample } from '../../../src/risk/rules/types.ts';

/** What a test of a family looks at: the verdict, the recommended action and checks, the rules that gave evidence. */
export function exampleVerdict(example: ToolExample) {
  const tool = exampleTool(example);
  const c = classifyTool(tool);
  const rule = recommendRule(tool, c);
  return {
    category: c.category,
    risk: c.risk,
    action: rule.action,
    rules: c.evidenceRules,
    arguments: 'arguments' in rule ? rule.arguments : undefined,
    ro: c.suggestedAnnotations.readOnlyHint,
  };
}

/** The rule `id` applies to every tool of `fires` and to none of `quiet`, one test each, named by the tool. */
export function ruleFamily(id: string, fires: readonly ToolExample[], quiet: readonly ToolExample[]): void {
  const named = (examples: readonly ToolExample[]) =>
    examples.map((t) => [`${t.name} ${t.description ?? JSON.stringify(t.parameters ?? {})}`, t] as const);
  describe(id, () => {
    it.each(named(fires))('fires: %s', (_, t) => {
      expect([...rulesApplied(classifyTool(exampleTool(t)))]).toContain(id);
    });
    it.each(named(quiet))('quiet: %s', (_, t) => {
      expect([...rulesApplied(classifyTool(exampleTool(t)))]).not.toContain(id);
    });
  });
}
