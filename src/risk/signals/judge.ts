/**
 * Verbs and nouns: looking words up in the lexicon, and applying the verb table
 * (src/risk/rules/verbs.ts) to say what a verb means for risk once we know what it acts on.
 */
import type { Category, RiskLevel } from '../../values/index.ts';
import {
  AGGREGATE_OR_SHAPE_HEADS,
  BROWSER_VERBS,
  CASELESS_VERBS,
  FINALITY_PHRASE,
  GROUPING_HEADS,
  MACHINE_ADDRESS_QUALIFIERS,
  HEALTH_METADATA_HEADS,
  LOG_SETTING_HEADS,
  NON_RECORD_HEADS,
  NOUN_PAIRS,
  NOUNS,
  OPERATIONAL_QUALIFIERS,
  PEOPLE_OWNERS,
  STANDALONE_QUANTIFIERS,
  STOPWORDS,
  VERB_JOINERS,
  VERB_PAIRS,
  VERBS,
  type NounClass,
  type VerbEffect,
  type VerbEntry,
} from '../lexicon.ts';
import { VERB_RULES, type VerbContext } from '../rules/verbs.ts';
import type { Capability } from '../schema.ts';
import { isCaselessScript, singulars, splitWords, VERSION_WORD, type Word } from '../words.ts';
import { maxRisk, minRisk, raiseRisk } from './finding.ts';

export interface Judgement {
  category: Category;
  risk: RiskLevel;
  capability: Capability | null;
  /** Why the nouns moved the verdict, as short clauses ("it acts on a whole store"). */
  reasons: string[];
  /** The ids of the verb rules that applied, in order. */
  rules: string[];
  /** What the verb does to its object once judged (a rule may say "take a snapshot" adds). */
  effect: VerbEffect;
  idempotent: boolean;
}

const NO_CLASSES: readonly NounClass[] = [];
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'by',
  'from',
  'for',
  'with',
  'in',
  'on',
  'at',
  'of',
  'to',
  'into',
  'via',
  'under',
  'within',
]);

/** Words that make a store noun an alias, a binding or an allow-list entry ("parked domain", "linked account"). */
const BINDING_QUALIFIERS: ReadonlySet<string> = new Set([
  'custom',
  'parked',
  'alias',
  'aliased',
  'addon',
  'security',
  'allowed',
  'trusted',
  'linked',
  'connected',
  'bound',
]);

/** Words that introduce how a tool works rather than what it acts on. */
const MEANS: ReadonlySet<string> = new Set(['with', 'using', 'via', 'through']);

/**
 * The classes of the word at `index` in its phrase: as `classesOf`, except that a policy qualified
 * by what it governs ("alert_policy", "backup_policy") is configuration, not access.
 */
function classesAt(words: readonly Word[], index: number): readonly NounClass[] {
  const own = classesOf(words[index]!.lower);
  const previous = words[index - 1]?.lower;
  // "connect_with_oauth", "login_via_sso": how the tool signs in, not an identity it changes;
  // "assign_current_user", "me": the caller, named as an assignee, not an account being changed.
  if (previous !== undefined && own.includes('iam') && (MEANS.has(previous) || previous === 'current')) {
    return own.filter((cls) => cls !== 'iam');
  }
  // "deleteCatchAll": "all" after a noun ends the compound "catch-all", one thing, not a quantifier.
  if (previous !== undefined && own.includes('bulk') && endsCompound(words, index)) return own.filter((cls) => cls !== 'bulk');
  // "custom_domain", "parked_domain", "linked_account": an alias or a binding to a store, not the store.
  if (previous !== undefined && own.includes('container') && BINDING_QUALIFIERS.has(previous)) {
    return own.filter((cls) => cls !== 'container');
  }
  if (
    previous !== undefined &&
    own.includes('iam') &&
    /^polic(?:y|ies)$/.test(words[index]!.lower) &&
    OPERATIONAL_QUALIFIERS.has(previous)
  ) {
    return own.filter((cls) => cls !== 'iam');
  }
  // "find_ip_address", "mac_address": a machine's address, not a person's, unless people own it ("user_ip_address").
  if (own.includes('personal') && /^address(?:es)?$/.test(words[index]!.lower) && machineAddress(words, index)) {
    return own.filter((cls) => cls !== 'personal');
  }
  // "cost_allocation_tags", "transaction_spans": a money word that modifies a configuration, job or telemetry head.
  if (own.some((cls) => MONEY_CLASSES.has(cls)) && modifiesNonRecord(words, index)) return own.filter((cls) => !MONEY_CLASSES.has(cls));
  // "describe_log_streams", "dicom_export_jobs": a log or health word that modifies a setting, job or store head.
  const head = headAfter(words, index);
  // "contact_groups", "payment_providers": a people, mail or money word naming a grouping or a provider of records.
  if (head !== undefined && GROUPING_HEADS.has(head) && own.some((cls) => SENSITIVE_MODIFIER_CLASSES.has(cls))) {
    return own.filter((cls) => !SENSITIVE_MODIFIER_CLASSES.has(cls));
  }
  if (own.includes('logs') && head !== undefined && LOG_SETTING_HEADS.has(head)) return own.filter((cls) => cls !== 'logs');
  // "get_email_metrics", "email template": a people or mail word that modifies a count, a rate or a template. The next
  // word too: prose objects lose their prepositions ("email templates in a profile" reaches here as "email templates profile").
  const shape = [head, words[index + 1]?.lower].some((word) => word !== undefined && AGGREGATE_OR_SHAPE_HEADS.has(word));
  if (shape && own.some((cls) => PEOPLE_OR_MAIL_CLASSES.has(cls))) {
    return own.filter((cls) => !PEOPLE_OR_MAIL_CLASSES.has(cls));
  }
  // Only read about: starting or running an export job still moves the health data.
  if (own.includes('health') && head !== undefined && HEALTH_METADATA_HEADS.has(head) && !actedOnBefore(words, index)) {
    return own.filter((cls) => cls !== 'health');
  }
  return own;
}

/** A verb that does more than read comes before the word at `index` ("start_fhir_export_job"). */
function actedOnBefore(words: readonly Word[], index: number): boolean {
  return words.slice(0, index).some((word) => {
    const entry = VERBS.get(word.lower);
    return entry !== undefined && entry.category !== 'Read';
  });
}

/** The last word of the noun phrase that the word at `index` modifies (before a preposition or "and"), without an id or name after it. */
function headAfter(words: readonly Word[], index: number): string | undefined {
  let head: string | undefined;
  for (const word of words.slice(index + 1)) {
    if (PREPOSITIONS.has(word.lower) || VERB_JOINERS.has(word.lower)) break;
    if (!classesOf(word.lower).includes('identifier') && !VERSION_WORD.test(word.lower)) head = word.lower;
  }
  return head;
}

const MONEY_CLASSES: ReadonlySet<NounClass> = new Set(['money-data', 'money-movement', 'cost']);
/** What a people, mail or money word gives when it names the records themselves. */
const SENSITIVE_MODIFIER_CLASSES: ReadonlySet<NounClass> = new Set([...MONEY_CLASSES, 'personal', 'content']);
/** What a people or mail word gives: someone's details, or text others wrote. */
const PEOPLE_OR_MAIL_CLASSES: ReadonlySet<NounClass> = new Set(['personal', 'content']);

/** The address at `index` follows a machine qualifier ("ip", "mac") that no word for people owns. */
function machineAddress(words: readonly Word[], index: number): boolean {
  const qualifier = words[index - 1]?.lower;
  if (qualifier === undefined || !MACHINE_ADDRESS_QUALIFIERS.has(qualifier)) return false;
  return !PEOPLE_OWNERS.has(words[index - 2]?.lower ?? '');
}

/** A later word of the same noun phrase (before a preposition or "and") is a configuration, job or telemetry head. */
function modifiesNonRecord(words: readonly Word[], index: number): boolean {
  for (const word of words.slice(index + 1)) {
    if (PREPOSITIONS.has(word.lower) || VERB_JOINERS.has(word.lower)) return false;
    if (NON_RECORD_HEADS.has(word.lower)) return true;
  }
  return false;
}

/** True when the quantifier at `index` follows a word that is no verb, small word or quantifier: "catch_all" is one noun. */
function endsCompound(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  if (previous === undefined || !STANDALONE_QUANTIFIERS.has(words[index]!.lower)) return false;
  return (
    !STOPWORDS.has(previous.lower) &&
    !VERBS.has(previous.lower) &&
    lookupVerb(previous) === undefined &&
    classesOf(previous.lower).length === 0
  );
}

/** The classes of one word, as written and in its singular ("policies" -> policy -> iam; "clusters" -> cluster). */
export function classesOf(word: string): readonly NounClass[] {
  const own = NOUNS.get(word) ?? NO_CLASSES;
  const singular = singulars(word).flatMap((form) => NOUNS.get(form) ?? NO_CLASSES);
  if (singular.length === 0) return own;
  return [...new Set([...own, ...singular])];
}

/** The classes of a two-word noun ("access_key", "api_keys"), or none. */
function pairClasses(word: Word, next: Word | undefined): readonly NounClass[] {
  if (!next) return NO_CLASSES;
  for (const form of [next.lower, ...singulars(next.lower)]) {
    const classes = NOUN_PAIRS.get(`${word.lower}_${form}`);
    if (classes) return classes;
  }
  return NO_CLASSES;
}

/** The noun classes of a list of words, including two-word nouns such as "access_key". */
export function nounClasses(words: readonly Word[]): Set<NounClass> {
  const classes = new Set<NounClass>();
  words.forEach((word, index) => {
    for (const cls of classesAt(words, index)) classes.add(cls);
    for (const cls of pairClasses(word, words[index + 1])) classes.add(cls);
  });
  return classes;
}

/**
 * The classes of a phrase's head, its last word in English ("account setting" is a setting,
 * "cache cluster" a cluster), with a two-word noun that ends it ("replication group").
 */
export function headClasses(phrase: readonly Word[]): Set<NounClass> {
  // "instrumentations by scope", "item from table": the head comes before the first preposition.
  const cut = phrase.findIndex((word, index) => index > 0 && PREPOSITIONS.has(word.lower));
  let words = cut === -1 ? phrase : phrase.slice(0, cut);
  // "virtual_machine_v1", "items_2": a version or a number names which API, not what is acted on.
  while (words.length > 1 && VERSION_WORD.test(words[words.length - 1]!.lower)) words = words.slice(0, -1);
  // "connection id", "user ids": an identifier names the thing before it.
  if (words.length > 1 && classesOf(words[words.length - 1]!.lower).includes('identifier')) words = words.slice(0, -1);
  const last = words[words.length - 1];
  if (!last) return new Set();
  return new Set([...classesAt(words, words.length - 1), ...(words.length > 1 ? pairClasses(words[words.length - 2]!, last) : [])]);
}

/** The first word (or two-word noun) of a class, for quoting it back: "access_key", "patient". */
export function wordOfClass(words: readonly Word[], cls: NounClass): Word | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const next = words[index + 1];
    if (next && pairClasses(word, next).includes(cls)) return { text: `${word.text}_${next.text}`, lower: `${word.lower}_${next.lower}` };
    // The second word of a two-word noun belongs to it: the "document" of "policy_document" is not a document to read.
    const previous = words[index - 1];
    if (previous && pairClasses(previous, word).length > 0) continue;
    if (classesAt(words, index).includes(cls)) return word;
  }
  return undefined;
}

export interface VerbHit {
  key: string;
  entry: VerbEntry;
  /** A two-word verb ("cherry_pick"): the hit also takes the next word. */
  pair?: true;
  /** The verb's noun ending a noun compound ("project-management"): see DISPATCH_NOMINALS. */
  nominal?: true;
}

/**
 * The lexicon entry for a word, if it is a known verb: the browser meaning inside a browser tool,
 * matching inside CJK words, and two-word verbs ("cherry" + "pick") when the next word is given.
 */
export function lookupVerb(word: Word, options: { browser?: boolean; next?: Word } = {}): VerbHit | undefined {
  if (options.next) {
    const pair = VERB_PAIRS.get(`${word.lower}_${options.next.lower}`);
    const entry = pair === undefined ? undefined : ((options.browser ? BROWSER_VERBS.get(pair) : undefined) ?? VERBS.get(pair));
    if (pair && entry) return { key: pair, entry, pair: true };
  }
  if (options.browser) {
    const browser = BROWSER_VERBS.get(word.lower);
    if (browser) return { key: word.lower, entry: browser };
  }
  const entry = VERBS.get(word.lower);
  if (entry) return { key: word.lower, entry };
  // "reassign", "reinstall": a redo of a verb that changes something changes it too (a read done
  // again is still a read, and is left alone). "unapprove", "unshare", "undeploy": an undo takes
  // the sense of undoing its base (see undoOf), never the base's own.
  const prefixed = /^(?:(un)([a-z]{3,})|(re)([a-z]{4,}))$/.exec(word.lower);
  if (prefixed) {
    const stem = prefixed[2] ?? prefixed[4]!;
    const base = VERBS.get(stem);
    if (base && base.category !== 'Read') {
      return prefixed[1] === 'un' ? { key: word.lower, entry: undoOf(base) } : { key: stem, entry: base };
    }
  }
  if (isCaselessScript(word.lower)) {
    const hit = CASELESS_VERBS.find(([key]) => word.lower.includes(key));
    if (hit) return { key: hit[0], entry: hit[1] };
  }
  return undefined;
}

/**
 * What undoing a verb does ("un" + a verb the lexicon knows, when the lexicon has no entry of its
 * own for the word). Undoing a deployment takes down what runs; undoing a grant, a share or a
 * publication withdraws access or exposure others rely on (high, but no loss: "unshare" is no
 * revoke of data); undoing anything else (an approval, an assignment, a star, a link, a deletion)
 * puts back the state before it: a change at medium.
 */
export function undoOf(base: VerbEntry): VerbEntry {
  const does = `un${base.does}`;
  if (base.capability === 'build-deploy') {
    return {
      category: 'Destructive',
      risk: 'high',
      does,
      capability: 'destruction',
      effect: 'removes',
      idempotent: true,
      takesOffline: true,
    };
  }
  if (base.grants === true || base.capability === 'permissions' || base.capability === 'public-exposure') {
    return { category: 'Write', risk: 'high', does, capability: 'permissions', effect: 'changes', idempotent: true };
  }
  return { category: 'Write', risk: 'medium', does, effect: 'changes', idempotent: true };
}

/**
 * The verb's verdict once we know what it acts on. `nouns` are the classes of every word around
 * the verb (the whole name: "rabbitmq_broker_delete_queue" is about a broker's data); `target`
 * the classes of the verb's object alone, which decides whether a deletion takes out a whole
 * store ("delete_queue" no, "delete_broker" yes).
 */
export function judgeVerb(
  verb: string,
  entry: VerbEntry,
  nouns: ReadonlySet<NounClass>,
  words: readonly Word[],
  target: ReadonlySet<NounClass> = nouns,
  head: ReadonlySet<NounClass> = target,
  unsized = false,
  relabels = false,
): Judgement {
  const context: VerbContext = { verb, entry, nouns, target, words, head, unsized, relabels };
  let { category, risk } = entry;
  let capability: Capability | null = entry.capability ?? null;
  let effect = entry.effect;
  let idempotent = entry.idempotent;
  const reasons: string[] = [];
  const rules: string[] = [];
  const groupsDone = new Set<string>();
  for (const rule of VERB_RULES) {
    if (!rule.on.includes(entry.category)) continue;
    if (rule.group && groupsDone.has(rule.group)) continue;
    if (!rule.applies(context)) continue;
    if (rule.group) groupsDone.add(rule.group);
    const change = rule.then;
    if (change.category) category = change.category;
    if (change.risk) risk = change.risk;
    if (change.atLeast) risk = maxRisk(risk, change.atLeast);
    if (change.atMost) risk = minRisk(risk, change.atMost);
    if (change.raise) risk = raiseRisk(risk);
    if (change.capability !== undefined) capability = change.capability;
    if (change.effect) effect = change.effect;
    if (change.idempotent !== undefined) idempotent = change.idempotent;
    reasons.push(rule.reason);
    rules.push(rule.id);
    if (change.final) break;
  }
  return { category, risk, capability, reasons, rules, effect, idempotent };
}

/** True when a verb calls for an estimate of money rather than a use of it ("compute_costs"). */
export function isEstimating(verbs: readonly string[]): boolean {
  return verbs.some((verb) => VERBS.get(verb)?.estimates === true);
}

/** The object of a verb in a name: the meaningful words after it, or before it for "memory_delete". */
export function objectWords(words: readonly Word[], verbIndex: number, isVerbAt: (index: number) => boolean): Word[] {
  const after: Word[] = [];
  for (let i = verbIndex + 1; i < words.length; i++) {
    if (isVerbAt(i) || VERB_JOINERS.has(words[i]!.lower)) break;
    // "delete_items_by_scope", "copy_file_from_bucket": what follows names how or where, not what.
    if (after.length > 0 && PREPOSITIONS.has(words[i]!.lower) && words[i]!.lower !== 'to' && words[i]!.lower !== 'into') break;
    // "cache_set_many": "many" says how much, not what.
    if (classesOf(words[i]!.lower).includes('bulk') && !endsCompound(words, i)) continue;
    if (!STOPWORDS.has(words[i]!.lower) || words[i]!.lower === 'to') after.push(words[i]!);
  }
  while (after.length > 0 && after[after.length - 1]!.lower === 'to') after.pop();
  if (after.some((word) => word.lower !== 'to')) return after;
  const before: Word[] = [];
  for (let i = verbIndex - 1; i >= 0 && !isVerbAt(i); i--) if (!STOPWORDS.has(words[i]!.lower)) before.unshift(words[i]!);
  return before;
}

/** Splits "image to ecr" into what is acted on ("image") and where it goes ("ecr"). */
export function splitDestination(object: readonly Word[]): { things: Word[]; destination: Word[] } {
  const to = object.findIndex((word) => word.lower === 'to' || word.lower === 'into');
  if (to === -1) return { things: [...object], destination: [] };
  return { things: object.slice(0, to), destination: object.slice(to + 1) };
}

/** Words before a noun; not "that", which also opens a clause ("warn that removing it is irreversible"). */
const DETERMINERS = /^(?:a|an|the|this|these|those|its|their|your|each|every|any)$/;

/** The lexicon entry of an inflected verb: "Publishing", "created", "submits" (the stems tried in turn). */
function inflectedVerb(word: string): VerbEntry | undefined {
  const lower = word.toLowerCase();
  const stems = [
    lower,
    lower.replace(/(?:ing|ed|es|s)$/, ''),
    lower.replace(/(?:ing|ed|es|s)$/, 'e'),
    lower.replace(/(\w)\1(?:ing|ed)$/, '$1'),
  ];
  for (const stem of stems) {
    const entry = VERBS.get(stem);
    if (entry) return entry;
  }
  return undefined;
}

/** The same pattern with the g flag, made once per pattern (it is asked for every tool). */
const GLOBAL_FORMS = new WeakMap<RegExp, RegExp>();
function globalOf(phrase: RegExp): RegExp {
  let global = GLOBAL_FORMS.get(phrase);
  if (!global) {
    global = new RegExp(phrase.source, `${phrase.flags.replace('g', '')}g`);
    GLOBAL_FORMS.set(phrase, global);
  }
  return global;
}

/**
 * Every warning of loss in the description is a finality phrase ("cannot be undone", "irreversible") said of a step
 * that adds: the words before it in its sentence name a verb that adds, and none that removes, changes or runs
 * ("Publishing cannot be undone", "Once submitted, a filing is irreversible"). A warning with no such verb before it
 * ("This cannot be undone"), or after a verb that removes or overwrites, keeps its sense of loss, as does any other
 * phrase of `phrase`.
 */
export function warnsOnlyOfAddedFinality(parts: readonly string[], phrase: RegExp): boolean {
  const global = globalOf(phrase);
  let warned = false;
  for (const sentence of parts) {
    for (const match of sentence.matchAll(global)) {
      if (!FINALITY_PHRASE.test(match[0])) return false;
      const before = sentence.slice(0, match.index).split(';').at(-1)!;
      // A word after an article is a noun ("Creating a release"), not a second verb.
      const words = splitWords(before);
      const verbs = words.flatMap((w, i) => (i > 0 && DETERMINERS.test(words[i - 1]!.lower) ? [] : (inflectedVerb(w.text) ?? [])));
      // Verbs that change nothing ("is", "gets") say nothing either way; any that removes, changes or runs means loss.
      const adds = verbs.filter((entry) => entry.effect === 'adds' && entry.category !== 'Destructive');
      if (adds.length === 0 || verbs.some((entry) => entry.effect !== 'none' && !adds.includes(entry))) return false;
      warned = true;
    }
  }
  return warned;
}
