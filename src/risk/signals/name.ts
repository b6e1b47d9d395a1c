/**
 * Signals from the tool's name: its verbs ("delete", "build", "push") judged against its nouns
 * ("cluster", "patient", "billing"). A name is the one part of a tool every client shows, and
 * authors choose it to say what the tool does, so its verbs are strong evidence.
 */
import type { Category, RiskLevel } from '../../catalogue/schema.ts';
import { INFORMATIONAL, NOUN_GLOSS, type NounClass, type VerbEntry } from '../lexicon.ts';
import { quoted } from '../text.ts';
import type { Word } from '../words.ts';
import { finding, type Finding } from './finding.ts';
import { isEstimating, judgeVerb, lookupVerb, nounClasses, objectWords, wordOfClass } from './judge.ts';

/** What the rest of the engine learns from the name. */
export interface NameFacts {
  words: Word[];
  nouns: Set<NounClass>;
  /** Verbs found, in order, lower case ("delete"). */
  verbs: string[];
  browser: boolean;
  findings: Finding[];
}

const CONSEQUENCE: Record<Category, string> = {
  Read: '',
  Write: 'it changes state that people and systems rely on',
  Execute: 'it sets work running whose effects outlast the call',
  Destructive: 'what it removes may not come back',
  Financial: 'it can move money',
};

const CAPABILITY_CONSEQUENCE: Partial<Record<string, string>> = {
  build: 'a build runs the project’s own build steps, so it executes whatever the build files say',
  push: 'whatever is pushed is pulled and run by other systems',
  deploy: 'a deployment puts code in front of users and other services',
  install: 'installing a package runs code its publisher wrote',
};

export function nameSignals(name: string, words: readonly Word[]): NameFacts {
  const nouns = nounClasses(words);
  const browser = nouns.has('browser');
  const verbAt = findVerbs(words, browser);
  const verbIndexes = [...verbAt.keys()];
  const isVerbAt = (index: number) => verbAt.has(index);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const last = words[words.length - 1];
  const informational = last !== undefined && verbIndexes.length > 0 && INFORMATIONAL.has(last.lower);

  verbIndexes.forEach((index, position) => {
    const { key, entry } = verbAt.get(index)!;
    if (seen.has(key)) return;
    seen.add(key);
    const word = words[index]!;
    const own = objectWords(words, index, isVerbAt);
    // "build_and_push_image_to_ecr": the first verb shares the object (not the destination) of the next.
    const shared = own.length === 0 && verbIndexes[position + 1] !== undefined;
    const object = shared ? splitDestination(objectWords(words, verbIndexes[position + 1]!, isVerbAt)).things : own;
    const { things, destination } = splitDestination(object);
    if (informational && entry.category !== 'Read') {
      findings.push(
        finding({
          source: 'name', text: word.text, field: 'name', category: 'Read', risk: 'low',
          note: `The name ${quoted(name, 80)} ends in ${quoted(last!.text)}: the tool explains how to ${word.lower} rather than doing it.`,
          clause: `explains how to ${word.lower} (${quoted(last!.text)})`,
        }),
      );
      return;
    }
    const judged = judgeVerb(key, entry, nouns, words, object.length > 0 ? nounClasses(object) : nouns);
    const what = things.length > 0 ? quoted(things.map((w) => w.lower).join(' ')) : 'something';
    const where = destination.length > 0 ? ` to ${gloss(destination)}` : '';
    const consequence = judged.reasons[0] ?? CAPABILITY_CONSEQUENCE[key] ?? CONSEQUENCE[judged.category];
    const placement = index === 0 ? 'starts with' : 'contains';
    const meaning = entry.meaning ? ` (${entry.meaning})` : '';
    findings.push(
      finding({
        source: 'name',
        text: word.text,
        field: 'name',
        category: judged.category,
        risk: judged.risk,
        capability: judged.capability,
        strength: entry.weak ? 'weak' : 'strong',
        note:
          `The name ${quoted(name, 80)} ${placement} the verb ${quoted(word.text)}${meaning}: the tool ${entry.does} ${what}${where}` +
          `${consequence ? `; ${consequence}` : ''}.`,
        clause: `${entry.does} ${what}${where}`,
        ...readOnlyView(entry, judged.category),
      }),
    );
  });

  findings.push(...nounSignals(name, words, nouns, verbIndexes.map((i) => verbAt.get(i)!.key), verbIndexes.map((i) => verbAt.get(i)!.entry)));
  return { words: [...words], nouns, verbs: verbIndexes.map((i) => verbAt.get(i)!.key), browser, findings };
}

/**
 * The verbs of a name. The first verb-like word is a verb; later ones are verbs only when joined
 * by "and"/"or" ("build_and_push"), otherwise they are the object ("delete_schedule").
 */
function findVerbs(words: readonly Word[], browser: boolean): Map<number, { key: string; entry: VerbEntry }> {
  const found = new Map<number, { key: string; entry: VerbEntry }>();
  words.forEach((word, index) => {
    const hit = lookupVerb(word);
    if (!hit || (hit.entry.browserOnly && !browser)) return;
    const previous = words[index - 1]?.lower;
    if (found.size === 0 || previous === 'and' || previous === 'or' || previous === 'then') found.set(index, hit);
  });
  return found;
}

function splitDestination(object: readonly Word[]): { things: Word[]; destination: Word[] } {
  const to = object.findIndex((word) => word.lower === 'to');
  if (to === -1) return { things: [...object], destination: [] };
  return { things: object.slice(0, to), destination: object.slice(to + 1) };
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

/** Signals from what the name is about, independent of its verb. */
function nounSignals(name: string, words: readonly Word[], nouns: Set<NounClass>, verbs: string[], entries: VerbEntry[]): Finding[] {
  const findings: Finding[] = [];
  const word = (cls: NounClass) => wordOfClass(words, cls);
  const strongest = entries.reduce<Category | undefined>((worst, entry) => (worst === undefined || rank(entry.category) > rank(worst) ? entry.category : worst), undefined);

  const money = nouns.has('money') ? word('money') : nouns.has('cost') && !isEstimating(verbs) ? word('cost') : undefined;
  if (money) {
    const reads = strongest === undefined || strongest === 'Read';
    const risk: RiskLevel = reads ? 'medium' : strongest === 'Financial' ? 'critical' : 'high';
    findings.push(
      finding({
        source: 'name',
        text: money.text,
        field: 'name',
        category: 'Financial',
        risk,
        capability: 'money',
        note: reads
          ? `The name ${quoted(name, 80)} is about an account’s money (${quoted(money.text)}): it exposes spend, billing or commitment data that is commercially sensitive.`
          : `The name ${quoted(name, 80)} is about an account’s money (${quoted(money.text)}) and changes it: billing settings, budgets or purchases follow from the call.`,
        clause: reads ? `exposes billing and spend data (${quoted(money.text)})` : `changes billing or spending (${quoted(money.text)})`,
        asReadOnly: { category: 'Financial', risk: 'medium' },
      }),
    );
  }
  const health = word('health');
  if (health) {
    findings.push(
      finding({
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
  const secret = word('secret');
  if (secret) {
    findings.push(
      finding({
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
  const iam = word('iam');
  if (iam && strongest !== undefined && strongest !== 'Read') {
    findings.push(
      finding({
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
  const bulk = word('bulk');
  if (bulk && strongest !== undefined && strongest !== 'Read') {
    findings.push(
      finding({
        source: 'name',
        text: bulk.text,
        field: 'name',
        risk: 'medium',
        capability: 'bulk',
        note: `The name says ${quoted(bulk.text)}: one call acts on many items, so a mistake is multiplied.`,
        clause: `acts on many items at once (${quoted(bulk.text)})`,
      }),
    );
  }
  const content = word('logs') ?? word('content');
  if (content && (strongest === undefined || strongest === 'Read')) {
    findings.push(
      finding({
        source: 'name',
        effect: 'context',
        text: content.text,
        field: 'name',
        capability: 'external-content',
        strength: 'weak',
        note: `The name mentions ${quoted(content.text)}: what comes back is text other people or systems wrote, which the agent will read as input.`,
        clause: `returns text written by others (${quoted(content.text)})`,
      }),
    );
  }
  if (strongest === undefined && !money) {
    const marker = word('reads');
    if (marker) {
      findings.push(
        finding({
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
  return findings;
}

function rank(category: Category): number {
  return { Read: 0, Write: 1, Execute: 2, Destructive: 3, Financial: 4 }[category];
}
