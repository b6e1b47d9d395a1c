/**
 * Signals from the tool's name: its verbs ("delete", "build", "push") judged against its nouns
 * ("cluster", "patient", "billing") with the verb table, and the noun rules of NAME_RULES.
 */
import type { Category } from '../../values/index.ts';
import {
  BATCH_JOB_KINDS,
  DEFERRING_VERBS,
  DISPATCH_NOMINALS,
  HEALTH_METADATA_HEADS,
  HEALTH_RECORD_WORDS,
  INFORMATIONAL,
  MACHINE_RECORD_LOGS,
  NOUN_GLOSS,
  NOUN_TOO,
  PAGE_ONLY_CONTENT,
  VERB_JOINERS,
  VERBS,
  type NounClass,
  type VerbEntry,
} from '../lexicon.ts';
import { NAME_RULES } from '../rules/names.ts';
import { CATEGORY_RANK } from '../schema.ts';
import { quoted } from '../text.ts';
import type { Word } from '../words.ts';
import { finding, type Finding } from './finding.ts';
import {
  classesOf,
  headClasses,
  isEstimating,
  judgeVerb,
  lookupVerb,
  nounClasses,
  objectWords,
  splitDestination,
  wordOfClass,
  type VerbHit,
} from './judge.ts';

/** What the rest of the engine learns from the name. */
export interface NameFacts {
  words: Word[];
  nouns: Set<NounClass>;
  /** The classes of the words that are not the name's verbs ("transfer_collection_folders": the folders, not the transfer). */
  objectNouns: Set<NounClass>;
  /** Verbs found, in order, lower case ("delete"). */
  verbs: string[];
  /** Their lexicon entries, in the same order. */
  entries: VerbEntry[];
  /** True when the first verb is also a common noun ("tag", "snapshot"): a clear description verb may overrule it. */
  ambiguousVerb: boolean;
  /** True when the first verb acts on a resource of no named kind ("create_resource", "delete_object"): its type comes from an argument. */
  genericObject: boolean;
  browser: boolean;
  /** The schema lists every argument and none sizes capacity: an update of paid capacity spends nothing. */
  unsized: boolean;
  /** The edit only names, describes or tags its target (see `VerbContext.relabels`). */
  relabels: boolean;
  /** The description acts on one batch (`NameOptions.oneBatch`): "batch" names the thing, not how many. */
  oneBatch: boolean;
  findings: Finding[];
}

const RELABEL_RULE = 'verb.relabel-only';
/** The verb row that finds a receive taking messages off a queue: a change to the queue that still hands the agent their text. */
const CONSUME_RULE = 'verb.consume-from-queue';

const CONSEQUENCE: Record<Category, string> = {
  Read: '',
  Write: 'it changes state that people and systems rely on',
  Execute: 'it sets work running whose effects outlast the call',
  Destructive: 'what it removes may not come back',
  Financial: 'it can move money or commit spending',
};

const CAPABILITY_CONSEQUENCE: Partial<Record<string, string>> = {
  build: 'a build runs the project’s own build steps, so it executes whatever the build files say',
  push: 'whatever is pushed is pulled and run by other systems',
  deploy: 'a deployment puts code in front of users and other services',
  install: 'installing a package runs code its publisher wrote',
};

export interface NameOptions {
  /** The description says the tool acts on a page, a screen or an element: verbs such as "click" and "type" are then verbs. */
  ui?: boolean;
  /**
   * The verb the description opens with, if any: an agent noun in the name ("converter") is then
   * left to it, and of two words of the name that may each be a verb or a noun
   * ("model_eval_run_workflow"), the one it names is the verb.
   */
  describedVerb?: string | undefined;
  /** What the tool's identifying argument names ("BrokerId" -> broker): the object of a name that is a verb alone ("promote"). */
  parameterObject?: readonly Word[] | undefined;
  /** The schema lists every argument and none sizes capacity (see `VerbContext.unsized`). */
  unsized?: boolean;
  /** The edit only names, describes or tags its target (see `VerbContext.relabels`). */
  relabels?: boolean;
  /**
   * The description acts on one batch ("Delete a HealthOmics batch", "Cancel a batch inference job"):
   * "batch" in the name is the thing, not a count.
   */
  oneBatch?: boolean;
  /** The server or the definition names a health domain (DICOM, FHIR, medical imaging): see HEALTH_RECORD_WORDS. */
  healthDomain?: boolean;
  /** The description says what comes back was captured from a running program (breakpoint or probe snapshots). */
  capturesRuntime?: boolean;
}

/**
 * In a health domain, the word of the name that names a medical-imaging record ("study", "series", "image_set"),
 * unless the name ends in a job, a version or a store of it ("list_image_set_versions" reads metadata).
 */
function healthRecordWord(words: readonly Word[]): Word | undefined {
  const head = words[words.length - 1]?.lower;
  if (head !== undefined && HEALTH_METADATA_HEADS.has(head)) return undefined;
  const index = words.findIndex(
    (w, i) => HEALTH_RECORD_WORDS.has(w.lower) || (w.lower === 'image' && /^sets?$/.test(words[i + 1]?.lower ?? '')),
  );
  if (index === -1) return undefined;
  const word = words[index]!;
  return word.lower === 'image' ? { ...word, text: `${word.text}_${words[index + 1]!.text}` } : word;
}

export function nameSignals(name: string, words: readonly Word[], options: NameOptions = {}): NameFacts {
  const nouns = nounClasses(words);
  // "DeleteAHOBatch" that deletes "a HealthOmics batch": one thing, however it is called.
  if (options.oneBatch === true && words.every((w) => !classesOf(w.lower).includes('bulk') || /^batch(?:es)?$/.test(w.lower)))
    nouns.delete('bulk');
  // "genai_batch_inference_create_file": "batch" before a kind of job names the product, not how many items a call touches.
  if (words.every((w, i) => !classesOf(w.lower).includes('bulk') || batchJob(words, i))) nouns.delete('bulk');
  // A tool the description puts in a page or on a screen acts on a browser, whatever its name says.
  if (options.ui === true) nouns.add('browser');
  const healthRecord = options.healthDomain === true ? healthRecordWord(words) : undefined;
  // A removal of one imaging record (a series from an image set) keeps the approval it has: only a word that names
  // patients or their records ("delete_patient") raises a removal further (verb.destroy-health-data).
  const removalNouns = new Set(nouns);
  if (healthRecord) nouns.add('health');
  const browser = nouns.has('browser');
  const verbAt = findVerbs(words, browser, options.describedVerb);
  const verbIndexes = [...verbAt.keys()];
  // "takeScreenshot", "manage_delete_user": a light verb before the verb is no object of it.
  const firstVerb = verbIndexes[0] ?? -1;
  const light = (index: number) => index < firstVerb && lookupVerb(words[index]!)?.entry.weak === true;
  const isVerbAt = (index: number) => verbAt.has(index) || verbAt.get(index - 1)?.pair === true || light(index);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let genericObject = false;
  const last = words[words.length - 1];
  const informational = last !== undefined && INFORMATIONAL.has(last.lower);
  if (informational && verbIndexes.length === 0) {
    findings.push(
      finding({
        rule: NAME_RULES.informational.id,
        source: 'name',
        text: last.text,
        field: 'name',
        category: 'Read',
        risk: 'low',
        note: `The name ${quoted(name, 80)} ends in ${quoted(last.text)}: the tool explains something rather than doing it.`,
        clause: `explains rather than acts (${quoted(last.text)})`,
      }),
    );
  }

  verbIndexes.forEach((index, position) => {
    const { key, entry } = verbAt.get(index)!;
    if (seen.has(key)) return;
    seen.add(key);
    const word = verbAt.get(index)!.pair ? { text: `${words[index]!.text}_${words[index + 1]!.text}`, lower: key } : words[index]!;
    const own = objectWords(words, verbAt.get(index)!.pair ? index + 1 : index, isVerbAt);
    // "build_and_push_image_to_ecr": the first verb shares the object (not the destination) of the next.
    const shared = own.length === 0 && verbIndexes[position + 1] !== undefined;
    const object = shared ? splitDestination(objectWords(words, verbIndexes[position + 1]!, isVerbAt)).things : own;
    const { things, destination } = splitDestination(object);
    if (informational && entry.category !== 'Read') {
      findings.push(
        finding({
          rule: NAME_RULES.informational.id,
          source: 'name',
          text: word.text,
          field: 'name',
          category: 'Read',
          risk: 'low',
          note: `The name ${quoted(name, 80)} ends in ${quoted(last.text)}: the tool explains how to ${word.lower} rather than doing it.`,
          clause: `explains how to ${word.lower} (${quoted(last.text)})`,
        }),
      );
      return;
    }
    // "promote" with a `BrokerId`: a name that is only a verb acts on what its identifying argument names.
    const bare = object.length === 0 && words.length === 1 && options.parameterObject !== undefined;
    const targetWords = things.length > 0 ? things : bare ? [...options.parameterObject!] : object;
    if (position === 0) genericObject = targetWords.length > 0 && targetWords.every((w) => classesOf(w.lower).includes('generic'));
    const around = entry.category === 'Destructive' ? removalNouns : nouns;
    const judged = judgeVerb(
      key,
      entry,
      around,
      words,
      targetWords.length > 0 ? nounClasses(targetWords) : around,
      targetWords.length > 0 ? headClasses(targetWords) : around,
      options.unsized === true,
      options.relabels === true,
    );
    // "takeScreenshot": with no object, "takes a screenshot", not "takes a screenshot of something".
    const does = things.length > 0 ? `${entry.does} ${quoted(things.map((w) => w.lower).join(' '))}` : entry.does.replace(/ of$/, '');
    const what = things.length > 0 || does !== entry.does ? '' : ' something';
    const where = destination.length > 0 ? ` to ${gloss(destination)}` : '';
    const consequence = judged.reasons[0] ?? CAPABILITY_CONSEQUENCE[key] ?? CONSEQUENCE[judged.category];
    const placement = index === 0 ? 'starts with' : 'contains';
    const meaning = entry.meaning ? ` (${entry.meaning})` : '';
    // "project-management": which changes it makes is for its description or operation parameter to say.
    if (verbAt.get(index)!.nominal === true) {
      findings.push(
        finding({
          rule: NAME_RULES.nounManagement.id,
          source: 'name',
          effect: 'context',
          text: word.text,
          field: 'name',
          strength: 'weak',
          note:
            `The name ${quoted(name, 80)} ends in ${quoted(word.text)}, a noun compound: ` +
            `the tool ${does}${what}, in ways its operations say.`,
          clause: `${does}${what}`,
        }),
      );
      return;
    }
    findings.push(
      finding({
        rule: NAME_RULES.verb.id,
        verb: key,
        verbEffect: judged.effect,
        verbIdempotent: judged.idempotent,
        refinedBy: judged.rules,
        source: 'name',
        text: word.text,
        field: 'name',
        category: judged.category,
        risk: judged.risk,
        capability: judged.capability,
        strength: entry.weak ? 'weak' : 'strong',
        note:
          `The name ${quoted(name, 80)} ${placement} the verb ${quoted(word.text)}${meaning}: the tool ${does}${what}${where}` +
          `${consequence ? `; ${consequence}` : ''}.`,
        clause: `${does}${what}${where}`,
        ...(entry.previews ? { previews: true } : {}),
        ...readOnlyView(entry, judged.category),
      }),
    );
  });

  const hits = verbIndexes.map((i) => verbAt.get(i)!);
  // What the verbs were judged to do ("start_recommendation_generation" reads), not what they mean alone.
  const judged = findings.flatMap((f) => (f.rule === NAME_RULES.verb.id && f.category ? [f.category] : []));
  const inPlace = findings.some((f) => f.rule === NAME_RULES.verb.id && (f.verbEffect === 'changes' || f.verbEffect === 'removes'));
  // "update-api-key(id, name)": a key given a new name is not handled, and its secret never passes.
  const verbFindings = findings.filter((f) => f.rule === NAME_RULES.verb.id);
  const relabelsOnly = verbFindings.length > 0 && verbFindings.every((f) => f.refinedBy?.includes(RELABEL_RULE) === true);
  const takesDelivery = verbFindings.some((f) => f.refinedBy?.includes(CONSUME_RULE) === true);
  findings.push(
    ...nounSignals(
      name,
      words,
      hits.map((h) => h.key),
      judged,
      inPlace,
      options.oneBatch === true,
      relabelsOnly,
      takesDelivery,
      healthRecord,
      browser || options.capturesRuntime === true,
    ),
  );
  const verbWords = new Set(verbIndexes.flatMap((i) => (verbAt.get(i)!.pair ? [i, i + 1] : [i])));
  return {
    words: [...words],
    nouns,
    objectNouns: nounClasses(words.filter((_, i) => !verbWords.has(i))),
    verbs: hits.map((h) => h.key),
    entries: hits.map((h) => h.entry),
    ambiguousVerb: hits[0] !== undefined && NOUN_TOO.has(hits[0].key),
    genericObject,
    browser,
    unsized: options.unsized === true,
    relabels: options.relabels === true,
    oneBatch: options.oneBatch === true,
    findings,
  };
}

/**
 * The verbs of a name. The first verb-like word is the verb, unless it is also a common noun and
 * an unambiguous verb follows ("image_tag_list", "snapshot_delete"): resource-first names put the
 * verb after the nouns. A noun-verb followed only by words for something to read ("build_status",
 * "index_stats") is no verb at all. Later verbs count when joined by "and"/"or"
 * ("build_and_push"); otherwise they are the object ("delete_schedule").
 */
function findVerbs(words: readonly Word[], browser: boolean, described: string | undefined): Map<number, VerbHit> {
  const agentNouns = described === undefined;
  const candidates: [number, VerbHit][] = [];
  for (let index = 0; index < words.length; index++) {
    const hit = lookupVerb(words[index]!, { browser, ...(words[index + 1] ? { next: words[index + 1]! } : {}) });
    if (!hit) continue;
    candidates.push([index, hit]);
    if (hit.pair) index++;
  }
  const found = new Map<number, VerbHit>();
  // "project-management", "node_management": a noun compound; the words before it are its object, not verbs.
  const last = words.length - 1;
  const nominal = words.length > 1 ? DISPATCH_NOMINALS.get(words[last]!.lower) : undefined;
  if (nominal !== undefined && candidates.every(([, hit]) => NOUN_TOO.has(hit.key) || hit.entry.weak === true)) {
    return found.set(last, { key: nominal, entry: VERBS.get(nominal)!, nominal: true });
  }
  if (candidates.length === 0) {
    const agent = agentNouns ? agentNounVerb(words) : undefined;
    if (agent) found.set(agent[0], agent[1]);
    return found;
  }
  let primary = 0;
  const [firstIndex, first] = candidates[0]!;
  // "preview_transaction_create", "dry_run_deploy": what is previewed is the object, not a second verb.
  if (first.entry.previews) return found.set(firstIndex, first);
  // Where the name's own words start: "batch_stop_update_action" is "stop_update_action" done in bulk.
  let start = 0;
  while (start < words.length - 1 && classesOf(words[start]!.lower).includes('bulk')) start++;
  // "post_search", "put_settings": an HTTP method first (names generated from an API) gives way to a verb right after it.
  const next = candidates[1];
  if (HTTP_METHODS.has(first.key) && next !== undefined && next[0] === firstIndex + 1) primary = 1;
  // "handle_dialog", "manage_delete_user": a verb that says nothing gives way to a clear verb after it.
  else if (first.entry.weak === true) {
    const clear = candidates.findIndex(([, hit], position) => position > 0 && hit.entry.weak !== true && !NOUN_TOO.has(hit.key));
    if (clear !== -1) primary = clear;
  } else if (NOUN_TOO.has(first.key)) {
    // A clear verb wins over a noun-verb: after nouns ("image_tag_list"), right after it ("snapshot_delete"), or last ("deploy_plan_get").
    const pure = candidates.findIndex(
      ([index, hit], position) =>
        position > 0 &&
        !NOUN_TOO.has(hit.key) &&
        hit.entry.weak !== true &&
        (firstIndex > start || index === firstIndex + 1 || index === last),
    );
    // Of noun-verbs only, the one the description opens with ("Run a model evaluation workflow" for "model_eval_run_workflow").
    const named = candidates.findIndex(([, hit], position) => position > 0 && hit.key === described);
    // An agent noun that ends the name is its head ("deploy_services_reader" reads; "deploy" names what).
    const agent = agentNounVerb(words.slice(-1));
    // Of noun-verbs only, one that ends the name and starts, stops or queries something is its verb, the
    // words before it its object, in a resource-first name: right after the first ("monitor_run",
    // "report_trigger") or after a prefix ("firecrawl_monitor_run"), not at the end of a phrase the
    // name opens with ("test_lds_graphql_query" tests a query).
    const trailing = candidates.findIndex(
      ([index, hit], position) =>
        position > 0 &&
        index === last &&
        (index === firstIndex + 1 || firstIndex > start) &&
        (hit.entry.starts || hit.entry.takesOffline || hit.entry.runsStatements),
    );
    const firstActs = first.entry.starts || first.entry.takesOffline || first.entry.runsStatements;
    if (pure === -1 && agent && candidates.every(([, hit]) => NOUN_TOO.has(hit.key))) return found.set(words.length - 1, agent[1]);
    // "deploy_template" that "Deploy[s] a workflow template", "generate_scenario_set" that "Generate[s] a
    // scenario set": the description says the first word is the verb, and a later verb-like word is its object.
    if (first.key === described) primary = 0;
    else if (pure === -1 && named !== -1) primary = named;
    else if (pure !== -1) primary = pure;
    else if (trailing !== -1 && !firstActs) primary = trailing;
    else if (!first.entry.starts && readsOnlyAfter(words, firstIndex)) return found;
    // A noun-verb that ends a longer name is its object ("git_log", "browser_network_request"),
    // unless it starts, stops or queries something ("policy_generation_start", "job_run", "influxdb_query").
    else if (firstIndex === last && firstIndex > start && !first.entry.starts && !first.entry.takesOffline && !first.entry.runsStatements)
      return found;
  }
  // "schedule_stop_application": a deferred verb right after the deferring one is what the schedule does.
  const deferred = candidates[primary + 1];
  if (DEFERRING_VERBS.has(candidates[primary]![1].key) && deferred !== undefined && deferred[0] === candidates[primary]![0] + 1) {
    // Each call sets up one more schedule, so the call is not idempotent even where the verb is.
    const { key, entry } = deferred[1];
    return found.set(deferred[0], {
      key,
      entry: { ...entry, idempotent: false, meaning: `${words[candidates[primary]![0]]!.lower}d for later` },
    });
  }
  const [primaryIndex] = candidates[primary]!;
  found.set(primaryIndex, candidates[primary]![1]);
  for (const [index, hit] of candidates.slice(primary + 1)) {
    if (VERB_JOINERS.has(words[index - 1]?.lower ?? '')) found.set(index, hit);
  }
  return found;
}

/** Words for an interface as a whole: "all" before one of them ("all_api_write") is the whole API, not many items. */
const WHOLE_INTERFACE: ReadonlySet<string> = new Set([
  'api',
  'apis',
  'graphql',
  'rest',
  'sdk',
  'cli',
  'endpoint',
  'endpoints',
  'interface',
]);

/** Whether the word at `index` is "batch" naming a kind of job ("batch_inference", "batch_job"), one product rather than many items. */
function batchJob(words: readonly Word[], index: number): boolean {
  return words[index]?.lower === 'batch' && BATCH_JOB_KINDS.has(words[index + 1]?.lower ?? '');
}

/** HTTP methods that are also verbs: first in a name generated from an API ("API-post-search"), they name the method, not the action. */
const HTTP_METHODS: ReadonlySet<string> = new Set(['post', 'put', 'patch']);

const NOT_AGENTS: ReadonlySet<string> = new Set([
  'counter',
  'editor',
  'connector',
  'selector',
  'monitor',
  'printer',
  'player',
  'viewer',
  'finder',
  'sender',
  'listener',
  'watcher',
]);

/** "updater", "reader", "creator": an agent noun of a verb stands for the verb in a name that has no other. */
function agentNounVerb(words: readonly Word[]): [number, VerbHit] | undefined {
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!.lower;
    // A word the lexicon knows as a noun ("browser", "container") is that noun, not an agent.
    if (word.length < 5 || classesOf(word).length > 0 || NOT_AGENTS.has(word)) continue;
    const stems = word.endsWith('er')
      ? [word.slice(0, -2), word.slice(0, -1)]
      : word.endsWith('or')
        ? [`${word.slice(0, -2)}e`, word.slice(0, -2)]
        : [];
    for (const stem of stems) {
      const hit = lookupVerb({ text: stem, lower: stem });
      // "seller", "payer", "deleter" name people and roles, not what the tool does.
      if (hit && !NOUN_TOO.has(hit.key) && (hit.entry.category === 'Read' || hit.entry.category === 'Write')) return [index, hit];
    }
  }
  return undefined;
}

/** True when every word after `index` names something to read ("status", "stats", "logs"). */
function readsOnlyAfter(words: readonly Word[], index: number): boolean {
  const after = words.slice(index + 1);
  return after.length > 0 && after.every((word) => classesOf(word.lower).some((cls) => cls === 'reads' || cls === 'logs'));
}

function gloss(words: readonly Word[]): string {
  const text = words.map((w) => w.lower).join(' ');
  const known = words.map((w) => NOUN_GLOSS.get(w.lower)).find((g) => g !== undefined);
  return known ? `${quoted(text)} (${known})` : quoted(text);
}

/** How a verb reads under an accepted read-only claim (see `Finding.asReadOnly`). */
function readOnlyView(entry: VerbEntry, category: Category): Pick<Finding, 'asReadOnly'> {
  if (category === 'Read') return {};
  if (entry.readOnlyCompatible) return { asReadOnly: { category: 'Read', risk: 'low' } };
  return { asReadOnly: null };
}

/**
 * "create_bulk_import_schema", "get_batch_job_definition": "bulk" or "batch" after the verb names the kind of work a
 * schema or a definition describes, with a word between them; the call makes or reads one document, not many items.
 */
function qualifiesDefinition(words: readonly Word[], verbs: readonly string[], bulkAt: number): boolean {
  const last = words[words.length - 1];
  return (
    bulkAt > 0 &&
    words.slice(0, bulkAt).some((w) => verbs.includes(w.lower)) &&
    /^(?:bulk|batch)$/.test(words[bulkAt]!.lower) &&
    bulkAt < words.length - 2 &&
    last !== undefined &&
    classesOf(last.lower).includes('definition')
  );
}

/** Signals from what the name is about, independent of its verb. */
/**
 * The word of the name that names text others wrote. A snapshot is one only in a browser or a page, or when it holds
 * what a running program captured: "VPS_getSnapshotV1" and "volume-snapshot-get" read a stored copy's metadata.
 */
function contentWord(words: readonly Word[], pageOrCapture: boolean): Word | undefined {
  return wordOfClass(pageOrCapture ? words : words.filter((w) => !PAGE_ONLY_CONTENT.has(w.lower)), 'content');
}

function nounSignals(
  name: string,
  words: readonly Word[],
  verbs: string[],
  categories: readonly Category[],
  inPlace: boolean,
  oneBatch: boolean,
  relabelsOnly: boolean,
  takesDelivery: boolean,
  healthRecord: Word | undefined,
  pageOrCapture: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const word = (cls: NounClass) => wordOfClass(words, cls);
  const strongest = categories.reduce<Category | undefined>(
    (worst, category) => (worst === undefined || CATEGORY_RANK[category] > CATEGORY_RANK[worst] ? category : worst),
    undefined,
  );
  const reads = strongest === undefined || strongest === 'Read';

  if (strongest === undefined) {
    const money = word('money-data') ?? word('money-movement') ?? (isEstimating(verbs) ? undefined : word('cost'));
    if (money) {
      findings.push(
        finding({
          rule: NAME_RULES.moneyNoun.id,
          source: 'name',
          text: money.text,
          field: 'name',
          category: 'Read',
          risk: 'medium',
          capability: 'sensitive-data',
          strength: 'weak',
          note:
            `The name ${quoted(name, 80)} has no verb and is about an account’s money records (${quoted(money.text)}): ` +
            'billing, spend and commitment data are commercially sensitive.',
          clause: `returns billing and spend records (${quoted(money.text)})`,
        }),
      );
    } else {
      const marker = word('reads');
      if (marker) {
        findings.push(
          finding({
            rule: NAME_RULES.readOutput.id,
            source: 'name',
            text: marker.text,
            field: 'name',
            category: 'Read',
            risk: 'low',
            strength: 'weak',
            note: `The name has no verb, but ${quoted(marker.text)} names something to read rather than to change.`,
            clause: `returns ${quoted(marker.text)}`,
          }),
        );
      }
    }
  }
  const health = word('health') ?? healthRecord;
  if (health) {
    findings.push(
      finding({
        rule: NAME_RULES.health.id,
        source: 'name',
        text: health.text,
        field: 'name',
        risk: 'medium',
        capability: 'sensitive-data',
        note: `The name mentions ${quoted(health.text)}: the data is health information about people, which most jurisdictions regulate.`,
        clause: `handles health data (${quoted(health.text)})`,
      }),
    );
  }
  const secret = relabelsOnly ? undefined : word('secret');
  if (secret) {
    findings.push(
      finding({
        rule: NAME_RULES.secret.id,
        source: 'name',
        text: secret.text,
        field: 'name',
        risk: 'medium',
        capability: 'credentials',
        note: `The name mentions ${quoted(secret.text)}: the tool handles credentials, which an agent can leak or misuse.`,
        clause: `handles credentials (${quoted(secret.text)})`,
      }),
    );
  }
  // "policy_engine_update(policy_engine_id, description)": a new description of a policy changes nobody's access.
  const iam = relabelsOnly ? undefined : word('iam');
  if (iam && !reads) {
    findings.push(
      finding({
        rule: NAME_RULES.iamChange.id,
        source: 'name',
        text: iam.text,
        field: 'name',
        risk: 'high',
        capability: 'permissions',
        note: `The name mentions ${quoted(iam.text)}: changing identities or policies decides what every other tool and person can do.`,
        clause: `changes access control (${quoted(iam.text)})`,
      }),
    );
  }
  // "all_api_write", "all_endpoints_call": "all" before a word for the whole interface says which API, not how many items.
  const bulkWord = word('bulk');
  const bulkAt = words.findIndex((w) => w.text === bulkWord?.text);
  const bulk =
    (bulkAt !== -1 && WHOLE_INTERFACE.has(words[bulkAt + 1]?.lower ?? '')) ||
    (oneBatch && /^batch(?:es)?$/.test(bulkWord?.lower ?? '')) ||
    (bulkAt !== -1 && batchJob(words, bulkAt)) ||
    qualifiesDefinition(words, verbs, bulkAt)
      ? undefined
      : bulkWord;
  if (bulk && !reads) {
    findings.push(
      finding({
        rule: NAME_RULES.bulkChange.id,
        source: 'name',
        text: bulk.text,
        field: 'name',
        risk: inPlace ? 'high' : 'medium',
        capability: 'bulk',
        note:
          `The name says ${quoted(bulk.text)}: one call acts on many items, ` +
          `so a mistake is multiplied${inPlace ? ', and it overwrites or removes what is there' : ''}.`,
        clause: `acts on many items at once (${quoted(bulk.text)})`,
      }),
    );
  }
  const content = writtenLogs(words, word('logs')) ?? contentWord(words, pageOrCapture);
  // "message_quota", "file_info", "project_url", "supported_file_types": the name ends in a fact about
  // something (a quota, a status, its address, its kinds), not in the content itself.
  const last = words[words.length - 1];
  const lastClasses = last ? classesOf(last.lower) : [];
  const nounBefore = words.slice(0, -1).some((w) => classesOf(w.lower).length > 0 && !verbs.includes(w.lower));
  const aboutContent =
    last !== undefined &&
    (lastClasses.includes('metadata') || lastClasses.includes('definition') || (lastClasses.includes('identifier') && nounBefore));
  // A receive from a queue changes the queue, and what it takes is still text others wrote, handed to the agent.
  if (content && (reads || takesDelivery) && !aboutContent) {
    findings.push(
      finding({
        rule: NAME_RULES.externalContent.id,
        source: 'name',
        effect: 'context',
        text: content.text,
        field: 'name',
        capability: 'external-content',
        strength: 'weak',
        note:
          `The name mentions ${quoted(content.text)}: ` +
          'what comes back is text other people or systems wrote, which the agent will read as input.',
        clause: `returns text written by others (${quoted(content.text)})`,
      }),
    );
  }
  return findings;
}

/** The log word, unless it names machine records ("flow_logs": addresses, ports and counters that nobody writes text into). */
function writtenLogs(words: readonly Word[], log: Word | undefined): Word | undefined {
  if (log === undefined) return undefined;
  const at = words.findIndex((w) => w.lower === log.lower);
  return MACHINE_RECORD_LOGS.has(words[at - 1]?.lower ?? '') ? undefined : log;
}

/** The name reads logs that are machine records ("get_vpc_flow_logs"): the log entries its description returns are those. */
export function namesMachineRecordLogs(words: readonly Word[]): boolean {
  const log = wordOfClass(words, 'logs');
  return log !== undefined && writtenLogs(words, log) === undefined;
}
