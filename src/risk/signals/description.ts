/**
 * Signals from the description: the verbs of its first sentence, and the phrase rules of
 * DESCRIPTION_RULES (src/risk/rules/description.ts).
 */
import type { Category } from '../../values/index.ts';
import { BENEFICIARY, CHECK_VERBS, LINK_WORDS, NOUN_TOO, SIGN_IN_VERBS, STOPWORDS, VERBS, type VerbEntry } from '../lexicon.ts';
import { DESCRIPTION_RULES, OPENING_VERB_RULE, type DescriptionRule } from '../rules/description.ts';
import { quoted, snippet } from '../text.ts';
import { MAX_SCAN, type ToolContext } from './context.ts';
import { finding, type Finding } from './finding.ts';
import { headClasses, judgeVerb, nounClasses } from './judge.ts';
import { namesMachineRecordLogs } from './name.ts';
import { splitWords, type Word } from '../words.ts';

/**
 * Third-person and base forms of the English verbs: "deletes" -> delete. A verb's own forms come
 * first, so "runs" is "run" and not the first word of another verb's gloss ("runs a transaction on").
 */
const DESCRIPTION_VERBS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  const english = [...VERBS].filter(([key, entry]) => !entry.meaning && !entry.nameOnly && /^[a-z]+$/.test(key));
  for (const [key] of english) {
    const third =
      key.endsWith('y') && !/[aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(key) ? `${key}es` : `${key}s`;
    for (const form of [key, third]) if (!forms.has(form)) forms.set(form, key);
  }
  for (const [key, entry] of english) {
    const glossed = entry.does.split(' ')[0]!;
    if (!forms.has(glossed)) forms.set(glossed, key);
  }
  return forms;
})();

// "This tool ...", "Tool that ...", "Comprehensive pricing tool that ...": skip to the verb.
// An adverb first ("Quickly read …") is not the verb.
const LEAD_IN = new RegExp(
  [
    String.raw`^(?:[a-z]+ly\s+)?(?:(?:this|the|a|an)\s+)?(?:[\w-]+\s+){0,5}?tool\s+(?:that|which|to|for)\s+`,
    String.raw`^(?:use this tool to|allows? (?:you )?to|lets? you|helps? (?:you )?|used to|` +
      String.raw`(?:this|the) tool(?: helps?| can| will| allows?| lets?| enables?| is used to| is designed to)?|it|can|will)\s+` +
      String.raw`(?:(?:you|users?|agents?|the agent)\s+)?(?:to\s+)?`,
  ].join('|'),
  'i',
);
const WORD = /[A-Za-z][A-Za-z-]*/g;
/**
 * A title in capitals before a dash or a colon ("HEALTH AUDIT TOOL - Detect anomalies …"): a label, not the verb.
 */
const CAPS_TITLE = /^(?:[A-Z][A-Z0-9&/-]*\s+){0,5}[A-Z][A-Z0-9&/-]*\s*(?:[-–—:]\s+)/;
/**
 * A bullet, a numbered step, a quotation or a question ("- \"Is the Payment application healthy?\""): an example
 * of what a user might ask or a detail of the usage, not the sentence that says what the tool does.
 */
const NOT_DECLARATIVE = /^\s*(?:[-*•>]\s|\d+[.)]\s|["“'‘`])|\?["”'’]?\s*$/;
// Sentences that say when to call the tool, or what it takes ("Accepts email address or ID"), not what it does.
const WHEN_TO_USE = new RegExp(
  // "Call this command and follow its guidance before …": an instruction to the agent, not what the tool does.
  String.raw`^(?:start here\b|(?:use|call|run) this(?: tool| command| function)? (?:first|when|after|before|if|only|and)\b|` +
    String.raw`when to use\b|important\b|` +
    // Instructions to the agent about the user ("Make the user aware of this …"), not what the tool does.
    String.raw`(?:make|let|tell|remind|ask|inform) (?:the )?users?\b|` +
    String.raw`note:|warning:|deprecat|(?:accepts|takes|expects|requires|supports)\b)`,
  'i',
);

/** "may be irreversible", "can be lost": what could happen, not what the call does. */
const HEDGE_BEFORE = /\b(?:may|might|can|could|possibly|potentially)(?: also)?(?: be)?\s*$/i;
/** A sentence that tells how to do something else: "To permanently delete, …", "If you want to overwrite, …". */
const INSTRUCTION = /^(?:💡\s*)?(?:tip:\s*)?(?:to|if you (?:want|need) to|in order to)\s+(?:\w+\s+){0,3}?\w+,/i;
/** "choose a get or list tool first", "use another tool": the sentence is about a different tool. */
const OTHER_TOOL = /\b(?:an?|the|other|separate|corresponding)\s+(?:[\w-]+\s+){1,3}?tools?\b|\b(?:another|other|separate) tools?\b/i;
/**
 * What follows a word that is the first noun of a subject: a few bare words (no article, so no object
 * of an imperative: "Verify the code is valid" keeps its verb), then the sentence's own "is" or "are".
 */
const NOUN_PHRASE_SUBJECT = new RegExp(
  String.raw`^\s+(?!(?:the|a|an|this|these|those|your|my|our|its|their|all|any|each|every|some|it|them)\b)` +
    String.raw`(?:(?!(?:that|which|who|whose|where|when|what|how|if|whether)\b)[\w-]+(?:\s+|\s*\/\s*)){1,4}?(?:is|are|was|were)\s`,
  'i',
);
const IDENTIFIER_WORD = /[A-Za-z][\w-]*[_-][\w-]*/g;
const NEGATION_BEFORE = /\b(not|never|no|without|cannot|can't|won't|doesn't|don't|isn't)\b[^.;:]*$/i;
const NEGATION_AFTER = new RegExp(
  String.raw`^[^.;:\n]{0,40}?\b(?:(?:are|is) not (?:allowed|supported|permitted|available)|` +
    String.raw`(?:are|is) (?:blocked|rejected|forbidden|disallowed|disabled)|not (?:allowed|supported|permitted))\b`,
  'i',
);

export function descriptionSignals(context: ToolContext): Finding[] {
  const description = context.description.slice(0, MAX_SCAN);
  if (description.trim() === '') return [];
  const findings: Finding[] = [...summaryVerbs(context)];
  // Phrases are matched on single-spaced text: authors wrap lines anywhere ("incurs\nAWS charges").
  const scopes = {
    summary: context.summary,
    early: context.sentences.slice(0, 3).join(' ').replace(/\s+/g, ' '),
    whole: description.replace(/\s+/g, ' '),
  };
  for (const rule of DESCRIPTION_RULES) {
    if (rule.unlessName === 'money' && (context.nameFacts.nouns.has('money-data') || context.nameFacts.nouns.has('money-movement')))
      continue;
    if (rule.unlessName === 'health' && context.nameFacts.nouns.has('health')) continue;
    if (rule.unlessName === 'content' && context.nameFacts.findings.some((f) => f.capability === 'external-content')) continue;
    // "get_vpc_flow_logs": the "log entries" its description returns are the flow records the name already named.
    if (rule.unlessName === 'content' && namesMachineRecordLogs(context.nameFacts.words)) continue;
    // The name's own verbs, as the lexicon knows them: "get_…" reads, "start_…" acts even when it starts a computation.
    if (rule.actsOnly && context.nameFacts.entries.length > 0 && context.nameFacts.entries.every((entry) => entry.category === 'Read'))
      continue;
    if (rule.readsOnly && context.nameFacts.entries.some((entry) => entry.category !== 'Read')) continue;
    const match =
      matchOutsideNegation(rule.pattern, scopes[rule.scope], rule.unlessHedged === true) ?? standaloneClaim(rule, context.sentences);
    if (match === undefined) continue;
    const sentence = sentenceWith(context.sentences, match, context.summary);
    if (
      rule.returnsOnly &&
      context.nameFacts.entries.some((entry) => entry.category !== 'Read') &&
      !returnedHere(scopes[rule.scope], match)
    )
      continue;
    if (rule.unlessExample && inExample(scopes[rule.scope], match)) continue;
    if (rule.set.capability === 'external-content' && afterReference(scopes[rule.scope], match)) continue;
    if (rule.unlessSiblings && namesOnlySiblings(sentenceWith(context.sentences, match), context)) continue;
    if (rule.aboutThisTool && namesAnotherTool(sentenceWith(context.sentences, match), context)) continue;
    if (rule.unlessHedged && INSTRUCTION.test(sentenceWith(context.sentences, match))) continue;
    const quote = sentence === match ? quoted(match, 140) : quoted(sentence, 140);
    findings.push(
      finding({
        rule: rule.id,
        source: 'description',
        text: match,
        field: 'description',
        ...rule.set,
        note: rule.note(quote, quoted(match, 60)),
        clause: rule.clause(quoted(match, 60)),
      }),
    );
  }
  return findings;
}

/** "Read-only." alone as a sentence is a claim too. */
function standaloneClaim(rule: DescriptionRule, sentences: readonly string[]): string | undefined {
  if (rule.set.claim !== 'read-only') return undefined;
  return sentences.find((part) => /^read[- ]only\.?$/i.test(part));
}

/** The verbs of the summary sentence: its first word, and verbs joined to it ("creates ... and builds/pushes"). */
function summaryVerbs(context: ToolContext): Finding[] {
  // "A detailed tool for problem-solving. This tool helps analyze ...": when the summary has no
  // leading verb, the next sentence often has one. "Start here if …" and "Use this tool first" say
  // when to call the tool, not what it does.
  const start = context.sentences.indexOf(context.summary);
  const candidates = context.sentences
    .slice(Math.max(0, start), Math.max(0, start) + 3)
    .filter((sentence) => !WHEN_TO_USE.test(sentence) && !NOT_DECLARATIVE.test(sentence))
    .map((sentence) => sentence.replace(CAPS_TITLE, ''));
  const [first, next] = candidates;
  if (first === undefined) return [];
  const found = verbsOf(context, first);
  return found.length > 0 || next === undefined ? found : verbsOf(context, next);
}

const START_CHANGE_RULE = 'verb.start-change-event';

/** The name's first verb only checks something ("verify", "validate"). */
const checksByName = (context: ToolContext) => CHECK_VERBS.has(context.nameFacts.verbs[0] ?? '');

/** The verb the summary (or the sentence after a "when to use" line) opens with, as the lexicon knows it. */
export function openingVerb(sentences: readonly string[]): string | undefined {
  const first = sentences.slice(0, 3).find((sentence) => !WHEN_TO_USE.test(sentence) && !NOT_DECLARATIVE.test(sentence));
  const word = first?.replace(CAPS_TITLE, '').replace(LEAD_IN, '').match(WORD)?.[0];
  return word === undefined ? undefined : DESCRIPTION_VERBS.get(word.toLowerCase());
}

function verbsOf(context: ToolContext, sentence: string): Finding[] {
  const summary = sentence.replace(LEAD_IN, '');
  const words = [...summary.matchAll(WORD)];
  // "TIP: …", "Note: …": a label before a colon is no verb.
  const label = words[0] !== undefined && /^\s*:/.test(summary.slice(words[0].index + words[0][0].length));
  let firstKey = words[0] && !label ? DESCRIPTION_VERBS.get(words[0][0].toLowerCase()) : undefined;
  // "Start authenticating …", "Begins deleting …": the gerund says what is started.
  const gerund = firstKey && VERBS.get(firstKey)!.starts && words[1] ? gerundVerb(words[1][0]) : undefined;
  if (gerund) {
    words.shift();
    firstKey = gerund;
  }
  if (!firstKey) return [];
  // Imperative ("Fetch and convert") or third person ("Creates ... and builds/pushes"): joined verbs use the same form.
  const imperative = words[0]![0].toLowerCase() === firstKey;
  // "Import edges and dead-code results are candidates": the word is a noun before the sentence's own verb.
  if (imperative && NOUN_PHRASE_SUBJECT.test(summary.slice(words[0]!.index + words[0]![0].length))) return [];
  const verbs = [{ match: words[0]!, key: firstKey }];
  // Joined verbs only in the first clause: "View commit history with … or commit message" has one verb.
  const clauseEnd = summary.search(/[,;:(]| (?:with|by|using|for|from|including|such as) /i);
  for (let i = 1; i < words.length; i++) {
    if (clauseEnd !== -1 && words[i]!.index > clauseEnd) break;
    const word = words[i]![0].toLowerCase();
    const key = DESCRIPTION_VERBS.get(word);
    if (!key || (word === key) !== imperative) continue;
    const previous = words[i - 1]!;
    const between = summary.slice(previous.index + previous[0].length, words[i]!.index);
    if (between.trim() === '/' || /^(and|or|then)$/i.test(previous[0])) verbs.push({ match: words[i]!, key });
  }
  // A clear verb here overrules a name verb that is also a common noun ("snapshot_volume" that "Deletes ...").
  // "Execute the … operation" or "Manage …" describes calling the tool, not what it does: those never overrule.
  const openingEntry = VERBS.get(firstKey)!;
  const overrules =
    context.nameFacts.ambiguousVerb &&
    !NOUN_TOO.has(firstKey) &&
    !openingEntry.dispatches &&
    !openingEntry.weak &&
    !verbs.some(({ key }) => context.nameFacts.verbs.includes(key));
  const findings: Finding[] = [];
  const seen = new Set<Category>();
  for (const { match, key } of verbs) {
    const entry: VerbEntry = VERBS.get(key)!;
    // What the sentence says the verb acts on ("Close a connection to DocumentDB" -> connection), else the name's nouns.
    // A check name over a sentence that starts something: what is started may be joined ("DNS verification and ownership
    // transfer"), and the whole joined object says whether the call changes anything.
    const joined = findings.length === 0 && entry.starts === true && checksByName(context);
    const object = (joined ? joinedObjectOf : objectOf)(summary.slice(match.index + match[0].length));
    const nouns = new Set([...context.nameFacts.nouns, ...nounClasses(object)]);
    if (context.nameFacts.oneBatch && !context.nameFacts.nouns.has('bulk') && object.every((w) => w.lower !== 'all')) nouns.delete('bulk');
    const judged =
      object.length > 0
        ? judgeVerb(
            key,
            entry,
            nouns,
            [...context.nameFacts.words, ...object],
            nounClasses(object),
            headClasses(objectHead(summary.slice(match.index + match[0].length))),
            context.nameFacts.unsized,
            context.nameFacts.relabels,
          )
        : judgeVerb(
            key,
            entry,
            nouns,
            context.nameFacts.words,
            context.nameFacts.objectNouns,
            context.nameFacts.objectNouns,
            context.nameFacts.unsized,
            context.nameFacts.relabels,
          );
    if (seen.has(judged.category)) continue;
    seen.add(judged.category);
    // "verify-domain-claim" that "Trigger[s] … ownership transfer": the opening says the call makes the change, which
    // decides over a name verb that only checks.
    const startsChange = findings.length === 0 && checksByName(context) && judged.rules.includes(START_CHANGE_RULE);
    // "AuthorizeQIndex" that "Generate[s] the OIDC authorization URL": the tool builds the link a person opens to sign
    // in, and authorises nothing itself.
    const buildsSignInLink =
      findings.length === 0 &&
      judged.category === 'Read' &&
      SIGN_IN_VERBS.has(context.nameFacts.verbs[0] ?? '') &&
      verbs.length === 1 &&
      object.some((w) => LINK_WORDS.has(w.lower));
    // "Get detailed pricing ..." becomes "gets detailed pricing ..." after "it".
    const rest = snippet(summary.slice(match.index + match[0].length), 90).replace(/[.…]+$/, '');
    // The author's words stay in quotation marks; only the verb is ours ("gets “detailed pricing …”").
    const verb = imperative ? entry.does.split(' ')[0]! : match[0].toLowerCase();
    const clause = rest === '' ? verb : rest.startsWith('/') ? `${verb}${rest}` : `${verb} ${quoted(rest)}`;
    const note =
      findings.length === 0
        ? `The description ${sentence === context.summary ? 'opens with' : 'says'} ${quoted(sentence, 160)}`
        : `The description says the tool ${clause}`;
    findings.push(
      finding({
        rule: OPENING_VERB_RULE.id,
        verb: key,
        verbEffect: judged.effect,
        verbIdempotent: judged.idempotent,
        refinedBy: judged.rules,
        source: 'description',
        text: match[0],
        field: 'description',
        category: judged.category,
        risk: judged.risk,
        capability: judged.capability,
        strength: (overrules && findings.length === 0) || startsChange || buildsSignInLink ? 'strong' : 'weak',
        ...(judged.category === 'Read'
          ? {}
          : { asReadOnly: entry.readOnlyCompatible ? { category: 'Read' as const, risk: 'low' as const } : null }),
        note: /[.!?…”]$/.test(note) ? note : `${note}.`,
        clause,
      }),
    );
  }
  return findings;
}

/** The verb of an "-ing" form the lexicon knows: "authenticating" -> authenticate, "running" -> run. */
function gerundVerb(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (!lower.endsWith('ing') || lower.length < 6) return undefined;
  const stem = lower.slice(0, -3);
  const forms = [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  return forms.find((form) => VERBS.has(form) && !VERBS.get(form)!.meaning && !VERBS.get(form)!.nameOnly);
}

/**
 * Where the object of a verb in prose ends: punctuation, a preposition or another clause, or "for" before a person
 * ("Create a new calendar for a user"): that person is who the thing is for, not what the verb acts on.
 */
const OBJECT_END = new RegExp(
  String.raw`[.,;:()\n]| and | or | with | from | using | that | which | to |\s(?=for\s+${BENEFICIARY.source})`,
  'i',
);

/** Where a joined object ends: as OBJECT_END, but "and" / "or" join more of what the verb acts on. */
const JOINED_OBJECT_END = new RegExp(String.raw`[.,;:()\n]| with | from | using | that | which | to | for | in | on | of `, 'i');

/** The words a verb in prose acts on, with what "and" or "or" joins to them: "DNS verification and ownership transfer". */
function joinedObjectOf(rest: string): Word[] {
  return splitWords(rest.split(JOINED_OBJECT_END)[0] ?? '')
    .filter((word) => !STOPWORDS.has(word.lower))
    .slice(0, 8);
}

/** The words a verb in prose acts on: up to five words after it, before punctuation, a preposition or another clause. */
function objectOf(rest: string): Word[] {
  // "Submit the user's enhancement selection": the owner before 's says whose, not what (the selection).
  const clause = (rest.split(OBJECT_END)[0] ?? '').replace(/\b[\w-]+['’]s\b/g, ' ');
  return splitWords(clause)
    .filter((word) => !STOPWORDS.has(word.lower))
    .slice(0, 5);
}

const GENERIC_HEADS: ReadonlySet<string> = new Set(['information', 'info', 'details', 'data', 'list', 'set', 'all', 'every']);

/**
 * The words whose last is the head of what a verb in prose acts on: the object up to its first
 * preposition ("all cost category definitions in the account" -> definitions), without a participle
 * after the head ("the custom contact fields defined in a profile" -> fields).
 */
function objectHead(rest: string): Word[] {
  const [first = '', ...others] = rest.split(/\b(?:in|of|on|at|by|for|about|within|under|via|across)\b/i);
  // "information about supported file types", "the list of contact fields": a generic word names what follows.
  const before = objectOf(first);
  const generic = before.length > 0 && before.every((word) => GENERIC_HEADS.has(word.lower));
  const words = objectOf(generic && others[0] !== undefined ? others[0] : first);
  while (words.length > 1 && /^[a-z]+ed$/.test(words[words.length - 1]!.lower)) words.pop();
  return words;
}

function matchOutsideNegation(pattern: RegExp, text: string, unlessHedged = false): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
  if (unlessHedged && HEDGE_BEFORE.test(before)) return undefined;
  return NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after) ? undefined : match[0];
}

/**
 * A returning verb earlier in the same sentence as `match`: "… and returns the emails". "List" after an
 * article is a noun ("from the suppression list"), not a verb.
 */
const RETURNING = new RegExp(
  String.raw`\b(?:returns?|returning|fetch(?:es|ing)?|reads?|reading|gets?|getting|search(?:es|ing)?|retriev(?:e|es|ing)|` +
    String.raw`(?<!\b(?:the|a|an|this|that|your|its|their) (?:[\w-]+ )?)lists?|listing)\b[^.!?]*$`,
  'i',
);
function returnedHere(text: string, match: string): boolean {
  const at = text.indexOf(match);
  return at >= 0 && RETURNING.test(text.slice(0, at));
}

/**
 * A noun that points at something, counts it or sets it up, before "of/for/to": "the link to the website",
 * "the number of emails", "the deployment settings of the website".
 */
const REFERENCE_BEFORE = new RegExp(
  String.raw`\b(?:links?|urls?|uris?|ids?|identifiers?|names?|paths?|counts?|number|metadata|status(?:es)?|` +
    String.raw`settings?|configurations?|config|preferences|options|quotas?|limits?)\s+(?:to|for|of)\b[^.;:!?]*$`,
  'i',
);

/** The phrase is not what the tool returns but what a link, an id or a count it returns points at. */
function afterReference(text: string, match: string): boolean {
  const at = text.indexOf(match);
  return at !== -1 && REFERENCE_BEFORE.test(text.slice(Math.max(0, at - 100), at));
}

/** "such as market share and budget allocation", "e.g. patient records": the phrase is an example in its clause. */
const EXAMPLE_BEFORE = /\b(?:such as|e\.g\.|e\.g|for example|for instance|including)\b[^.;:()]*$/i;

/** An open quotation mark before the phrase, and the question it opens closing after it: "How can I … my genomic workflows?" */
const QUESTION_OPENS = /["“][^"”\n]*$/;
const QUESTION_CLOSES = /^[^"”\n]*\?["”]/;

function inExample(text: string, match: string): boolean {
  const at = text.indexOf(match);
  if (at === -1) return false;
  const before = text.slice(Math.max(0, at - 200), at);
  // A question a user might ask, quoted to say when to call the tool: an example, not what the tool returns.
  const question = QUESTION_OPENS.test(before) && QUESTION_CLOSES.test(text.slice(at, at + 200));
  return question || EXAMPLE_BEFORE.test(before.slice(-80));
}

/** The tools a sentence names ('fill', `click`, "the grep tool") are all the server's own, and it names at least one. */
function namesOnlySiblings(sentence: string, context: ToolContext): boolean {
  const named = [
    ...[...sentence.matchAll(/['"`‘“]([A-Za-z][\w-]*)['"`’”]/g)].map((m) => m[1]!),
    ...[...sentence.matchAll(/\b([A-Za-z][\w-]*) tool\b/g)].map((m) => m[1]!).filter((word) => !/^(?:this|the|a|an|that)$/i.test(word)),
  ];
  return named.length > 0 && named.every((name) => name === context.name || context.siblings.has(name));
}

/** A sentence that names another tool: a sibling, a `code` identifier, or "a get or list tool". */
function namesAnotherTool(sentence: string, context: ToolContext): boolean {
  if (OTHER_TOOL.test(sentence)) return true;
  for (const match of sentence.matchAll(IDENTIFIER_WORD)) if (match[0] !== context.name && context.siblings.has(match[0])) return true;
  return /`[A-Za-z][\w-]*[_-][\w-]*`/.test(sentence.replace(`\`${context.name}\``, ''));
}

/** The sentence a phrase is in, or just the phrase when that sentence is the summary (quoted already). */
function sentenceWith(parts: readonly string[], text: string, summary = ''): string {
  const sentence = parts.find((part) => part.includes(text)) ?? text;
  return sentence === summary ? text : sentence;
}
