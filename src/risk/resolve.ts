/**
 * The verdict: which category and risk the findings add up to, how sure we are, and which claims
 * the evidence overrides. The steps are the rules of VERDICT_RULES (src/risk/rules/verdict.ts), in
 * order; every step that applied is named in `decidedBy`. Decisions read rule ids and fields, never
 * display text.
 */
import { CATEGORY_RANK, RISK_RANK, type Category, type RiskLevel } from '../values/index.ts';
import { VERBS } from './lexicon.ts';
import { ANNOTATION_RULES } from './rules/annotations.ts';
import { CONFIDENCE_WEIGHTS, VERDICT_RULES } from './rules/verdict.ts';
import type { Capability } from './schema.ts';
import { finding, maxRisk, raiseRisk, type Finding } from './signals/finding.ts';
import { listJoin } from './text.ts';

export interface Verdict {
  category: Category;
  risk: RiskLevel;
  confidence: number;
  /** All findings, with `accepted` and (under an accepted read-only claim) category/risk updated. */
  findings: Finding[];
  annotationConflicts: string[];
  /** Sentences on description claims the evidence overrides. */
  claimNotes: string[];
  /** True when no finding named a category and silence decided. */
  defaulted: boolean;
  /** The verdict rules that applied, in order. */
  decidedBy: string[];
}

/** Verb rules that bound a deletion by the size of what it removes. */
const SIZE_CAPS: ReadonlySet<string> = new Set(['verb.remove-item', 'verb.remove-items', 'verb.remove-marker']);
const RECOVERABLE_RULE = 'description.recoverable';
/** Verb rules that raise a read for what it returns: logs, personal, health or billing data. */
const READ_SENSITIVITY: ReadonlySet<string> = new Set([
  'verb.read-logs',
  'verb.read-personal-data',
  'verb.read-health-data',
  'verb.read-money-data',
]);

const NETWORK: ReadonlySet<Capability> = new Set(['network-fetch', 'network-target', 'outbound-message', 'cloud-storage']);

/** Verbs that only read whatever they act on: with nothing else that changes, they outweigh readOnlyHint: false. */
const PLAIN_READ_VERBS: ReadonlySet<string> = new Set(['read', 'get', 'list', 'search', 'describe', 'view', 'show', 'retrieve']);

/**
 * The verb that says "read" in both the name and the description's opening, when every other finding
 * with a category reads and none changes anything (no writing capability, no operation); else undefined.
 */
function plainlyReads(raising: readonly Finding[]): string | undefined {
  const verbOf = (source: Finding['source']) => raising.filter((f) => f.source === source && f.verb !== undefined);
  const name = verbOf('name');
  const described = verbOf('description');
  const plain = (list: readonly Finding[]) => list.length > 0 && list.every((f) => PLAIN_READ_VERBS.has(f.verb!) && f.category === 'Read');
  if (!raising.some((f) => f.rule === ANNOTATION_RULES.changes.id) || !plain(name) || !plain(described)) return undefined;
  const changes = raising.some(
    (f) =>
      f.source !== 'annotation' &&
      ((f.category !== null && f.category !== 'Read') || (f.capability !== null && CHANGING.has(f.capability)) || f.source === 'operation'),
  );
  return changes ? undefined : listJoin([...new Set([...name, ...described].map((f) => VERBS.get(f.verb!)!.does))]);
}

/** Description rules that say the tool informs: it gives guidance, or only feedback and recommendations. */
const INFORMING_RULES: ReadonlySet<string> = new Set(['description.guidance', 'description.only-informs']);

/**
 * The description says the tool informs (guidance, feedback, recommendations), and every finding of its own words
 * that names a category reads, with no capability that changes anything: only the author's hints say otherwise.
 * A name verb the guidance summary has already overruled (weak, "transition_prd_to_lwc" that "provide[s] next-step
 * migration instructions") names the workflow step, not a change, so it does not count when the description names no act.
 */
function onlyInforms(raising: readonly Finding[], describesNoAct: boolean): boolean {
  const own = raising.filter((f) => f.source !== 'annotation' && !(describesNoAct && overruledNameVerb(f)));
  return (
    own.some((f) => INFORMING_RULES.has(f.rule) && f.category === 'Read') &&
    own.every((f) => (f.category === null || f.category === 'Read') && !(f.capability !== null && CHANGING.has(f.capability)))
  );
}

/** A name verb weakened by the description's own summary, with no power of its own. */
const overruledNameVerb = (f: Finding) => f.rule === NAME_VERB_RULE && f.strength === 'weak' && f.capability === null;
const NAME_VERB_RULE = 'name.verb';

/** Capabilities that change something, even when no finding names a category. */
const CHANGING: ReadonlySet<Capability> = new Set([
  'filesystem-write',
  'outbound-message',
  'spending',
  'money',
  'permissions',
  'resource-provisioning',
  'public-exposure',
  'destruction',
  'build-deploy',
  'package-install',
  'code-execution',
  'command-execution',
  'api-passthrough',
]);

export interface ResolveOptions {
  /** The description mentions a change somewhere (writes, saves, materializes …), whatever its verbs. */
  mentionsChange?: boolean;
  /** The input schema lists no arguments at all: the agent chooses nothing the tool could write or where. */
  takesNoArguments?: boolean;
  /**
   * The arguments name no place to store anything (no id, path, org, project, workspace, parent, target, destination
   * or URL) and the summary says the tool makes a document (a PRD, a plan, a draft, a report) from its input.
   */
  makesDocumentFromInput?: boolean;
  /** The tool takes arguments and none names a place to keep anything (no id, path, org, project, target, destination, URL). */
  storesNowhere?: boolean;
  /**
   * The description names no change and no act anywhere (no write, create, apply, configure, run): a name verb its
   * guidance summary overrules ("transition_prd_to_lwc") names a workflow step, not a change.
   */
  describesNoAct?: boolean;
  /** Every warning of loss in the description is a finality phrase said of a step that adds ("Publishing cannot be undone"). */
  warnsOnlyOfAddedFinality?: boolean;
}

const DESTRUCTIVE_PHRASE_RULE = 'description.destructive-phrase';

export function resolve(toolName: string, input: readonly Finding[], options: ResolveOptions = {}): Verdict {
  const findings = input.map((f) => ({ ...f }));
  const raising = findings.filter((f) => f.effect === 'raises');
  const claims = findings.filter((f) => f.effect === 'lowers');
  const annotationConflicts: string[] = [];
  const claimNotes: string[] = [];
  const contradictions: { claim: Finding; by: Finding[] }[] = [];
  const decidedBy: string[] = [];

  // 0. A computation claim ("get back insights", "works offline", "a formatted range from …"): the make verbs
  // (create, merge, send a prompt) only make the answer, unless anything else changes something: a parameter
  // (a destination, a path, a resource to store into), an operation, a removal or run, or the author's
  // readOnlyHint: false. Sending counts only when the author also says the tool reads.
  const authorReads = claims.some((c) => c.claim === 'read-only' && c.source === 'annotation');
  for (const claim of claims.filter((c) => c.claim === 'computes')) {
    const making = (f: Finding) =>
      f.verb !== undefined &&
      (f.source === 'name' || f.source === 'description') &&
      f.category === 'Write' &&
      (f.verbEffect === 'adds' || f.verbEffect === 'changes' || f.verbEffect === 'none') &&
      (f.capability === null || (f.capability === 'outbound-message' && authorReads));
    const verbs = raising.filter(making);
    const other = raising.filter(
      (f) =>
        !verbs.includes(f) &&
        ((f.category !== null && f.category !== 'Read' && f.source !== 'annotation') ||
          f.rule === ANNOTATION_RULES.changes.id ||
          (f.capability !== null && CHANGING.has(f.capability))),
    );
    claim.accepted = verbs.length > 0 && other.length === 0;
    // A claim nothing needed ("get back" on a scraper) is no evidence: it leaves the page.
    if (!claim.accepted) {
      if (verbs.length === 0) findings.splice(findings.indexOf(claim), 1);
      continue;
    }
    for (const f of verbs) {
      f.category = 'Read';
      // A prompt sent to an outside model is a read of what comes back, over the network.
      f.risk = f.capability === 'outbound-message' ? 'medium' : 'low';
      f.capability = f.capability === 'outbound-message' ? 'network-fetch' : null;
      f.verbEffect = 'none';
      delete f.asReadOnly;
    }
  }

  // 0b. A tool that takes no arguments and whose author says it is read-only ("create_lightning_type" that gives
  // guidance), or one that makes a document from what it is given and names nowhere to keep it ("generate a PRD
  // from a component", with the component's files as input): its make verbs (create, generate) cannot write
  // anything the agent chose, so they read under the claim. A tool with content arguments and no such summary
  // (create_issue(title, body)) keeps its verbs against the claim.
  if ((options.takesNoArguments === true || options.makesDocumentFromInput === true) && authorReads) {
    for (const f of raising) {
      const making =
        f.verb !== undefined &&
        (f.source === 'name' || f.source === 'description') &&
        f.category === 'Write' &&
        (f.verbEffect === 'adds' || f.verbEffect === 'changes') &&
        f.capability === null;
      if (making) f.asReadOnly = { category: 'Read', risk: 'low' };
    }
  }

  // 1. Read-only claims. A description that says the tool changes nothing, on a tool whose name
  // only reads, outweighs the same author's readOnlyHint: false (often derived from the HTTP
  // method: a POST that only previews or searches).
  const readOnlyClaims = claims.filter((c) => c.claim === 'read-only');
  const nameReads = namedCategories(raising).every((c) => c === 'Read') && namedCategories(raising).length > 0;
  const describedClaim = readOnlyClaims.some((c) => c.source === 'description');
  // A tool whose lever is a read-only query language (PromQL, Logs Insights, DQL) reads, whatever its verb, and
  // whatever the author's readOnlyHint: false says (a language that cannot write outweighs a flag).
  const readOnlyLanguage = raising.some((f) => f.capability === 'query-language' && f.category === 'Read');
  // A tool that only informs (gets guidance, reviews and gives feedback) and whose arguments name no place to keep
  // anything: its own words all read, so the author's readOnlyHint: false is most likely a default.
  const informs = options.storesNowhere === true && onlyInforms(raising, options.describesNoAct === true);
  // The name's overruled verb reads under that claim: it names a workflow step, and the step only informs.
  if (informs && options.describesNoAct === true)
    for (const f of raising.filter(overruledNameVerb)) f.asReadOnly ??= { category: 'Read', risk: 'low' };
  // A name with no verb ("detectedSecretsQueries") says nothing either way: the description's own read-only sentence
  // then speaks for the definition, unless another of its signals shows a change (those still contradict below).
  const nameSilent = namedCategories(raising).length === 0;
  // Any of these outweighs the author's own readOnlyHint: false, and only that.
  const hintOutweighed = (describedClaim && (nameReads || nameSilent)) || readOnlyLanguage || informs;
  const againstReadOnly = raising.filter((f) => contradictsReadOnly(f) && !(hintOutweighed && f.source === 'annotation'));
  const readOnly = (readOnlyClaims.length > 0 || readOnlyLanguage || informs) && againstReadOnly.length === 0;
  for (const claim of readOnlyClaims) {
    claim.accepted = readOnly;
    if (!readOnly) contradictions.push({ claim, by: againstReadOnly });
  }
  if (readOnly) {
    decidedBy.push(VERDICT_RULES.readOnlyAccepted.id);
    for (const f of raising) {
      if (f.category !== null && f.asReadOnly) {
        f.category = f.asReadOnly.category;
        f.risk = f.asReadOnly.risk;
      }
    }
  } else if (readOnlyClaims.length > 0) {
    decidedBy.push(VERDICT_RULES.readOnlyOverridden.id);
  }

  // 1b. "Publishing cannot be undone": a finality phrase said of a step that adds warns that it is final, not that
  // anything is lost. It stays a change that no read-only claim covers, and weighs nothing against destructiveHint: false.
  if (options.warnsOnlyOfAddedFinality === true) {
    for (const f of raising.filter((f) => f.rule === DESTRUCTIVE_PHRASE_RULE && f.category === 'Destructive')) {
      f.category = 'Write';
      f.risk = 'medium';
      f.capability = null;
      f.strength = 'weak';
      f.clause = `is final once done (${f.text})`;
      f.note = f.note.replace(/^The description warns of loss:/, 'The description says a step that only adds is final, which is no loss:');
      decidedBy.push(VERDICT_RULES.finalityOfAddition.id);
    }
  }

  // 2. Not-destructive claims.
  for (const claim of claims.filter((c) => c.claim === 'not-destructive')) {
    const destructive = raising.filter((f) => f.category === 'Destructive');
    const firm = destructive.filter((f) => f.strength === 'strong');
    claim.accepted = firm.length === 0;
    if (claim.accepted) {
      if (destructive.length > 0) decidedBy.push(VERDICT_RULES.notDestructiveAccepted.id);
      for (const f of destructive) {
        f.category = 'Write';
        f.risk = f.risk === 'critical' ? 'high' : f.risk;
      }
    } else {
      contradictions.push({ claim, by: firm });
    }
  }

  // 2b. A key or token the description calls public (publishable, safe to expose) is no credential
  // to read: the name's "token" says nothing more.
  for (const claim of claims.filter((c) => c.claim === 'public-value')) {
    claim.accepted = true;
    for (const f of raising) {
      if (f.capability !== 'credentials' || f.source === 'parameter' || (f.category !== null && f.category !== 'Read')) continue;
      f.capability = null;
      f.risk = 'low';
    }
  }

  // 2b'. A read the description says returns definitions or a vocabulary ("the set of possible actions,
  // not any events"): the log, personal or billing words of its name and opening name what the
  // definitions describe, so they raise nothing, and nothing written by others comes back.
  for (const claim of claims.filter((c) => c.claim === 'definitions')) {
    const sensitive = raising.filter(
      (f) => f.category === 'Read' && (f.refinedBy ?? []).some((id) => READ_SENSITIVITY.has(id)) && f.source !== 'parameter',
    );
    const content = findings.filter((f) => f.capability === 'external-content' && (f.source === 'name' || f.source === 'description'));
    claim.accepted = sensitive.length > 0 || content.length > 0;
    if (!claim.accepted) {
      findings.splice(findings.indexOf(claim), 1);
      continue;
    }
    for (const f of sensitive) {
      f.risk = 'low';
      f.capability = null;
    }
    for (const f of content) f.accepted = false;
  }

  // 2c. A tool that removes something from its own local cache forgets local state: its removing
  // verbs are low-risk changes, unless anything else in the definition destroys.
  for (const claim of claims.filter((c) => c.claim === 'local-state')) {
    const verbs = raising.filter((f) => f.category === 'Destructive' && f.verb !== undefined);
    const other = raising.filter((f) => f.category === 'Destructive' && f.verb === undefined && f.source !== 'annotation');
    claim.accepted = verbs.length > 0 && other.length === 0;
    if (!claim.accepted) continue;
    for (const f of verbs) {
      f.category = 'Write';
      f.risk = 'low';
      f.capability = null;
      f.verbEffect = 'changes';
    }
  }

  // 2d. A removal the description says is undone by redoing the setup ("can be published again",
  // "the configuration is preserved", "files stay"): its removing verbs are changes at medium, unless
  // anything else in the definition destroys or the tool acts in bulk.
  for (const claim of claims.filter((c) => c.claim === 'reversible')) {
    const verbs = raising.filter((f) => f.category === 'Destructive' && f.verb !== undefined);
    const other = raising.filter(
      (f) => (f.category === 'Destructive' && f.verb === undefined && f.source !== 'annotation') || f.capability === 'bulk',
    );
    claim.accepted = verbs.length > 0 && other.length === 0;
    if (!claim.accepted) continue;
    for (const f of verbs) {
      f.category = 'Write';
      f.risk = 'medium';
      f.capability = null;
      f.verbEffect = 'changes';
    }
  }

  // 3. Closed-world claims only matter to the text.
  for (const claim of claims.filter((c) => c.claim === 'closed-world')) {
    const reaching = raising.filter((f) => f.capability !== null && NETWORK.has(f.capability));
    claim.accepted = reaching.length === 0;
    if (!claim.accepted) contradictions.push({ claim, by: reaching });
  }

  // 4. Category from the strong findings of the tool's own words (name, description, schema,
  // operations), or from every finding when none is strong. The author's annotations decide only
  // then: destructiveHint: true is the spec's default for any tool that is not read-only, so a
  // clear verb that adds, edits or reads outranks it. One exception: readOnlyHint: false against
  // own words that only read says the tool changes something after all (unless its name verb only
  // previews, or an accepted claim says it changes nothing).
  const categorical = raising.filter((f) => f.category !== null);
  const own = categorical.filter((f) => f.source !== 'annotation');
  const strongOwn = own.filter((f) => f.strength === 'strong');
  // Weak words still say what the tool does ("Deletes …" opening the description), unless the verb
  // itself says nothing ("manage", "handle"): then the annotations say more.
  const weakOwn = own.filter((f) => f.verb === undefined || VERBS.get(f.verb)?.weak !== true);
  let pool = strongOwn.length > 0 ? strongOwn : weakOwn.length > 0 ? own : categorical;
  // The author's readOnlyHint: false loses to a name and a description that both say "read", "get",
  // "list", "search", "describe" or "view" when nothing else in the definition changes anything
  // ("excel_read_sheet" that "Read[s] values from Excel sheet"): the flag is then most likely a default.
  const plainRead = options.mentionsChange === true ? undefined : plainlyReads(raising);
  if (plainRead) {
    decidedBy.push(VERDICT_RULES.readWordsOverHint.id);
    const hint = categorical.find((f) => f.rule === ANNOTATION_RULES.changes.id);
    if (hint) hint.accepted = false;
    annotationConflicts.push(
      `The author marks ${toolName} as changing its environment (readOnlyHint: false), but its name and description say it only ` +
        `${plainRead}, and nothing in its definition changes anything, so the tool is classified as a read.`,
    );
  }
  if (pool !== categorical && top(pool) === 'Read' && !readOnly && !plainRead && !pool.some((f) => f.previews === true)) {
    pool = [...pool, ...categorical.filter((f) => f.rule === ANNOTATION_RULES.changes.id)];
  }
  for (const f of categorical) if (!pool.includes(f) && CATEGORY_RANK[f.category!] > CATEGORY_RANK[top(pool) ?? 'Read']) f.accepted = false;

  let defaulted = false;
  let hintOnly = false;
  let category: Category;
  const acceptedClaim = readOnlyClaims.find((c) => c.accepted);
  if (pool.length === 0) {
    const change = raising.find((f) => f.accepted && f.capability !== null && CHANGING.has(f.capability));
    if (acceptedClaim) {
      category = 'Read';
    } else if (change) {
      category = 'Write';
      decidedBy.push(VERDICT_RULES.impliedChange.id);
      findings.push(
        finding({
          rule: VERDICT_RULES.impliedChange.id,
          source: 'default',
          text: change.text,
          field: change.field,
          category: 'Write',
          risk: 'medium',
          strength: 'weak',
          note: `No verb says what ${toolName} does, but it ${change.clause}, so it is treated as a tool that changes things.`,
          clause: change.clause,
        }),
      );
    } else {
      defaulted = true;
      category = 'Read';
      decidedBy.push(VERDICT_RULES.noEvidenceRead.id);
    }
  } else {
    decidedBy.push(VERDICT_RULES.strongestSignal.id);
    const unbounded = pool.some((f) => f.unbounded);
    const spends = pool.some((f) => f.category === 'Financial' && f.risk === 'critical');
    category = top(pool)!;
    // The author's destructiveHint is all there is: the spec's default for any tool that is not
    // read-only says nothing about what is lost, so the tool is a change of unknown reach, held at medium.
    if (
      category === 'Destructive' &&
      pool.every((f) => (f.source === 'annotation' && f.category !== 'Destructive') || f.rule === ANNOTATION_RULES.destructive.id)
    ) {
      hintOnly = true;
      category = 'Write';
      decidedBy.push(VERDICT_RULES.destructiveHintOnly.id);
      for (const f of pool) if (f.rule === ANNOTATION_RULES.destructive.id) f.accepted = false;
    }
    if (unbounded && !spends && category !== 'Execute') {
      category = 'Execute';
      decidedBy.push(VERDICT_RULES.unboundedExecute.id);
    }
  }

  // 5. Risk from every accepted finding that counts.
  let risk: RiskLevel = 'low';
  for (const f of findings) {
    if (f.effect !== 'raises' || !f.accepted || f.risk === null) continue;
    if (f.category !== null && pool.length > 0 && !pool.includes(f)) continue;
    risk = maxRisk(risk, f.risk);
  }
  if (hintOnly) risk = 'medium';
  // A name that removes one small item and a description that removes many ("deletes multiple
  // entities"): many wins, at high (nothing says everything, so not critical).
  const sizedAsOne = pool.some((f) => f.category === 'Destructive' && f.refinedBy.some((id) => SIZE_CAPS.has(id)));
  if (category === 'Destructive' && sizedAsOne && raising.some((f) => f.accepted && f.capability === 'bulk')) risk = maxRisk(risk, 'high');
  if (category === 'Destructive' && raising.some((f) => f.source === 'parameter' && f.capability === 'bulk')) {
    risk = raiseRisk(risk);
    decidedBy.push(VERDICT_RULES.bulkRaise.id);
  }
  // What the deletion removes bounds the whole verdict, not just the verb's finding: a warning
  // phrase or the author's hint does not make one comment or one reaction a high-risk deletion.
  const bulk = raising.some((f) => f.accepted && f.capability === 'bulk');
  if (category === 'Destructive' && !bulk) {
    const sized = pool.filter(
      (f) => f.category === 'Destructive' && f.strength === 'strong' && f.refinedBy.some((id) => SIZE_CAPS.has(id)),
    );
    const cap =
      sized.length > 0 &&
      sized.length === pool.filter((f) => f.category === 'Destructive' && f.strength === 'strong' && f.verb !== undefined).length
        ? sized.reduce<RiskLevel>((worst, f) => maxRisk(worst, f.risk ?? 'low'), 'low')
        : undefined;
    if (cap !== undefined && RISK_RANK[cap] < RISK_RANK[risk]) {
      risk = cap;
      decidedBy.push(VERDICT_RULES.sizeCap.id);
    }
    if (findings.some((f) => f.rule === RECOVERABLE_RULE && f.accepted) && RISK_RANK[risk] > RISK_RANK.high) {
      risk = 'high';
      decidedBy.push(VERDICT_RULES.recoverableCap.id);
    }
  }
  if (defaulted) {
    findings.push(
      finding({
        rule: VERDICT_RULES.noEvidenceRead.id,
        source: 'default',
        text: 'no signals',
        field: 'name',
        category: 'Read',
        risk: 'low',
        strength: 'weak',
        note:
          `Nothing in the definition of ${toolName} shows a way to change anything: ` +
          'no verb that writes, and no parameter that changes files, money or anything stored. It is treated as a read, ' +
          'with low confidence, because it rests on what the definition leaves out.',
        clause: 'shows no way to change anything',
      }),
    );
  }

  const setAsideHint = findings.find((f) => f.rule === ANNOTATION_RULES.destructive.id && !f.accepted);
  if (setAsideHint && category !== 'Destructive') {
    const words = pool.find((f) => f.category === category && f.source !== 'annotation');
    const silent = hintOnly ? 'nothing else in its definition says what it removes' : 'its own words say otherwise';
    annotationConflicts.push(
      `The author marks ${toolName} as destructive (destructiveHint: true), ` +
        `but ${words ? `it ${words.clause}` : silent}; ` +
        'the MCP spec assumes that hint of every tool that is not read-only, ' +
        `so the tool is classified in the ${category} category ${hintOnly ? 'as a change of unknown reach' : 'from its own words'}.`,
    );
  }

  // A read-only claim on a tool the verdict reads agrees with the author: nothing was overridden. (Two claims,
  // the author's hint and the description's words, can both be contradicted; the step is listed once.)
  if (category === 'Read') {
    const overridden = decidedBy.indexOf(VERDICT_RULES.readOnlyOverridden.id);
    if (overridden !== -1) decidedBy.splice(overridden, 1);
  }
  for (const { claim, by } of contradictions) {
    if (claim.claim === 'read-only' && category === 'Read') continue;
    const what = listJoin(unique(by.slice(0, 2).map((f) => f.clause)));
    const sentence = conflictSentence(toolName, claim, what, category);
    if (claim.source === 'annotation') annotationConflicts.push(sentence);
    else claimNotes.push(sentence);
  }
  const readOnlyHint = findings.find((f) => f.rule === ANNOTATION_RULES.readOnly.id);
  if (readOnlyHint && findings.some((f) => f.rule === ANNOTATION_RULES.contradictory.id)) {
    annotationConflicts.push(
      `The annotations of ${toolName} contradict each other: readOnlyHint: true together with destructiveHint: true.`,
    );
  }

  return {
    category,
    risk,
    confidence: confidence(findings, category, defaulted),
    findings,
    annotationConflicts,
    claimNotes,
    defaulted,
    decidedBy,
  };
}

/** The categories the name's verbs were judged to have (strong verbs only). */
function namedCategories(raising: readonly Finding[]): Category[] {
  return raising.flatMap((f) => (f.source === 'name' && f.strength === 'strong' && f.category !== null ? [f.category] : []));
}

function contradictsReadOnly(f: Finding): boolean {
  if (f.asReadOnly === null) return true;
  // Anything that is not a read and did not say how it reads under a read-only claim contradicts it.
  return f.asReadOnly === undefined && f.category !== null && f.category !== 'Read';
}

function conflictSentence(toolName: string, claim: Finding, what: string, category: Category): string {
  const verdict = `the ${category} category`;
  switch (claim.claim) {
    case 'read-only':
      return claim.source === 'annotation'
        ? `The author marks ${toolName} as read-only (readOnlyHint: true), but it ${what}; ` +
            `the claim is overridden and the tool is classified in ${verdict}.`
        : `The description calls ${toolName} read-only, but it ${what}; the claim is overridden and the tool is classified in ${verdict}.`;
    case 'not-destructive':
      return (
        `The author says ${toolName} is not destructive (destructiveHint: false), ` +
        `but it ${what}; the claim is overridden and the tool stays in ${verdict}.`
      );
    default:
      return `The author says ${toolName} only reaches a closed set of systems (openWorldHint: false), but it ${what}.`;
  }
}

function confidence(findings: readonly Finding[], category: Category, defaulted: boolean): number {
  const w = CONFIDENCE_WEIGHTS;
  if (defaulted) return w.fromSilence;
  const agreeing = findings.filter(
    (f) =>
      f.accepted &&
      ((f.effect === 'raises' && f.category === category) || (f.effect === 'lowers' && f.claim === 'read-only' && category === 'Read')),
  );
  const disagreeing = findings.filter(
    (f) => (f.effect === 'lowers' && !f.accepted) || (f.effect === 'raises' && f.category !== null && !f.accepted),
  );
  const sources = new Set(agreeing.map((f) => f.source)).size;
  const further = Math.min(agreeing.length - sources, w.furtherAgreementsCounted);
  const value = w.base + w.perAgreeingSource * sources + w.perFurtherAgreement * further - w.perDisagreement * disagreeing.length;
  return Math.round(Math.min(w.ceiling, Math.max(w.floor, value)) * 100) / 100;
}

/**
 * The category of the worst finding: the highest risk first, then the more powerful category, so
 * a critical permission write is not outranked by the high-risk overwrite it also performs, and a
 * delete outranks a start at equal risk.
 */
function top(pool: readonly Finding[]): Category | undefined {
  let best: Finding | undefined;
  for (const f of pool) {
    if (!f.category) continue;
    if (best === undefined || worse(f, best)) best = f;
  }
  return best?.category ?? undefined;
}

function worse(a: Finding, b: Finding): boolean {
  const risk = RISK_RANK[a.risk ?? 'low'] - RISK_RANK[b.risk ?? 'low'];
  return risk > 0 || (risk === 0 && CATEGORY_RANK[a.category!] > CATEGORY_RANK[b.category!]);
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}
