/**
 * Tool-poisoning checks: text in a tool definition that is aimed at the model rather than the
 * reader. Each detector looks for one kind of marker:
 * - invisible characters (zero-width, bidi controls, fillers, variation-selector runs, Unicode
 *   tags) that hide text from people, and words that mix Latin with Cyrillic or Greek look-alikes
 *   (`sеnd_email` with a Cyrillic е), which pass for another name;
 * - instruction overrides ("ignore previous instructions"), orders to keep things from the user,
 *   and text addressed to the model ("Note to the AI", "Before using this tool, ...");
 * - fake system or "important" tags, and references to secret files such as ~/.ssh/id_rsa;
 * - HTML or script, which has no business in a tool description.
 * The phrases are looked for in a normalised copy of the text (NFKC, invisible characters removed,
 * Cyrillic and Greek look-alikes folded to Latin), so `ｉｇｎｏｒｅ`, `іgnore` and `ig\u00ADnore` are
 * caught as well. Every text the model sees is scanned: name, title, description and every key and
 * string anywhere in the input and output schemas and annotations. Patterns are linear: no nested
 * or unbounded repetition that could backtrack over a 5 MB description.
 */
import type { Tool } from '../../catalogue/schema.ts';
import { codePointMarker, findInvisible, quoted, revealInvisible, snippet } from '../text.ts';
import { finding, type Finding } from './finding.ts';

interface Detector {
  id: string;
  /** Only names (the tool's, its arguments'): a line break is fine in a description, not in a name. */
  namesOnly?: boolean;
  /** A pattern, matched against the normalised text; or a finder, run on the raw text. */
  pattern?: RegExp;
  find?: (text: string) => { index: number; length: number; shown: string } | undefined;
  risk: 'medium' | 'high';
  capability: 'hidden-instructions' | 'hostile-markup';
  says: string;
}

/** Cyrillic and Greek letters that look like Latin ones, folded for matching phrases. */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');
const HIDDEN = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|[\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** The text as the phrase detectors read it: what it says once nothing is hidden or disguised. */
export function normaliseForMatching(text: string): string {
  return text.normalize('NFKC').replace(HIDDEN, '').replace(LOOK_ALIKE, (char) => LOOK_ALIKES[char]!);
}

/**
 * A word that mixes Latin letters with Cyrillic or Greek look-alikes: `sеnd_email`, `pаypal`.
 * Words in one script (Russian or Greek text) and Greek letters that look like no Latin one
 * (`10μs`, `4.7kΩ`) are left alone.
 */
const LATIN_LETTER = /\p{Script=Latin}/u;
const NON_LATIN_LETTER = new RegExp(LOOK_ALIKE.source, 'gu');

/** How far around a look-alike letter its word is read: deception needs a short word, not megabytes. */
const WORD_WINDOW = 60;
const LETTER = /[\p{L}\p{M}]/u;

function findMixedScript(text: string): { index: number; length: number; shown: string } | undefined {
  // Look only where a look-alike letter is, so plain-Latin megabytes cost one regex scan.
  NON_LATIN_LETTER.lastIndex = 0;
  for (let letter = NON_LATIN_LETTER.exec(text); letter; letter = NON_LATIN_LETTER.exec(text)) {
    let start = letter.index;
    while (start > 0 && letter.index - start < WORD_WINDOW && LETTER.test(text[start - 1]!)) start--;
    let end = letter.index + 1;
    while (end < text.length && end - letter.index < WORD_WINDOW && LETTER.test(text[end]!)) end++;
    const word = text.slice(start, end);
    if (LATIN_LETTER.test(word)) {
      const foreign = [...new Set(word.match(NON_LATIN_LETTER))].slice(0, 3).map((char) => `${char} is ${codePointMarker(char)}`).join(', ');
      return { index: start, length: word.length, shown: `${word} (${foreign})` };
    }
    NON_LATIN_LETTER.lastIndex = end;
  }
  return undefined;
}

const DETECTORS: readonly Detector[] = [
  {
    id: 'invisible',
    find: (text) => {
      const hit = findInvisible(text);
      return hit && { index: hit.index, length: hit.char.length, shown: revealInvisible(hit.char) };
    },
    risk: 'high', capability: 'hidden-instructions', says: 'contains invisible characters, which show nothing to a person but are read by the model',
  },
  {
    id: 'look-alike',
    find: findMixedScript,
    risk: 'high', capability: 'hidden-instructions', says: 'mixes Latin letters with Cyrillic or Greek look-alikes, so it reads as something it is not',
  },
  {
    id: 'control-in-name',
    namesOnly: true,
    find: (text) => {
      const hit = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/.exec(text.replaceAll(SEPARATOR, SEPARATOR_MASK));
      return hit ? { index: hit.index, length: 1, shown: codePointMarker(hit[0]) } : undefined;
    },
    risk: 'high', capability: 'hidden-instructions', says: 'holds a line break or control character, which can fake new lines in the tool list the model reads',
  },
  {
    id: 'override',
    pattern: /\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|of\s+)*(?:the\s+|your\s+|my\s+)?(?:previous|prior|above|earlier|preceding|other|system|your|existing|original|safety)\s+(?:instructions?|prompts?|rules|directions|guidelines|context|messages?|guardrails)\b|\b(?:ignore|disregard|forget)\s+(?:everything|anything|all)\s+(?:above|before|else|you\s+(?:were|have\s+been)\s+told)\b/i,
    risk: 'high', capability: 'hidden-instructions', says: 'tells the model to set aside its instructions',
  },
  {
    id: 'conceal',
    pattern: /\b(?:do not|don't|never)\s+(?:tell|inform|mention|reveal|show|alert|notify)\s+(?:this\s+to\s+|it\s+to\s+)?(?:the\s+)?user\b|\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+(?:the\s+)?user\b|\b(?:keep|hide)\s+(?:this|it)\s+(?:secret\s+)?from\s+(?:the\s+)?user\b|\b(?:do not|don't|never)\s+(?:mention|reveal|disclose)\s+(?:that|this|it)\b|\bwithout\s+the\s+user(?:'s|’s)\s+(?:knowledge|consent)\b|\b(?:do not|don't)\s+let\s+the\s+user\s+know\b/i,
    risk: 'high', capability: 'hidden-instructions', says: 'tells the model to keep something from the user',
  },
  {
    id: 'fake-tag',
    // Upper-case or closing tags, or <system>/<instructions>: a lower-case "<secret>" alone is a
    // documentation placeholder ("--client-secret <secret>"), not a fake instruction block.
    pattern: /<\s*(?:IMPORTANT|SYSTEM|INSTRUCTIONS?|SECRET|HIDDEN|ADMIN|SYS)\s*>|<\s*(?:system|instructions?|important)\s*>|<\/\s*(?:important|system|instructions?|secret|hidden|admin|assistant|prompt|sys)\s*>|\[\s*(?:SYSTEM|INSTRUCTIONS?|HIDDEN|ADMIN)\s*\]/,
    risk: 'high', capability: 'hidden-instructions', says: 'wraps text in tags that imitate system instructions',
  },
  {
    id: 'secret-file',
    pattern: /(~\/\.ssh|\bid_rsa\b|\bid_ed25519\b|\.aws\/credentials|\/etc\/(passwd|shadow)|\bmcp\.json\b|\.npmrc\b|\.netrc\b|\.env\b(?!ironment))/i,
    risk: 'high', capability: 'hidden-instructions', says: 'names a secret file that a tool description has no reason to mention',
  },
  {
    id: 'model-addressed',
    pattern: /\b(?:note to (?:the )?(?:ai|assistant|model|llm|agent)|(?:attention|dear|hey)\s*,?\s+(?:ai|assistant|model|llm|agent|claude|gpt|chatgpt|gemini)\b|you are now\b|new instructions\s*:|system override|before (?:using|calling|invoking) this tool\s*,?\s+(?:you must\s+|always\s+|first\s+)?(?:read|call|send|fetch|include|pass|run|look up|open)\b|(?:when|after|whenever) (?:you )?(?:call|use|invoke|run) this tool\s*,?\s+(?:you must\s+)?(?:also|always|first|then)\b|\b(?:the |an? )?(?:ai|assistant|model|llm|agent)s?\s+(?:must|should)\s+(?:always|never|first|also)\b)/i,
    risk: 'high', capability: 'hidden-instructions', says: 'speaks to the model directly to change its behaviour',
  },
  {
    id: 'markup',
    // `[^<>]{0,200}`, not `[^>]*`: an unbounded run here backtracks quadratically over a long text
    // full of "<img" (20,000 of them took ten seconds, a 5 MB description would never finish).
    pattern: /<\s*script\b|javascript\s*:|\bon(?:error|load|click|mouseover|focus|toggle|begin)\s*=|<\s*(?:iframe|object|embed|svg|math)\b|<\s*img\b[^<>]{0,200}\bsrc\s*=/i,
    risk: 'medium', capability: 'hostile-markup', says: 'embeds HTML or script, which would run in any page that shows it unescaped',
  },
];

const SEPARATOR = '\n\u0000\n';
/** The separator as the name-only detector sees it: three characters of the same length that it ignores. */
const SEPARATOR_MASK = '   ';

/** The most texts of one tool that are scanned (a schema can hold 10,000 enum values and more). */
const MAX_TEXTS = 20_000;

/**
 * The texts of a tool definition that reach the model, with where they are: name, titles,
 * description, then every key and string in the input schema, annotations and output schema, at
 * any depth (walked without recursion, so a deep schema cannot overflow the stack).
 */
export function modelVisibleTexts(tool: Tool): [field: string, text: string][] {
  return visibleTexts(tool).map(({ field, text }) => [field, text]);
}

interface VisibleText {
  field: string;
  text: string;
  /** A name (the tool's, or a key such as an argument's name) rather than prose. */
  isName: boolean;
}

function visibleTexts(tool: Tool): VisibleText[] {
  const texts: VisibleText[] = [{ field: 'name', text: tool.name, isName: true }];
  if (tool.title) texts.push({ field: 'title', text: tool.title, isName: false });
  if (tool.description) texts.push({ field: 'description', text: tool.description, isName: false });
  const stack: [path: string, value: unknown, isKey: boolean][] = [];
  for (const key of ['outputSchema', 'annotations', 'inputSchema'] as const) if (tool[key] !== undefined) stack.push([key, tool[key], false]);
  while (stack.length > 0 && texts.length < MAX_TEXTS) {
    const [path, value, isKey] = stack.pop()!;
    if (typeof value === 'string') {
      if (value !== '') texts.push({ field: path, text: value, isName: isKey });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([`${path}[${i}]`, value[i], false]);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push([`${path}.${key}`, child, false]);
        // The key itself is text the model reads (a parameter's name).
        if (key !== '' && !KEYWORDS.has(key)) stack.push([`${path}.${key}`, key, true]);
      }
    }
  }
  return texts;
}

/** JSON Schema and annotation keywords: keys the model sees but that no author chose. */
const KEYWORDS = new Set(['type', 'properties', 'items', 'description', 'enum', 'required', 'title', 'default', 'format', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', '$ref', '$defs', 'definitions', 'readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'examples', 'const', '$schema']);

/** Joins texts with a separator no pattern crosses, remembering where each begins. */
function joinTexts(texts: readonly string[]): { joined: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  for (const text of texts) {
    starts.push(offset);
    offset += text.length + SEPARATOR.length;
  }
  return { joined: texts.join(SEPARATOR), starts };
}

/** The index of the text that the joined offset `at` falls in. */
function textAt(starts: readonly number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The hook for tool-poisoning signals: one finding per kind of marker found, each raising risk. */
export function detectToolPoisoning(tool: Tool): Finding[] {
  const findings: Finding[] = [];
  const all = visibleTexts(tool);
  const names = all.filter((t) => t.isName);
  // One pass per detector over all texts joined, not one per text: the raw texts for finders, the
  // normalised ones for phrases.
  const raw = joinTexts(all.map((t) => t.text));
  const rawNames = joinTexts(names.map((t) => t.text));
  const normalised = all.map((t) => normaliseForMatching(t.text));
  const plain = joinTexts(normalised);
  for (const detector of DETECTORS) {
    let hit: { index: number; length: number; shown: string } | undefined;
    let texts = all;
    let source = raw;
    let sources: readonly string[] = all.map((t) => t.text);
    if (detector.namesOnly) {
      texts = names;
      source = rawNames;
      sources = names.map((t) => t.text);
      hit = detector.find!(rawNames.joined);
    } else if (detector.find) hit = detector.find(raw.joined);
    else {
      const match = detector.pattern!.exec(plain.joined);
      // A match can hold megabytes of whitespace ("ignore" + 5 MB of spaces + "previous instructions").
      if (match) hit = { index: match.index, length: match[0].length, shown: snippet(match[0], 100) };
      source = plain;
      sources = normalised;
    }
    if (!hit) continue;
    const index = textAt(source.starts, hit.index);
    const field = texts[index]!.field;
    const text = sources[index]!;
    const at = hit.index - source.starts[index]!;
    const around = text.slice(Math.max(0, at - 30), at + hit.length + 50);
    findings.push(finding({
      rule: `poisoning.${detector.id}`,
      source: 'poisoning',
      text: hit.shown,
      field,
      risk: detector.risk,
      capability: detector.capability,
      note: `The ${field === 'description' ? 'description' : `field ${field}`} ${detector.says}: ${quoted(around, 120)}${detector.id === 'look-alike' ? ` (${hit.shown.slice(hit.shown.indexOf('(') + 1, -1)})` : ''}.`,
      clause: `${detector.says} (in ${field})`,
    }));
  }
  return findings;
}
