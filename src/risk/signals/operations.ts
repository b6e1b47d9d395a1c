/**
 * Multi-action tools: one tool whose `action`/`operation` argument picks what it does ("list",
 * "get-job", "delete-job"). Such a tool is as dangerous as its worst operation, since the agent
 * chooses the operation on every call. Values come from the argument's `enum`, else from the
 * lists authors write in the argument's or the tool's description.
 */
import type { JsonSchemaNode, Tool } from '../../catalogue/schema.ts';
import { CATEGORY_RANK, RISK_RANK, type Category, type RiskLevel } from '../../values/index.ts';
import type { VerbEffect } from '../lexicon.ts';
import { NAME_RULES } from '../rules/names.ts';
import { OPERATION_RULES } from '../rules/operations.ts';
import { listJoin, quoted } from '../text.ts';
import { splitWords, type Word } from '../words.ts';
import { snakeName, type ToolContext } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { classesOf, headClasses, judgeVerb, lookupVerb, nounClasses } from './judge.ts';
import { argumentDescriptions } from './parameters.ts';
import { nameSignals, type NameFacts } from './name.ts';

const DISPATCH_PARAM = /^(action|actions|operation|operations|op|api_operation|resource_action|operation_name|command|method_name|mode)$/;

const IDENTIFIER = /\b[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+\b/g;
const CAMEL = /\b[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+\b/g;
const CAMEL_WHOLE = /^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/;
const QUOTED_WORD = /["'`“]([A-Za-z][A-Za-z_-]*)["'`”]/g;
const LIST_ITEM = /(?:^|\s)[-*•]\s*([A-Za-z][A-Za-z_-]*)\s*:/g;
const UPPER_WORD = /\b[A-Z][A-Z_]{2,}\b/g;
const COLON_LIST = /(?:perform|values?|operations?|actions?|modes?)\s*(?:are|is)?\s*:\s*([^.\n]+)/gi;
const NOT_OPERATION = /^(read|write)[-_]only$/i;
const LIST_HEAD = /^[ \t]*(?:\d+[.)]|[-*•])[ \t]*\**`?([A-Za-z][A-Za-z0-9_-]*)`?\**[ \t]*(?:[—–:(-]|$)/gm;
const MAX_VALUES = 60;

export interface Operation {
  value: string;
  category: Category;
  risk: RiskLevel;
  /** "deletes", from the lexicon. */
  does: string;
  /** The object words of the operation ("job"). */
  object: string;
  /** The verb rules that judged it. */
  rules: string[];
  /** The verb, as the lexicon knows it. */
  verb: string;
  effect: VerbEffect;
  idempotent: boolean;
  /** The verb deletes outright ("delete", "drop", "purge"), not a lesser removal ("abort", "pop"). */
  deletes?: boolean;
}

export interface OperationSet {
  /** The argument that selects the operation. */
  param: string;
  /** True when the values come from the schema's `enum`, false when read from prose. */
  enumerated: boolean;
  operations: Operation[];
}

/**
 * The operations a multi-action tool dispatches, if it is one. `siblings` are the names of the
 * server's other tools: a description that mentions one ("use list_pods first") names another
 * tool, not an operation of this one.
 */
export function toolOperations(
  tool: Tool,
  nameFacts: NameFacts,
  argumentLines: ReadonlyMap<string, string> = argumentDescriptions(tool.description ?? ''),
  siblings: ReadonlySet<string> = new Set(),
): OperationSet | undefined {
  const parameters = Object.entries(tool.inputSchema.properties ?? {});
  const parameterNames = new Set(parameters.map(([name]) => name));
  const otherValues = new Set(
    parameters.flatMap(([name, schema]) =>
      DISPATCH_PARAM.test(snakeName(name)) || !Array.isArray(schema.enum)
        ? []
        : schema.enum.filter((v): v is string => typeof v === 'string'),
    ),
  );
  // One object argument whose alternatives each fix an `operation` ("selectSchema": anyOf
  // { operation: "update-forms", params }, …) dispatches whatever the tool's name says.
  for (const [param, schema] of parameters) {
    const nested = branchOperations(schema);
    if (!nested) continue;
    const operations = judge(
      nested.values.filter((value) => !siblings.has(value) && value !== tool.name),
      nameFacts.words,
      nameFacts.browser,
      true,
    );
    if (operations.length > 0) return { param: `${param}.${nested.key}`, enumerated: true, operations };
  }
  // A name whose verb is a dispatcher ("manage_jobs") takes its operations from the enum or the
  // prose; any other name ("writeNoSqlDatabaseContent") still dispatches when the schema enumerates
  // the operations ("insert", "update", "delete"): the enum is a contract, prose is not.
  const dispatches = nameFacts.verbs.length === 0 || nameFacts.entries.some((entry) => entry.weak === true || entry.dispatches === true);
  for (const [param, schema] of parameters) {
    if (!DISPATCH_PARAM.test(snakeName(param))) continue;
    if (!dispatches && !Array.isArray(schema.enum)) continue;
    if (snakeName(param) === 'command' && !Array.isArray(schema.enum)) continue;
    const enumValues = Array.isArray(schema.enum) ? schema.enum.filter((v): v is string => typeof v === 'string').slice(0, MAX_VALUES) : [];
    const described = schema.description ?? argumentLines.get(param);
    // Bounded: dispatch tools document each operation, but a megabyte of text is not a list of them.
    const description = (tool.description ?? '').slice(0, 20_000);
    // The enum; else every value the prose gives: those the argument's own description lists, those
    // the tool's description assigns to the argument (operation="get_credits") and the identifiers
    // that head its numbered or bulleted lines ("1) list_invoice_summaries - ..."). Prose is read
    // strictly: a value must start with a verb.
    const prose = () =>
      [
        ...new Set([
          ...(described ? candidates(described) : []),
          ...assignedValues(param, `${described ?? ''}\n${description}`),
          ...listHeads(description),
        ]),
      ].slice(0, MAX_VALUES);
    const sources: (() => string[])[] = [() => enumValues, prose];
    for (const [index, source] of sources.entries()) {
      if (index > 0 && (enumValues.length > 0 || !dispatches)) break;
      // "start_date" is another argument, "list_pods" another tool, "DAILY" a value of another argument: not operations.
      const values = source().filter(
        (value) => !parameterNames.has(value) && !siblings.has(value) && value !== tool.name && !otherValues.has(value),
      );
      const operations = judge(values, nameFacts.words, nameFacts.browser, index === 0);
      // Outside a dispatcher's name the name already says what the tool does; its enum adds only what
      // the name hides: a removal ("write…" with "delete"), or an operation worth more than the name's verb
      // ("review…" with "merge"). Most of its values must be verbs.
      const hides = (op: Operation) => removes(op) || outranksName(op, nameFacts);
      if (!dispatches && (operations.length < 2 || operations.length * 2 < values.length || !operations.some(hides))) continue;
      if (operations.length > 0) return { param, enumerated: index === 0, operations };
    }
  }
  return undefined;
}

/** The values of a dispatching property fixed by each alternative (`anyOf`/`oneOf`) of an object argument. */
function branchOperations(schema: JsonSchemaNode): { key: string; values: string[] } | undefined {
  const branches = [schema.anyOf, schema.oneOf].flatMap((list) => (Array.isArray(list) ? (list as unknown[]) : []));
  let key: string | undefined;
  const values: string[] = [];
  for (const branch of branches.slice(0, MAX_VALUES)) {
    const properties = (branch as { properties?: Record<string, { const?: unknown; enum?: unknown[] }> } | null)?.properties;
    if (typeof properties !== 'object' || properties === null) continue;
    const found = Object.entries(properties).find(([name]) => DISPATCH_PARAM.test(snakeName(name)));
    if (!found) continue;
    key ??= found[0];
    const [, property] = found;
    for (const value of property.const !== undefined ? [property.const] : Array.isArray(property.enum) ? property.enum : []) {
      if (typeof value === 'string' && values.length < MAX_VALUES) values.push(value);
    }
  }
  return key !== undefined && values.length >= 2 ? { key, values } : undefined;
}

/** Values the text assigns to the argument: operation="get_credits", "operation": "list", operation: `delete`. */
function assignedValues(param: string, text: string): string[] {
  const escaped = param.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`["'\`]?\\b${escaped}["'\`]?\\s*[=:]\\s*["'\`“]([A-Za-z][A-Za-z0-9_-]*)["'\`”]`, 'g');
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) if (found.size < MAX_VALUES) found.add(match[1]!);
  return [...found];
}

/** Identifiers that head numbered or bulleted lines: "1) list_invoice_summaries - ...", "- `describe-cluster`: ...". */
function listHeads(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(LIST_HEAD)) {
    const value = match[1]!;
    if (found.size < MAX_VALUES && (/[_-]/.test(value) || CAMEL_WHOLE.test(value))) found.add(value);
  }
  return [...found];
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

/** The operation deletes or drops something. */
function removes(op: Operation): boolean {
  return op.category === 'Destructive' && op.deletes === true;
}

/**
 * The operation does more than the name's verb says: a higher category, or a higher risk in the same one ("review" vs "merge").
 * (Not a run: "runQuery" of a query tool, "start" of a rebase, runs what the name already names; nor a lesser removal,
 * "abort" of a rebase, which `removes` leaves out on purpose.)
 */
function outranksName(op: Operation, nameFacts: NameFacts): boolean {
  if (op.category === 'Execute' || op.category === 'Destructive') return false;
  const named = nameFacts.findings.find((f) => f.rule === NAME_RULES.verb.id && f.category !== null && f.risk !== null);
  if (!named?.category || !named.risk) return false;
  const byCategory = CATEGORY_RANK[op.category] - CATEGORY_RANK[named.category];
  return byCategory > 0 || (byCategory === 0 && RISK_RANK[op.risk] > RISK_RANK[named.risk]);
}

/** `enumerated`: values from the schema's enum may put the verb second ("batch_delete"); prose values must start with it. */
function judge(values: readonly string[], toolWords: readonly Word[], browser: boolean, enumerated: boolean): Operation[] {
  const operations: Operation[] = [];
  for (const value of values) {
    const words = splitWords(value);
    // The first verb of the value: "batch_delete" deletes, in bulk.
    const index = words.findIndex((word) => {
      const hit = lookupVerb(word, { browser });
      return hit !== undefined;
    });
    // Enum values may put the verb second; prose values only after a word such as "batch" or "bulk".
    const leading = index === 1 && classesOf(words[0]!.lower).includes('bulk');
    if (index === -1 || index > (enumerated || leading ? 1 : 0)) continue;
    // "PURCHASE_TYPE", "RECORD_TYPE": constants in prose are values of other arguments.
    if (!enumerated && /^[A-Z0-9_]+$/.test(value)) continue;
    const hit = lookupVerb(words[index]!, { browser })!;
    const object = words.filter((_, i) => i !== index);
    const all = [...words, ...toolWords];
    const target = object.length > 0 ? object : toolWords;
    const judged = judgeVerb(hit.key, hit.entry, nounClasses(all), all, nounClasses(target), headClasses(target));
    operations.push({
      value,
      category: judged.category,
      risk: judged.risk,
      does: hit.entry.does,
      object: object.map((w) => w.lower).join(' '),
      rules: judged.rules,
      verb: hit.key,
      effect: judged.effect,
      idempotent: judged.idempotent,
      deletes: hit.entry.effect === 'removes' && RISK_RANK[hit.entry.risk] >= RISK_RANK.high,
    });
  }
  return operations;
}

/** The worst operation first: by category power, then by risk. */
export function byDanger(a: Operation, b: Operation): number {
  return CATEGORY_RANK[b.category] - CATEGORY_RANK[a.category] || RISK_RANK[b.risk] - RISK_RANK[a.risk];
}

export function operationSignals(tool: Tool, context: ToolContext): { findings: Finding[]; operations: OperationSet | undefined } {
  const set = toolOperations(tool, context.nameFacts, context.argumentLines, context.siblings);
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
        rule: OPERATION_RULES.value.id,
        refinedBy: op.rules,
        verb: op.verb,
        verbEffect: op.effect,
        verbIdempotent: op.idempotent,
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
  const content = sorted.find((op) => op.category === 'Read' && returnsContent(op.value));
  if (content) {
    findings.push(
      finding({
        rule: OPERATION_RULES.externalContent.id,
        source: 'operation',
        effect: 'context',
        text: content.value,
        field,
        capability: 'external-content',
        strength: 'weak',
        note:
          `The \`${set.param}\` argument accepts ${quoted(content.value)}, which returns text other people or systems wrote ` +
          '(logs, messages, documents): the agent will read it as input.',
        clause: `returns text written by others when \`${set.param}\` is ${quoted(content.value)}`,
      }),
    );
  }
  if (perCategory.size > 1) {
    const counts = [...perCategory.keys()].map(
      (category) => `${set.operations.filter((op) => op.category === category).length} ${category}`,
    );
    findings.push(
      finding({
        rule: OPERATION_RULES.multiAction.id,
        source: 'operation',
        effect: 'context',
        text: sorted
          .slice(0, 4)
          .map((op) => op.value)
          .join(', '),
        field,
        capability: 'multi-action',
        note:
          `\`${set.param}\` switches one tool between ${listJoin(counts)} operations ` +
          `(${sorted
            .slice(0, 4)
            .map((op) => quoted(op.value))
            .join(', ')}${total > 4 ? ', …' : ''}); the agent picks one on every call.`,
        clause: `bundles ${total} operations behind \`${set.param}\``,
      }),
    );
  }
  return { findings, operations: set };
}

/**
 * An operation value that, read as a tool name ("fetch_task_logs", "read_email"), returns text others wrote.
 * Its last word must be that text: "check_log_service" checks a service, "get-url" returns an address.
 */
function returnsContent(value: string): boolean {
  const words = splitWords(value);
  const head = classesOf(words[words.length - 1]?.lower ?? '');
  if (!(head.includes('logs') || head.includes('content')) || head.includes('identifier')) return false;
  return nameSignals(value, words).findings.some((f) => f.rule === NAME_RULES.externalContent.id);
}

/** The operations of a multi-action tool, from the tool alone (for the policy recommendation). */
export function dispatchedOperations(tool: Tool): OperationSet | undefined {
  return toolOperations(tool, nameSignals(tool.name, splitWords(tool.name)));
}
