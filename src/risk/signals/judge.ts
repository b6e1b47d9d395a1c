/**
 * What a verb means for risk once we know what it acts on. Shared by the name, the operations of
 * a multi-action tool and the description, so "delete" + "cluster" means the same wherever it
 * appears.
 */
import type { Category, RiskLevel } from '../../catalogue/schema.ts';
import { CASELESS_VERBS, NOUN_PAIRS, NOUNS, STOPWORDS, VERBS, type NounClass, type VerbEntry } from '../lexicon.ts';
import type { Capability } from '../schema.ts';
import { isCaselessScript, singulars, type Word } from '../words.ts';
import { maxRisk, minRisk, raiseRisk } from './finding.ts';

/** Verbs that hand out access when they act on identities or policies. */
const GRANTING = new Set(['attach', 'put', 'add', 'grant', 'allow', 'assign', 'authorize', 'invite', 'associate']);
/** Verbs that take something offline. */
const AVAILABILITY = new Set(['stop', 'pause', 'reboot', 'restart', 'shutdown', 'failover', 'promote', 'terminate', 'kill']);
/** Verbs after which a money noun is the subject of analysis, not of a payment. */
const ESTIMATING = new Set(['compute', 'calculate', 'estimate', 'generate', 'analyze', 'analyse', 'simulate', 'recommend', 'suggest', 'compare', 'optimize']);
const PERMISSION_WORDS = new Set(['permission', 'permissions']);
const POLICY_WORDS = new Set(['policy', 'policies']);
/** Verbs that hand back a value, as opposed to listing what exists. */
const REVEALING = new Set(['get', 'read', 'fetch', 'retrieve', 'export', 'download', 'show', 'view', 'reveal']);
/** Verbs that start work; started on a report or a scan, the work is bounded. */
const STARTING = new Set(['start', 'trigger', 'run', 'launch', 'schedule', 'kickoff']);

export interface Judgement {
  category: Category;
  risk: RiskLevel;
  capability: Capability | null;
  /** Why the nouns moved the risk, as short phrases ("acts on a whole cluster"). */
  reasons: string[];
}

const NO_CLASSES: readonly NounClass[] = [];

/** The classes of one word, singular or plural ("policies" -> policy -> iam). */
function classesOf(word: string): readonly NounClass[] {
  const own = NOUNS.get(word);
  if (own) return own;
  for (const form of singulars(word)) {
    const singular = NOUNS.get(form);
    if (singular) return singular;
  }
  return NO_CLASSES;
}

/** The noun classes of a list of words, including two-word nouns such as "access_key". */
export function nounClasses(words: readonly Word[]): Set<NounClass> {
  const classes = new Set<NounClass>();
  words.forEach((word, index) => {
    for (const cls of classesOf(word.lower)) classes.add(cls);
    const next = words[index + 1];
    if (next) for (const cls of NOUN_PAIRS.get(`${word.lower}_${next.lower}`) ?? []) classes.add(cls);
  });
  return classes;
}

/** The first word (or two-word noun) of a class, for quoting it back: "access_key", "patient". */
export function wordOfClass(words: readonly Word[], cls: NounClass): Word | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const next = words[index + 1];
    if (next && NOUN_PAIRS.get(`${word.lower}_${next.lower}`)?.includes(cls)) {
      return { text: `${word.text}_${next.text}`, lower: `${word.lower}_${next.lower}` };
    }
    if (classesOf(word.lower).includes(cls)) return word;
  }
  return undefined;
}

/** The lexicon entry for a word, if it is a known verb (matching inside CJK words). */
export function lookupVerb(word: Word): { key: string; entry: VerbEntry } | undefined {
  const entry = VERBS.get(word.lower);
  if (entry) return { key: word.lower, entry };
  if (isCaselessScript(word.lower)) {
    const hit = CASELESS_VERBS.find(([key]) => word.lower.includes(key));
    if (hit) return { key: hit[0], entry: hit[1] };
  }
  return undefined;
}

/**
 * `nouns` are the classes of every word around the verb (the whole name: "rabbitmq_broker_delete_queue"
 * is about a broker's data); `target` the classes of the verb's object alone, which decides whether
 * a deletion takes out a whole store ("delete_queue" no, "delete_broker" yes).
 */
export function judgeVerb(
  verb: string,
  entry: VerbEntry,
  nouns: ReadonlySet<NounClass>,
  words: readonly Word[],
  target: ReadonlySet<NounClass> = nouns,
): Judgement {
  let { category, risk } = entry;
  const capability = entry.capability ?? null;
  const reasons: string[] = [];
  const has = (cls: NounClass) => nouns.has(cls);
  const grants =
    words.some((word) => PERMISSION_WORDS.has(word.lower)) ||
    (words.some((word) => POLICY_WORDS.has(word.lower)) && (words.some((word) => ['role', 'user', 'inline', 'resource', 'group', 'iam', 'trust'].includes(word.lower))));

  switch (category) {
    case 'Read':
      if (has('secret')) {
        risk = maxRisk(risk, REVEALING.has(verb) ? 'high' : 'medium');
        reasons.push(REVEALING.has(verb) ? 'the data it returns includes secrets or credentials' : 'it lists where credentials are kept');
      } else if (has('health')) {
        risk = maxRisk(risk, 'medium');
        reasons.push('it returns health information about people');
      } else if (has('personal')) {
        risk = maxRisk(risk, 'medium');
        reasons.push('it returns personal data');
      } else if (has('logs')) {
        risk = maxRisk(risk, 'medium');
        reasons.push('logs carry whatever was logged, including tokens and personal data');
      }
      break;
    case 'Write':
      if ((GRANTING.has(verb) || entry.capability === 'permissions') && grants) {
        risk = 'critical';
        reasons.push('it changes who may do what, so one call can grant broad permissions');
      } else if (has('iam') || has('security') || has('secret') || entry.capability === 'permissions') {
        risk = maxRisk(risk, 'high');
        reasons.push(has('secret') ? 'it handles credentials' : 'it changes identities, permissions or security settings');
      }
      if (has('health')) {
        risk = maxRisk(risk, 'high');
        reasons.push('it changes health records about people');
      }
      if (AVAILABILITY.has(verb) && (has('container') || has('provisioning'))) {
        risk = maxRisk(risk, 'high');
        reasons.push('it can take a running system offline');
      }
      break;
    case 'Execute':
      if (AVAILABILITY.has(verb) && (has('container') || has('provisioning'))) reasons.push('it can take a running system offline');
      else if (STARTING.has(verb) && target.has('reads') && !target.has('container') && !target.has('provisioning') && !entry.capability) {
        risk = 'medium';
        reasons.push('what it starts is an analysis or a check, bounded by design');
      }
      break;
    case 'Destructive':
      if (target.has('container')) {
        risk = 'critical';
        reasons.push('it acts on a whole store or environment, with everything inside it');
      } else if (target.has('item') && entry.capability !== 'bulk') {
        risk = minRisk(risk, 'medium');
        reasons.push('each call removes a single small item');
      }
      if (has('health') || has('personal')) {
        risk = raiseRisk(maxRisk(risk, 'medium'));
        reasons.push('the data is about people');
      } else if (has('secret') || has('iam')) {
        risk = maxRisk(risk, 'high');
        reasons.push('it removes identities, credentials or permissions');
      }
      if (has('bulk') || entry.capability === 'bulk') {
        risk = raiseRisk(risk);
        reasons.push('it works on many items at once');
      }
      break;
    case 'Financial':
      if (has('reads')) {
        risk = 'medium';
        reasons.push('it analyses purchases rather than making them');
      }
      break;
  }
  return { category, risk, capability, reasons };
}

/** True when the words call for an estimate of money rather than a use of it ("compute_costs"). */
export function isEstimating(verbs: readonly string[]): boolean {
  return verbs.some((verb) => ESTIMATING.has(verb));
}

/** The object of a verb in a name: the meaningful words after it, or before it for "memory_delete". */
export function objectWords(words: readonly Word[], verbIndex: number, isVerbAt: (index: number) => boolean): Word[] {
  const after: Word[] = [];
  for (let i = verbIndex + 1; i < words.length; i++) {
    if (isVerbAt(i) || ['and', 'or', 'then'].includes(words[i]!.lower)) break;
    // "cache_set_many": "many" says how much, not what.
    if (classesOf(words[i]!.lower).includes('bulk')) continue;
    if (!STOPWORDS.has(words[i]!.lower) || words[i]!.lower === 'to') after.push(words[i]!);
  }
  while (after.length > 0 && after[after.length - 1]!.lower === 'to') after.pop();
  if (after.some((word) => word.lower !== 'to')) return after;
  const before: Word[] = [];
  for (let i = verbIndex - 1; i >= 0 && !isVerbAt(i); i--) if (!STOPWORDS.has(words[i]!.lower)) before.unshift(words[i]!);
  return before;
}
