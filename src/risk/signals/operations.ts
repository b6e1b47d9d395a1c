/**
 * Multi-action tools: one tool whose `action`/`operation` argument picks what it does ("list",
 * "get-job", "delete-job"). Such a tool is as dangerous as its worst operation, since the agent
 * chooses the operation on every call. Values come from the argument's `enum`, else from the
 * lists authors write in the argument's or the tool's description.
 */
import type { Category, RiskLevel, Tool } from '../../catalogue/schema.ts';
import { CATEGORY_RANK, RISK_RANK } from '../schema.ts';
import { listJoin, quoted } from '../text.ts';
import { splitWords, type Word } from '../words.ts';
import { snakeName, type ToolContext } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { judgeVerb, lookupVerb, nounClasses } from './judge.ts';
import { argumentDescriptions } from './parameters.ts';
import { nameSignals, type NameFacts } from './name.ts';

const DISPATCH_PARAM = /^(action|actions|operation|operations|op|api_operation|resource_action|operation_name|command)$/;
/** Name verbs that mean "does whatever the argument says". */
const DISPATCH_VERBS = new Set(['manage', 'handle', 'control', 'process', 'call', 'execute', 'exec', 'run', 'invoke', 'dispatch']);

const IDENTIFIER = /\b[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+\b/g;
const CAMEL = /\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/g;
const CAMEL_WHOLE = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/;
const QUOTED_WORD = /["'`“]([A-Za-z][A-Za-z_-]*)["'`”]/g;
const LIST_ITEM = /(?:^|\s)[-*•]\s*([A-Za-z][A-Za-z_-]*)\s*:/g;
const UPPER_WORD = /\b[A-Z][A-Z_]{2,}\b/g;
const COLON_LIST = /(?:perform|values?|operations?|actions?|modes?)\s*(?:are|is)?\s*:\s*([^.\n]+)/gi;
const NOT_OPERATION = /^(read|write)[-_]only$/i;
const MAX_VALUES = 60;

export interface Operation {
  value: string;
  category: Category;
  risk: RiskLevel;
  /** "deletes", from the lexicon. */
  does: string;
  /** The object words of the operation ("job"). */
  object: string;
}

export interface OperationSet {
  /** The argument that selects the operation. */
  param: string;
  /** True when the values come from the schema's `enum`, false when read from prose. */
  enumerated: boolean;
  operations: Operation[];
}

/** The operations a multi-action tool dispatches, if it is one. */
export function toolOperations(tool: Tool, nameFacts: NameFacts, argumentLines: ReadonlyMap<string, string> = argumentDescriptions(tool.description ?? '')): OperationSet | undefined {
  const parameters = Object.entries(tool.inputSchema.properties ?? {});
  const parameterNames = new Set(parameters.map(([name]) => name));
  const dispatches = nameFacts.verbs.length === 0 || nameFacts.findings.some((f) => f.source === 'name' && f.strength === 'weak' && f.category !== null) ||
    nameFacts.verbs.some((verb) => DISPATCH_VERBS.has(verb));
  if (!dispatches) return undefined;
  for (const [param, schema] of parameters) {
    if (!DISPATCH_PARAM.test(snakeName(param))) continue;
    if (snakeName(param) === 'command' && !Array.isArray(schema.enum)) continue;
    const enumValues = Array.isArray(schema.enum) ? schema.enum.filter((v): v is string => typeof v === 'string').slice(0, MAX_VALUES) : [];
    const described = schema.description ?? argumentLines.get(param);
    // The enum, else the values the argument's description lists, else operation-like identifiers
    // ("get_credits", "CreateCluster") in the tool's description: the first source that yields any.
    const sources: (() => string[])[] = [
      () => enumValues,
      () => (described ? candidates(described) : []),
      () => (tool.description ? candidates(tool.description).filter((value) => value.includes('_') || CAMEL_WHOLE.test(value)) : []),
    ];
    for (const [index, source] of sources.entries()) {
      if (index > 0 && enumValues.length > 0) break;
      // "start_date" is another argument, not an operation.
      const values = source().filter((value) => !parameterNames.has(value));
      const operations = judge(values, nameFacts.words, nameFacts.browser);
      if (operations.length > 0) return { param, enumerated: index === 0, operations };
    }
  }
  return undefined;
}

function candidates(text: string): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    if (value && found.size < MAX_VALUES) found.add(value.trim());
  };
  for (const pattern of [IDENTIFIER, CAMEL, QUOTED_WORD, LIST_ITEM, UPPER_WORD]) {
    for (const match of text.matchAll(pattern)) {
      // "--allow-write" is a command-line flag, and "read-only" an adjective, not operations.
      if (text[match.index - 1] === '-' || NOT_OPERATION.test(match[1] ?? match[0])) continue;
      add(match[1] ?? match[0]);
    }
  }
  for (const match of text.matchAll(COLON_LIST)) {
    for (const item of match[1]!.split(/,|\bor\b|\band\b/)) {
      const word = item.trim().replace(/^["'`“]|["'`”]$/g, '');
      if (/^[A-Za-z][A-Za-z_-]*$/.test(word)) add(word);
    }
  }
  return [...found];
}

function judge(values: readonly string[], toolWords: readonly Word[], browser: boolean): Operation[] {
  const operations: Operation[] = [];
  for (const value of values) {
    const words = splitWords(value);
    // The first verb of the value: "batch_delete" deletes, in bulk.
    const index = words.findIndex((word) => {
      const hit = lookupVerb(word);
      return hit !== undefined && (!hit.entry.browserOnly || browser);
    });
    if (index === -1 || index > 1) continue;
    const hit = lookupVerb(words[index]!)!;
    const object = words.filter((_, i) => i !== index);
    const all = [...words, ...toolWords];
    const judged = judgeVerb(hit.key, hit.entry, nounClasses(all), all, nounClasses(object.length > 0 ? object : toolWords));
    operations.push({
      value,
      category: judged.category,
      risk: judged.risk,
      does: hit.entry.does,
      object: object.map((w) => w.lower).join(' '),
    });
  }
  return operations;
}

/** The worst operation first: by category power, then by risk. */
export function byDanger(a: Operation, b: Operation): number {
  return CATEGORY_RANK[b.category] - CATEGORY_RANK[a.category] || RISK_RANK[b.risk] - RISK_RANK[a.risk];
}

export function operationSignals(tool: Tool, context: ToolContext): { findings: Finding[]; operations: OperationSet | undefined } {
  const set = toolOperations(tool, context.nameFacts, context.argumentLines);
  if (!set) return { findings: [], operations: undefined };
  const sorted = [...set.operations].sort(byDanger);
  const findings: Finding[] = [];
  const field = `inputSchema.properties.${set.param}`;
  const total = sorted.length;
  const perCategory = new Map<Category, Operation>();
  for (const op of sorted) if (!perCategory.has(op.category)) perCategory.set(op.category, op);
  for (const op of perCategory.values()) {
    const object = op.object ? quoted(op.object) : 'its target';
    findings.push(
      finding({
        source: 'operation',
        text: op.value,
        field,
        category: op.category,
        risk: op.risk,
        capability: op.category === 'Destructive' ? 'destruction' : null,
        ...(op.category === 'Read' ? {} : { asReadOnly: null }),
        note:
          `The \`${set.param}\` argument accepts ${quoted(op.value)}${total > 1 ? `, one of ${total} operations` : ''}: ` +
          `with that value the tool ${op.does} ${object}.`,
        clause: `${op.does} ${object} when \`${set.param}\` is ${quoted(op.value)}`,
      }),
    );
  }
  if (perCategory.size > 1) {
    const counts = [...perCategory.keys()].map((category) => `${set.operations.filter((op) => op.category === category).length} ${category}`);
    findings.push(
      finding({
        source: 'operation',
        effect: 'context',
        text: sorted.slice(0, 4).map((op) => op.value).join(', '),
        field,
        capability: 'multi-action',
        note:
          `\`${set.param}\` switches one tool between ${listJoin(counts)} operations ` +
          `(${sorted.slice(0, 4).map((op) => quoted(op.value)).join(', ')}${total > 4 ? ', …' : ''}); the agent picks one on every call.`,
        clause: `bundles ${total} operations behind \`${set.param}\``,
      }),
    );
  }
  return { findings, operations: set };
}

/** The operations of a multi-action tool, from the tool alone (for the policy recommendation). */
export function dispatchedOperations(tool: Tool): OperationSet | undefined {
  return toolOperations(tool, nameSignals(tool.name, splitWords(tool.name)));
}
