/**
 * What every rule of the risk engine has in common, whatever table it sits in: a stable id that
 * findings carry and tool pages link to, a sentence for the methodology page, what it implies, and
 * two small example tools (one it fires on, a close one it must not fire on) that a unit test
 * classifies. The methodology page lists every rule from these tables, so it cannot drift.
 */
import type { Category, RiskLevel } from '../../values/index.ts';
import type { Capability } from '../schema.ts';

/**
 * A parameter of an example tool: its JSON type, optionally with a description ("string: the
 * shell command to run"), or a whole JSON Schema when the example needs more (an enum).
 */
export type ExampleParameter = string | { type: string; description?: string; enum?: readonly (string | number | boolean)[] };

/** A small tool definition for a rule's examples. */
export interface ToolExample {
  name: string;
  description?: string;
  /** Parameters by name, each "type" or "type: description" ("boolean", "string: a path on disk"); "string[]" for arrays of strings. */
  parameters?: Record<string, ExampleParameter>;
  annotations?: { readOnlyHint?: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint?: boolean };
  /** A hand review of the verdict, as a catalogue's `atlas.override` gives it. */
  override?: { category?: Category; risk?: RiskLevel };
}

/** The tables rules live in, in the order the methodology page presents them. */
export const RULE_SECTIONS = [
  'name',
  'verb',
  'description',
  'parameter',
  'operation',
  'annotation',
  'poisoning',
  'verdict',
  'hint',
] as const;
export type RuleSection = (typeof RULE_SECTIONS)[number];

export interface RuleMeta {
  /** Stable id, "parameter.shell-command": the first part is its section. */
  id: string;
  /** What the rule looks for, and when, in one sentence for the methodology page. */
  summary: string;
  /** What a match implies (for the methodology page; the finding says the same). */
  implies: {
    category?: Category;
    risk?: RiskLevel | 'one level up' | 'at most medium' | 'at most high';
    capability?: Capability;
    hint?: string;
  };
  /** A tool the rule fires on. */
  fires: ToolExample;
  /** A close tool it must not fire on. */
  quiet: ToolExample;
}
