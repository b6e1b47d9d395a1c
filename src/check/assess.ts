/**
 * Pure: a listed server's tools classified as the site classifies them, with what the lock file and
 * the findings need of each: fingerprint, definition, verdict, recommended rule, the rule of the
 * risk engine that decided the verdict, and any tool-poisoning signal.
 */
import { FINGERPRINTED_FIELDS, toolFingerprint } from '../catalogue/fingerprint.ts';
import type { Tool } from '../catalogue/schema.ts';
import { slugify } from '../catalogue/slug.ts';
import { classifyTool } from '../risk/classify.ts';
import { recommendRule } from '../risk/policy/recommend.ts';
import type { ToolRule } from '../risk/policy/schema.ts';
import { RULE_BY_ID } from '../risk/rules/index.ts';
import type { Classification } from '../risk/schema.ts';
import type { Category, RiskLevel } from '../values/index.ts';
import type { ConfigServer } from './config.ts';

/** What the fingerprint covers, less the name: the part of a definition a rug pull changes. */
export type Definition = Partial<Record<Exclude<(typeof FINGERPRINTED_FIELDS)[number], 'name'>, unknown>>;

export interface PoisoningSignal {
  /** The poisoning rule's id: `poisoning.override`. */
  rule: string;
  /** The text that triggered it (untrusted). */
  text: string;
  note: string;
}

export interface CheckedTool {
  name: string;
  fingerprint: string;
  definition: Definition;
  category: Category;
  risk: RiskLevel;
  rule: ToolRule;
  /** The risk engine's rule behind the verdict: the strongest accepted signal's, else the verdict step's. */
  verdictRule: string;
  poisoning: PoisoningSignal[];
  tool: Tool;
  classification: Classification;
}

export interface CheckedServer {
  /** The key of the entry in the config. */
  name: string;
  transport: 'stdio' | 'streamable-http';
  /** The command line or URL as written (see variables.ts `recorded`). */
  command: string;
  serverInfo?: { name: string; version: string } | undefined;
  /** Where the entry is in the config file. */
  location: Pick<ConfigServer, 'path' | 'line' | 'column' | 'endLine'>;
  tools: CheckedTool[];
}

/** The fingerprinted fields of a tool but its name, as the lock file keeps them. */
export function definitionOf(tool: Tool): Definition {
  const definition: Definition = {};
  for (const field of FINGERPRINTED_FIELDS) {
    if (field !== 'name' && tool[field] !== undefined) definition[field] = tool[field];
  }
  return definition;
}

export function checkTools(serverName: string, tools: readonly Tool[]): CheckedTool[] {
  const siblings = new Set(tools.map((tool) => tool.name));
  return tools.map((tool) => {
    const classification = classifyTool(tool, { server: serverName, siblings });
    const strongest = classification.signals.find((signal) => signal.accepted && signal.risk !== null);
    return {
      name: tool.name,
      fingerprint: toolFingerprint(tool),
      definition: definitionOf(tool),
      category: classification.category,
      risk: classification.risk,
      rule: recommendRule(tool, classification),
      verdictRule: strongest?.rule ?? classification.decidedBy[0] ?? 'verdict.no-evidence-read',
      poisoning: classification.signals
        .filter((signal) => RULE_BY_ID.get(signal.rule)?.section === 'poisoning')
        .map((signal) => ({ rule: signal.rule, text: signal.text, note: signal.note })),
      tool,
      classification,
    };
  });
}

/** Code-unit order, the same on every machine (localeCompare depends on the ICU data at hand). */
export function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** A file-name-safe slug per server, unique among them (two keys may slugify alike). */
export function serverSlugs(names: readonly string[]): Map<string, string> {
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of [...names].sort()) {
    const base = slugify(name, 'server');
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
