/**
 * Signals from the description: the verbs of its first sentence, and phrases that state power
 * ("permanently deletes", "executes a shell command") or claim its absence ("read-only").
 * Descriptions are prose by the same untrusted author as the annotations, so a verb here is weak
 * evidence and a read-only claim is a claim, weighed like an annotation.
 */
import type { Category } from '../../catalogue/schema.ts';
import { VERBS, type VerbEntry } from '../lexicon.ts';
import { quoted, snippet } from '../text.ts';
import { finding, type Finding } from './finding.ts';
import { judgeVerb } from './judge.ts';
import { MAX_SCAN, type ToolContext } from './context.ts';

/** Third-person and base forms of the English verbs: "deletes" -> delete. */
const DESCRIPTION_VERBS: ReadonlyMap<string, string> = (() => {
  const forms = new Map<string, string>();
  for (const [key, entry] of VERBS) {
    if (entry.browserOnly || entry.meaning || !/^[a-z]+$/.test(key)) continue;
    const third = key.endsWith('y') && !/[aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(key) ? `${key}es` : `${key}s`;
    for (const form of [key, third, entry.does.split(' ')[0]!]) if (!forms.has(form)) forms.set(form, key);
  }
  return forms;
})();

// "This tool ...", "Tool that ...", "Comprehensive pricing tool that ...": skip to the verb.
const LEAD_IN = /^(?:(?:this|the|a|an)\s+)?(?:[\w-]+\s+){0,5}?tool\s+(?:that|which|to|for)\s+|^(?:use this tool to|allows? (?:you )?to|lets? you|helps? (?:you )?|used to|(?:this|the) tool(?: helps?| can| will)?|can|will)\s+(?:(?:you )?to\s+)?/i;
const WORD = /[A-Za-z][A-Za-z-]*/g;

const NEGATION = /\b(not|never|no|without|cannot|can't|won't|doesn't|don't|isn't)\b[^.;:]*$/i;
const READ_ONLY_CLAIM = /\bread[- ]?only\b(?!\s*(?:mode|operations?|flag|tier|access mode|transactions? mode|replica))|\bdoes not (?:modify|change|write|alter)\b|\bwithout (?:modifying|changing|making (?:any )?changes)\b|\bno (?:changes|modifications) (?:are|will be) made\b|\bonly supports? select\b|\bselect (?:queries|statements) only\b|\bread-only select\b/i;
const DESTRUCTIVE_PHRASE = /\b(permanently (?:delete|remove|destroy|erase)s?|irreversibl[ey]|cannot be (?:undone|recovered|reversed)|can't be undone|data loss|will be (?:lost|deleted|destroyed)|destroys?|drops? (?:the |a )?(?:table|database|collection|index)|execute a destructive|(?:completely |will )?overwrites? (?:an? |the |any )?existing)\b/i;
/** Deletion of everything that matches: one call, unbounded loss. */
const BULK_DESTRUCTION = /\b((?:deletes?|removes?|purges?) (?:all|every|everything|each)|wipes? out|flush(?:es)? all|truncates?)\b/i;
const ARBITRARY_EXEC = /\b(arbitrary (?:code|commands?|scripts?|shell|sql)|any (?:shell )?command|(?:execute|run)s? (?:an? |the )?shell commands?|(?:bash|powershell|zsh) (?:commands?|scripts?)|execute (?:python|javascript|typescript|code)|runs? (?:python|javascript|typescript) code)\b/i;
const BUILD_EXEC = /\b(docker build|builds?(?:\/\w+)? (?:a |the )?(?:docker |container )image|compiles? (?:your|the)|builds? (?:a |the |your )?(?:serverless )?application)\b/i;
const API_PASSTHROUGH = /\b(?:(?:call|execute|invoke|run)s?\s+(?:any|arbitrary)\s+(?:[\w-]+\s+){0,3}(?:api\s+)?(?:operations?|actions?|calls?)|(?:execute|call|invoke)s?\s+(?:[\w-]+\s+){0,2}api operations directly|direct execution of [\w\s-]{0,30}api operations)\b/i;
const OUTBOUND = /\b(?:sends?|publish(?:es)?|delivers?) (?:an? |the )?(?:e-?mails?|sms|text messages?|notifications?|messages?|chat messages?)\b/i;
const SPEND = /\b(?:purchases?|buys?|pays?|charges?) (?:a |an |the |your )?(?:savings plans?|reserved instances?|commitments?|subscriptions?|credits?|card|invoice)\b/i;
const MONEY_DATA = /\b(billing|invoices?|invoicing|budgets?|payments?|refunds?|savings plans?|reserved instances?|cost and usage|spend(?:ing)? data)\b/i;
const SENSITIVE = /\b(patients?|fhir|dicom|medical|clinical|protected health information|phi|pii|personally identifiable|social security|genomic)\b/i;
const CONFIRMATION = /\b(requires? (?:explicit )?(?:user )?confirmation|must (?:first )?(?:ask|confirm with) the user|wait for (?:their|the user'?s) (?:explicit )?decision|never call this tool without the user'?s approval|must be true to (?:execute|confirm)|double safety gate)\b/i;
const CROSS_TOOL = /\b(prefer this tool over|always (?:use|prefer) this tool|instead of (?:using )?(?:the )?['"`]?\w+['"`]? tool|do not use (?:the )?['"`]?\w+['"`]? tool|use this tool instead of)\b/i;
const EXTERNAL_CONTENT = /\b(web ?pages?|websites?|html pages?|documentation pages?|fetch(?:es)? (?:the )?(?:content|page)|e-?mails?|inbox|chat messages?|documents?|search results)\b/i;

export function descriptionSignals(context: ToolContext): Finding[] {
  const description = context.description.slice(0, MAX_SCAN);
  if (description.trim() === '') return [];
  const findings: Finding[] = [...summaryVerbs(context)];
  const parts = context.sentences;
  const early = parts.slice(0, 3).join(' ');

  const claim = matchOutsideNegation(READ_ONLY_CLAIM, early) ?? parts.map((p) => (/^read[- ]only\.?$/i.test(p) ? p : undefined)).find(Boolean);
  if (claim) {
    findings.push(finding({
      source: 'description', effect: 'lowers', claim: 'read-only', text: claim, field: 'description', category: 'Read', risk: 'low', strength: 'weak',
      note: `The description claims the tool only reads (${quoted(sentenceWith(parts, claim), 120)}).`,
      clause: 'is described as read-only',
    }));
  }
  const destructive = matchOutsideNegation(DESTRUCTIVE_PHRASE, description);
  if (destructive) {
    findings.push(finding({
      source: 'description', text: destructive, field: 'description', category: 'Destructive', risk: 'high', capability: 'destruction', asReadOnly: null,
      note: `The description warns of loss: ${quoted(sentenceWith(parts, destructive, context.summary), 140)}`,
      clause: `is described as destructive (${quoted(destructive)})`,
    }));
  }
  const bulk = matchOutsideNegation(BULK_DESTRUCTION, context.summary);
  if (bulk) {
    findings.push(finding({
      source: 'description', text: bulk, field: 'description', category: 'Destructive', risk: 'critical', capability: 'bulk', asReadOnly: null,
      note: `The description says one call removes everything that matches: ${quoted(sentenceWith(parts, bulk, context.summary), 140)}`,
      clause: `deletes in bulk (${quoted(bulk)})`,
    }));
  }
  const arbitrary = matchOutsideNegation(ARBITRARY_EXEC, context.summary);
  if (arbitrary) {
    findings.push(finding({
      source: 'description', text: arbitrary, field: 'description', category: 'Execute', risk: 'critical', capability: 'code-execution',
      unbounded: true, asReadOnly: null,
      note: `The description says it runs code or commands: ${quoted(sentenceWith(parts, arbitrary, context.summary), 140)}`,
      clause: `runs code or commands (${quoted(arbitrary)})`,
    }));
  }
  const build = matchOutsideNegation(BUILD_EXEC, early);
  if (build) {
    findings.push(finding({
      source: 'description', text: build, field: 'description', category: 'Execute', risk: 'high', capability: 'build-deploy', asReadOnly: null,
      note: `The description says it builds software: ${quoted(sentenceWith(parts, build, context.summary), 140)}`,
      clause: `builds software (${quoted(build)})`,
    }));
  }
  const passthrough = matchOutsideNegation(API_PASSTHROUGH, description);
  if (passthrough) {
    findings.push(finding({
      source: 'description', text: passthrough, field: 'description', category: 'Execute', risk: 'high', capability: 'api-passthrough', asReadOnly: null,
      note: `The description says it passes API operations straight through: ${quoted(sentenceWith(parts, passthrough, context.summary), 140)}`,
      clause: `calls whatever API operation the agent names (${quoted(passthrough)})`,
    }));
  }
  const outbound = matchOutsideNegation(OUTBOUND, context.summary);
  if (outbound) {
    findings.push(finding({
      source: 'description', text: outbound, field: 'description', category: 'Write', risk: 'medium', capability: 'outbound-message', strength: 'weak', asReadOnly: null,
      note: `The description says it sends messages (${quoted(outbound)}), which cannot be called back once delivered.`,
      clause: `sends messages (${quoted(outbound)})`,
    }));
  }
  const spend = matchOutsideNegation(SPEND, context.summary);
  if (spend) {
    findings.push(finding({
      source: 'description', text: spend, field: 'description', category: 'Financial', risk: 'critical', capability: 'money', asReadOnly: null,
      note: `The description says it spends money: ${quoted(context.summary, 140)}`,
      clause: `spends money (${quoted(spend)})`,
    }));
  } else if (!context.nameFacts.nouns.has('money')) {
    const money = context.summary.match(MONEY_DATA)?.[0];
    if (money) {
      findings.push(finding({
        source: 'description', text: money, field: 'description', category: 'Financial', risk: 'medium', capability: 'money', strength: 'weak',
        asReadOnly: { category: 'Financial', risk: 'medium' },
        note: `The description places the tool in an account’s finances (${quoted(money)}): ${quoted(context.summary, 120)}`,
        clause: `deals with ${quoted(money)}`,
      }));
    }
  }
  const sensitive = early.match(SENSITIVE)?.[0];
  if (sensitive && !context.nameFacts.nouns.has('health')) {
    findings.push(finding({
      source: 'description', text: sensitive, field: 'description', risk: 'medium', capability: 'sensitive-data', strength: 'weak',
      note: `The description mentions ${quoted(sensitive)}: the data is about people and regulated.`,
      clause: `handles regulated personal data (${quoted(sensitive)})`,
    }));
  }
  const confirmation = description.match(CONFIRMATION)?.[0];
  if (confirmation) {
    findings.push(finding({
      source: 'description', effect: 'context', text: confirmation, field: 'description', capability: 'confirmation-expected', strength: 'weak',
      note: `The author expects a person to confirm each call (${quoted(confirmation)}); a client that auto-approves tools skips that, so the gateway should ask instead.`,
      clause: `is meant to be confirmed by a person (${quoted(confirmation)})`,
    }));
  }
  const crossTool = description.match(CROSS_TOOL)?.[0];
  if (crossTool) {
    findings.push(finding({
      source: 'description', effect: 'context', text: crossTool, field: 'description', capability: 'cross-tool-reference', strength: 'weak',
      note: `The description steers the agent’s choice between tools (${quoted(sentenceWith(parts, crossTool), 120)}).`,
      clause: `tells the agent which tools to prefer (${quoted(crossTool)})`,
    }));
  }
  const external = context.summary.match(EXTERNAL_CONTENT)?.[0];
  if (external) {
    findings.push(finding({
      source: 'description', effect: 'context', text: external, field: 'description', capability: 'external-content', strength: 'weak',
      note: `The description says it returns ${quoted(external)}: text written by others that the agent will read as input.`,
      clause: `returns ${quoted(external)} written by others`,
    }));
  }
  return findings;
}

/** The verbs of the summary sentence: its first word, and verbs joined to it ("creates ... and builds/pushes"). */
function summaryVerbs(context: ToolContext): Finding[] {
  // "A detailed tool for problem-solving. This tool helps analyze ...": when the summary has no
  // leading verb, the next sentence often has one.
  const next = context.sentences[context.sentences.indexOf(context.summary) + 1];
  const first = verbsOf(context, context.summary);
  return first.length > 0 || next === undefined ? first : verbsOf(context, next);
}

function verbsOf(context: ToolContext, sentence: string): Finding[] {
  const summary = sentence.replace(LEAD_IN, '');
  const words = [...summary.matchAll(WORD)];
  const firstKey = words[0] ? DESCRIPTION_VERBS.get(words[0][0].toLowerCase()) : undefined;
  if (!firstKey) return [];
  // Imperative ("Fetch and convert") or third person ("Creates ... and builds/pushes"): joined verbs use the same form.
  const imperative = words[0]![0].toLowerCase() === firstKey;
  const verbs = [{ match: words[0]!, key: firstKey }];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]![0].toLowerCase();
    const key = DESCRIPTION_VERBS.get(word);
    if (!key || (word === key) !== imperative) continue;
    const previous = words[i - 1]!;
    const between = summary.slice(previous.index + previous[0].length, words[i]!.index);
    if (between.trim() === '/' || /^(and|or|then)$/i.test(previous[0])) verbs.push({ match: words[i]!, key });
  }
  const findings: Finding[] = [];
  const seen = new Set<Category>();
  for (const { match, key } of verbs) {
    const entry: VerbEntry = VERBS.get(key)!;
    const judged = judgeVerb(key, entry, context.nameFacts.nouns, context.nameFacts.words);
    if (seen.has(judged.category)) continue;
    seen.add(judged.category);
    // "Get detailed pricing ..." becomes "gets detailed pricing ..." after "it".
    const rest = snippet(summary.slice(match.index + match[0].length), 90).replace(/[.…]+$/, '');
    // The author's words stay in quotation marks; only the verb is ours ("gets “detailed pricing …”").
    const verb = imperative ? entry.does.split(' ')[0]! : match[0].toLowerCase();
    const clause = rest === '' ? verb : rest.startsWith('/') ? `${verb}${rest}` : `${verb} ${quoted(rest)}`;
    const note = findings.length === 0
      ? `The description ${sentence === context.summary ? 'opens with' : 'says'} ${quoted(sentence, 160)}`
      : `The description says the tool ${clause}`;
    findings.push(finding({
      source: 'description',
      text: match[0],
      field: 'description',
      category: judged.category,
      risk: judged.risk,
      capability: judged.capability,
      strength: 'weak',
      ...(judged.category === 'Read' ? {} : { asReadOnly: entry.readOnlyCompatible ? { category: 'Read' as const, risk: 'low' as const } : null }),
      note: /[.!?…”]$/.test(note) ? note : `${note}.`,
      clause,
    }));
  }
  return findings;
}

function matchOutsideNegation(pattern: RegExp, text: string): string | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const before = text.slice(Math.max(0, match.index - 40), match.index);
  return NEGATION.test(before) ? undefined : match[0];
}

/** The sentence a phrase is in, or just the phrase when that sentence is the summary (quoted already). */
function sentenceWith(parts: readonly string[], text: string, summary = ''): string {
  const sentence = parts.find((part) => part.includes(text)) ?? text;
  return sentence === summary ? text : sentence;
}
