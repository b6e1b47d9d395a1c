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
 * The phrases are looked for in the normalised text (src/risk/normalize.ts: NFKC, every control,
 * format, separator and default-ignorable character removed or folded, Cyrillic and Greek
 * look-alikes folded to Latin, and again with letters spaced apart joined), so `ｉｇｎｏｒｅ`,
 * `іgnore`, `ig\u00ADnore`, `i\u0008g\u0008n\u0008o\u0008r\u0008e` and `i g n o r e` are caught as
 * well; the hidden characters themselves are a signal too.
 *
 * Every string of the definition is scanned, keys included: name, title, description, then every
 * other part of the tool (input and output schemas, annotations, and any key a server adds) at any
 * depth. The work is bounded per text and in total (`MAX_TEXT_CHARS`, `MAX_SCAN_CHARS`), never by a
 * count that stops the check early: a definition past a bound fails closed, with a finding that hides
 * the tool and says why. Patterns are linear: no nested or unbounded repetition that could
 * backtrack over a 5 MB description.
 */
import type { Tool } from '../../catalogue/schema.ts';
import { codePointMarker, LOOK_ALIKE, normalizeText, revealHidden, type HiddenCharacter } from '../normalize.ts';
import { quoted, snippet } from '../text.ts';
import { finding, type Finding } from './finding.ts';
import { POISONING_RULES } from '../rules/poisoning.ts';

interface Detector {
  id: string;
  /** Only names (the tool's, its arguments'): a line break is fine in a description, not in a name. */
  namesOnly?: boolean;
  /** A pattern, matched against the normalised text; a finder, run on the raw text; or the hidden characters it is about. */
  pattern?: RegExp;
  find?: (text: string) => { index: number; length: number; shown: string } | undefined;
  hidden?: (char: string) => boolean;
  risk: 'medium' | 'high';
  capability: 'hidden-instructions' | 'hostile-markup';
  says: string;
}

/** The text as the phrase detectors read it: what it says once nothing is hidden or disguised (see src/risk/normalize.ts). */
export function normaliseForMatching(text: string): string {
  return normalizeText(text).text;
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
      const foreign = [...new Set(word.match(NON_LATIN_LETTER))]
        .slice(0, 3)
        .map((char) => `${char} is ${codePointMarker(char)}`)
        .join(', ');
      return { index: start, length: word.length, shown: `${word} (${foreign})` };
    }
    NON_LATIN_LETTER.lastIndex = end;
  }
  return undefined;
}

/** Hidden characters that are controls or line and paragraph separators; the others (format, default-ignorable) show nothing at all. */
const CONTROL_OR_SEPARATOR = /^[\p{Cc}\p{Zl}\p{Zp}]$/u;

/** Files that hold secrets (a public key ".pub" does not). */
const SECRET_FILE =
  '(?:' +
  [
    String.raw`~\/\.ssh(?!\/\S*\.pub\b)(?:\/\S*)?`,
    String.raw`\bid_(?:rsa|ed25519|ecdsa)\b(?!\.pub)`,
    String.raw`\.aws\/credentials`,
    String.raw`\/etc\/(?:passwd|shadow)`,
    String.raw`\bmcp\.json\b`,
    String.raw`\.npmrc\b`,
    String.raw`\.netrc\b`,
    String.raw`(?:^|[\s'"\`/])\.env\b(?!ironment)`,
  ].join('|') +
  ')';
/** Any character but a line break or the end of a sentence. */
const WITHIN_SENTENCE = String.raw`(?:(?!\.\s)[^\n])`;
/** Words that take a file's content somewhere, as an order ("read X"), not a statement ("X is read"). */
const SECRET_ACTION =
  String.raw`(?<!\b(?:is|are|be|been|was|were|being|gets?)\s)` +
  String.raw`\b(?:read|cat|open|send|include|upload|pass|attach|copy|print|output|forward|post|append|put|paste|embed|` +
  String.raw`exfiltrat\w*|(?:the )?contents? of|value of)\b`;

const DETECTORS: readonly Detector[] = [
  {
    id: 'invisible',
    hidden: (char) => !CONTROL_OR_SEPARATOR.test(char),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'contains invisible characters, which show nothing to a person but are read by the model',
  },
  {
    id: 'control',
    hidden: (char) => CONTROL_OR_SEPARATOR.test(char),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'contains control or line-separator characters, which a page shows as nothing or as a line break but the model reads',
  },
  {
    id: 'look-alike',
    find: findMixedScript,
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'mixes Latin letters with Cyrillic or Greek look-alikes, so it reads as something it is not',
  },
  {
    id: 'control-in-name',
    namesOnly: true,
    find: (text) => {
      const hit = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/.exec(text.replaceAll(SEPARATOR, SEPARATOR_MASK));
      return hit ? { index: hit.index, length: 1, shown: codePointMarker(hit[0]) } : undefined;
    },
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'holds a line break or control character, which can fake new lines in the tool list the model reads',
  },
  {
    id: 'override',
    pattern: new RegExp(
      [
        String.raw`\b(?:ignore|disregard|forget|override|bypass)\s+(?:all\s+|any\s+|of\s+)*(?:the\s+|your\s+|my\s+)?` +
          String.raw`(?:previous|prior|above|earlier|preceding|other|system|your|existing|original|safety)\s+` +
          String.raw`(?:instructions?|prompts?|rules|directions|guidelines|context|messages?|guardrails)\b`,
        String.raw`\b(?:ignore|disregard|forget)\s+(?:everything|anything|all)\s+(?:above|before|else|you\s+(?:were|have\s+been)\s+told)\b`,
      ].join('|'),
      'i',
    ),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'tells the model to set aside its instructions',
  },
  {
    id: 'conceal',
    pattern: new RegExp(
      [
        String.raw`\b(?:do not|don't|never)\s+(?:tell|inform|mention|reveal|show|alert|notify)\s+` +
          String.raw`(?:this\s+to\s+|it\s+to\s+)?(?:the\s+)?user\b`,
        String.raw`\bwithout\s+(?:telling|informing|notifying|alerting|asking)\s+(?:the\s+)?user\b`,
        String.raw`\b(?:keep|hide)\s+(?:this|it)\s+(?:secret\s+)?from\s+(?:the\s+)?user\b`,
        String.raw`\b(?:do not|don't|never)\s+(?:mention|reveal|disclose)\s+(?:that|this|it)\b`,
        String.raw`\bwithout\s+the\s+user(?:'s|’s)\s+(?:knowledge|consent)\b`,
        String.raw`\b(?:do not|don't)\s+let\s+the\s+user\s+know\b`,
      ].join('|'),
      'i',
    ),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'tells the model to keep something from the user',
  },
  {
    id: 'fake-tag',
    // Upper-case or closing tags, or <system>/<instructions>: a lower-case "<secret>" alone is a
    // documentation placeholder ("--client-secret <secret>"), not a fake instruction block.
    pattern: new RegExp(
      [
        String.raw`<\s*(?:IMPORTANT|SYSTEM|INSTRUCTIONS?|SECRET|HIDDEN|ADMIN|SYS)\s*>`,
        String.raw`<\s*(?:system|instructions?|important)\s*>`,
        String.raw`<\/\s*(?:important|system|instructions?|secret|hidden|admin|assistant|prompt|sys)\s*>`,
        String.raw`\[\s*(?:SYSTEM|INSTRUCTIONS?|HIDDEN|ADMIN)\s*\]`,
      ].join('|'),
    ),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'wraps text in tags that imitate system instructions',
  },
  {
    id: 'secret-file',
    // An instruction to take a secret file somewhere, not a mention: "path traversal (e.g.
    // ../../etc/passwd) is blocked" and "an .env file" name such files legitimately, and a public
    // key (id_rsa.pub) is meant to be shared.
    pattern: new RegExp(
      `${SECRET_ACTION}${WITHIN_SENTENCE}{0,80}?${SECRET_FILE}|` +
        `${SECRET_FILE}${WITHIN_SENTENCE}{0,40}?` +
        `\\b(?:contents?|into|in (?:the |a )?['"\`]?\\w+['"\`]? (?:argument|parameter|field)|as (?:the |a )?['"\`]?\\w+['"\`]?)\\b`,
      'i',
    ),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'tells the model to take the contents of a secret file somewhere',
  },
  {
    id: 'model-addressed',
    pattern: new RegExp(
      String.raw`\b(?:` +
        [
          String.raw`note to (?:the )?(?:ai|assistant|model|llm|agent)`,
          String.raw`(?:attention|dear|hey)\s*,?\s+(?:ai|assistant|model|llm|agent|claude|gpt|chatgpt|gemini)\b`,
          String.raw`you are now\b`,
          String.raw`new instructions\s*:`,
          String.raw`system override`,
          String.raw`before (?:using|calling|invoking) this tool\s*,?\s+(?:you must\s+|always\s+|first\s+)?` +
            String.raw`(?:read|call|send|fetch|include|pass|run|look up|open)\b`,
          String.raw`(?:when|after|whenever) (?:you )?(?:call|use|invoke|run) this tool\s*,?\s+` +
            String.raw`(?:you must\s+)?(?:also|always|first|then)\b`,
          String.raw`\b(?:the |an? )?(?:ai|assistant|model|llm|agent)s?\s+(?:must|should)\s+(?:always|never|first|also)\b`,
        ].join('|') +
        ')',
      'i',
    ),
    risk: 'high',
    capability: 'hidden-instructions',
    says: 'speaks to the model directly to change its behaviour',
  },
  {
    id: 'markup',
    // `[^<>]{0,200}`, not `[^>]*`: an unbounded run here backtracks quadratically over a long text
    // full of "<img" (20,000 of them took ten seconds, a 5 MB description would never finish).
    pattern: new RegExp(
      [
        String.raw`<\s*script\b`,
        String.raw`javascript\s*:`,
        // A handler inside a tag ("<body onload=…>"), not the words of a setting ("with default onError='dlq'").
        String.raw`<\s*[a-z][\w-]*\b[^<>]{0,200}\bon(?:error|load|click|mouseover|focus|toggle|begin)\s*=`,
        String.raw`<\s*(?:iframe|object|embed|svg|math)\b`,
        String.raw`<\s*img\b[^<>]{0,200}\bsrc\s*=`,
      ].join('|'),
      'i',
    ),
    risk: 'medium',
    capability: 'hostile-markup',
    says: 'embeds HTML or script, which would run in any page that shows it unescaped',
  },
];

const SEPARATOR = '\n\u0000\n';
/** The separator as the name-only detector sees it: three characters of the same length that it ignores. */
const SEPARATOR_MASK = '   ';

/**
 * Characters of one text that are scanned. Real descriptions stay under 100,000; the hostile
 * fixture's 5 MB one is scanned whole. A longer text is scanned this far and the tool fails closed.
 */
export const MAX_TEXT_CHARS = 8 * 1024 * 1024;
/**
 * Characters of all texts of one tool (keys included) that are scanned: about a second of work.
 * Past it the rest is not read and the tool fails closed, however many texts that leaves out.
 */
export const MAX_SCAN_CHARS = 16 * 1024 * 1024;

/**
 * The texts of a tool definition that reach the model, with where they are: name, title,
 * description, then every key and string of the rest of the definition (input schema, annotations,
 * output schema, any other key a server sends; not the atlas's own `atlas` key), in the order of
 * the definition, at any depth (walked without recursion, so a deep schema cannot overflow the stack).
 */
export function modelVisibleTexts(tool: Tool): [field: string, text: string][] {
  return visibleTexts(tool).texts.map(({ field, text }) => [field, text]);
}

interface VisibleText {
  field: string;
  text: string;
  /** A name (the tool's, or a key such as an argument's name) rather than prose. */
  isName: boolean;
}

interface VisibleTexts {
  texts: VisibleText[];
  /** Set when a bound was reached: the texts are not all of the definition. */
  cut?: { field: string; reason: string };
}

function visibleTexts(tool: Tool): VisibleTexts {
  const texts: VisibleText[] = [];
  let total = 0;
  let cut: VisibleTexts['cut'];
  /** Adds a text within the bounds; false once the total bound is reached. */
  const add = (field: string, text: string, isName: boolean): boolean => {
    if (text === '') return true;
    const left = MAX_SCAN_CHARS - total;
    const room = Math.min(MAX_TEXT_CHARS, left);
    if (text.length > room) {
      cut ??= {
        field,
        reason:
          text.length > MAX_TEXT_CHARS
            ? `one text is ${text.length.toLocaleString('en')} characters long, ` +
              `more than the ${MAX_TEXT_CHARS.toLocaleString('en')} the check reads of one text`
            : `its texts are more than the ${MAX_SCAN_CHARS.toLocaleString('en')} characters the check reads of one tool`,
      };
      if (room > 0) texts.push({ field, text: text.slice(0, room), isName });
      total += room;
      return total < MAX_SCAN_CHARS;
    }
    texts.push({ field, text, isName });
    total += text.length;
    return true;
  };
  add('name', tool.name, true);
  if (typeof tool.title === 'string') add('title', tool.title, false);
  if (typeof tool.description === 'string') add('description', tool.description, false);
  const stack: [path: string, value: unknown, isKey: boolean][] = [];
  const rest = Object.keys(tool).filter((key) => !['name', 'title', 'description', 'atlas'].includes(key));
  for (let i = rest.length - 1; i >= 0; i--) stack.push([rest[i]!, (tool as Record<string, unknown>)[rest[i]!], false]);
  while (stack.length > 0) {
    const [path, value, isKey] = stack.pop()!;
    if (typeof value === 'string') {
      if (!add(path, value, isKey)) break;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([`${path}[${i}]`, value[i], false]);
    } else if (typeof value === 'object' && value !== null) {
      const entries: [string, unknown][] = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!;
        stack.push([`${path}.${key}`, child, false]);
        // The key itself is text the model reads (a parameter's name).
        if (key !== '' && !KEYWORDS.has(key)) stack.push([`${path}.${key}`, key, true]);
      }
    }
  }
  return cut ? { texts, cut } : { texts };
}

/** JSON Schema and annotation keywords: keys the model sees but that no author chose. */
const KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'description',
  'enum',
  'required',
  'title',
  'default',
  'format',
  'anyOf',
  'oneOf',
  'allOf',
  'additionalProperties',
  '$ref',
  '$defs',
  'definitions',
  'readOnlyHint',
  'destructiveHint',
  'idempotentHint',
  'openWorldHint',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'examples',
  'const',
  '$schema',
]);

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

/** A field path as a message shows it: every hidden character, line breaks included, as a marker, and short. */
function fieldLabel(field: string): string {
  return snippet(revealHidden(field).replace(/[\t\n\r]/g, codePointMarker), 200);
}

/** `⟨U+2028⟩ ×3, ⟨U+0000⟩` for the hidden characters found, the first five kinds. */
function hiddenList(found: readonly HiddenCharacter[]): string {
  const shown = found.slice(0, 5).map(({ char, count }) => `${codePointMarker(char)}${count > 1 ? ` ×${count.toLocaleString('en')}` : ''}`);
  return `${shown.join(', ')}${found.length > 5 ? ` and ${found.length - 5} more kinds` : ''}`;
}

interface Hit {
  /** Index of the text it is in. */
  index: number;
  /** Where in that text, and how long. */
  at: number;
  length: number;
  shown: string;
  /** The text to quote around the hit (raw, or normalised for phrases). */
  text: string;
  /** Added to the note, after the quote. */
  extra?: string;
}

/** The hook for tool-poisoning signals: one finding per kind of marker found, each raising risk. */
export function detectToolPoisoning(tool: Tool): Finding[] {
  const findings: Finding[] = [];
  const { texts: all, cut } = visibleTexts(tool);
  const rawTexts = all.map((t) => t.text);
  const normalised = rawTexts.map(normalizeText);
  const nameIndexes = all.flatMap((t, i) => (t.isName ? [i] : []));
  // One pass per detector over all texts joined, not one per text: the raw texts for finders, the
  // normalised ones for phrases (and the forms with spaced-out letters joined, if any differ).
  const raw = joinTexts(rawTexts);
  const rawNames = joinTexts(nameIndexes.map((i) => rawTexts[i]!));
  const plainTexts = normalised.map((n) => n.text);
  const plain = joinTexts(plainTexts);
  const joinedTexts = normalised.map((n) => n.joined);
  const joined = normalised.some((n) => n.joined !== n.text) ? joinTexts(joinedTexts) : undefined;

  for (const detector of DETECTORS) {
    let hit: Hit | undefined;
    if (detector.hidden) {
      const found: HiddenCharacter[] = [];
      let first: { index: number; char: HiddenCharacter } | undefined;
      normalised.forEach((n, index) => {
        for (const char of n.hidden) {
          if (!detector.hidden!(char.char)) continue;
          first ??= { index, char };
          const same = found.find((f) => f.char === char.char);
          if (same) same.count += char.count;
          else found.push({ ...char });
        }
      });
      if (first) {
        hit = {
          index: first.index,
          at: first.char.index,
          length: first.char.char.length,
          shown: codePointMarker(first.char.char),
          text: rawTexts[first.index]!,
          extra: ` (${hiddenList(found)})`,
        };
      }
    } else if (detector.find) {
      const source = detector.namesOnly ? rawNames : raw;
      const found = detector.find(source.joined);
      if (found) {
        const at = textAt(source.starts, found.index);
        const index = detector.namesOnly ? nameIndexes[at]! : at;
        hit = { index, at: found.index - source.starts[at]!, length: found.length, shown: found.shown, text: rawTexts[index]! };
        if (detector.id === 'look-alike') hit.extra = ` (${found.shown.slice(found.shown.indexOf('(') + 1, -1)})`;
      }
    } else {
      for (const [source, texts] of [[plain, plainTexts], ...(joined ? [[joined, joinedTexts] as const] : [])] as const) {
        const match = detector.pattern!.exec(source.joined);
        if (!match) continue;
        const index = textAt(source.starts, match.index);
        // A match can hold megabytes of whitespace ("ignore" + 5 MB of spaces + "previous instructions").
        hit = {
          index,
          at: match.index - source.starts[index]!,
          length: match[0].length,
          shown: snippet(match[0], 100),
          text: texts[index]!,
        };
        break;
      }
    }
    if (!hit) continue;
    const field = all[hit.index]!.field;
    const around = revealHidden(hit.text.slice(Math.max(0, hit.at - 30), hit.at + Math.min(hit.length, 200) + 50));
    findings.push(
      finding({
        rule: `poisoning.${detector.id}`,
        source: 'poisoning',
        text: hit.shown,
        field,
        risk: detector.risk,
        capability: detector.capability,
        note:
          `The ${field === 'description' ? 'description' : `field ${fieldLabel(field)}`} ${detector.says}: ` +
          `${quoted(around, 120)}${hit.extra ?? ''}.`,
        clause: `${detector.says} (in ${fieldLabel(field)})`,
      }),
    );
  }
  if (cut) {
    // Fail closed: what was not read may hold anything, so the tool is treated as poisoned.
    findings.push(
      finding({
        rule: POISONING_RULES.tooLarge.id,
        source: 'poisoning',
        text: 'too large to scan whole',
        field: cut.field,
        risk: 'high',
        capability: 'hidden-instructions',
        note:
          `The definition is too large to scan whole (${cut.reason}, at ${fieldLabel(cut.field)}); ` +
          'what was not read could hold hidden instructions, so the tool is treated as suspicious and its rule hides it.',
        clause: 'is too large to scan whole, so it is treated as suspicious',
      }),
    );
  }
  return findings;
}

/** The ids of the detectors, each a rule `poisoning.<id>` of src/risk/rules/poisoning.ts. */
export const POISONING_DETECTOR_IDS: readonly string[] = DETECTORS.map((detector) => detector.id);
