/**
 * Small text helpers for quoting untrusted tool definitions in generated prose: every snippet is
 * cleaned of invisible characters (so a quote cannot hide text from the reader), collapsed to one
 * line and cut short.
 */

/**
 * Characters that show nothing on a page (or silently reorder what is shown) but reach a model:
 * soft hyphen, combining grapheme joiner, zero-width spaces and joiners, bidi controls (U+061C,
 * U+200E/F, U+202A-E, U+2066-9), word joiner and invisible operators, Hangul and Khmer fillers,
 * Mongolian separators, variation selectors and Unicode tags (which can carry a whole hidden
 * message, "ASCII smuggling"). Variation selectors and the zero-width joiner also build emoji, so
 * `hidesText` decides per occurrence.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|[\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
const ONE_INVISIBLE = new RegExp(`^(?:${INVISIBLE.source})$`, 'u');
const VARIATION_SELECTOR = /^[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
/** What may stand before a zero-width joiner in an emoji sequence: a pictograph, VS16 or a skin tone. */
const JOINED_FROM = /^[\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;
const JOINED_TO = /^\p{Extended_Pictographic}$/u;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const SPACES = /\s+/g;

/**
 * Whether the invisible character `char`, between the code points `before` and `after` ('' at
 * either end), hides something. A zero-width joiner inside an emoji sequence (👩‍💻) and a single
 * variation selector after a visible character (❤️, 1️⃣, an ideographic variant) are part of
 * what is shown; a variation selector after another one, or after nothing, carries hidden data.
 */
export function hidesText(char: string, before: string, after: string): boolean {
  if (char === '\u200D') return !(JOINED_FROM.test(before) && JOINED_TO.test(after));
  if (VARIATION_SELECTOR.test(char)) {
    if (before === '' || /^\s$/u.test(before) || ONE_INVISIBLE.test(before)) return true;
    // The supplementary selectors only pick glyph variants of ideographs.
    return char.codePointAt(0)! >= 0xe0100 && !/^\p{Ideographic}$/u.test(before);
  }
  return true;
}

/** The code point before `index` and the one after `index + length` in `text` ('' at the ends). */
function neighbours(text: string, index: number, length: number): [string, string] {
  const before = index === 0 ? '' : String.fromCodePoint(text.codePointAt(index - 1 - (index > 1 && /[\uDC00-\uDFFF]/.test(text[index - 1]!) ? 1 : 0))!);
  const after = index + length >= text.length ? '' : String.fromCodePoint(text.codePointAt(index + length)!);
  return [before, after];
}

/** The first invisible character of `text` that hides something, with its position. */
export function findInvisible(text: string): { index: number; char: string } | undefined {
  INVISIBLE.lastIndex = 0;
  for (let match = INVISIBLE.exec(text); match; match = INVISIBLE.exec(text)) {
    const [before, after] = neighbours(text, match.index, match[0].length);
    if (hidesText(match[0], before, after)) return { index: match.index, char: match[0] };
  }
  return undefined;
}

/** `⟨U+200B⟩` for a character. */
export function codePointMarker(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** Replaces invisible characters with a visible marker such as ⟨U+200B⟩; emoji stay whole. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char: string, index: number) => {
    const [before, after] = neighbours(text, index, char.length);
    return hidesText(char, before, after) ? codePointMarker(char) : char;
  });
}

// Anything `snippet` may change: control or invisible characters, or runs of whitespace.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uDB40]|\s\s|^\s|\s$/;

/** One clean line of at most `max` characters, safe to put between quotation marks. */
export function snippet(text: string, max = 140): string {
  if (text.length <= max && !NEEDS_CLEANING.test(text)) return text;
  const clean = revealInvisible(text).replace(CONTROL, ' ').replace(SPACES, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** `“text”`, cleaned and shortened. */
export function quoted(text: string, max = 140): string {
  return `“${snippet(text, max)}”`;
}

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** `a`, `a and b`, `a, b and c` (or with "or"), as British English writes lists: no comma before the last. */
export function listJoin(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return (conjunction === 'or' ? OR : AND).format(items);
}

/** Upper-cases the first letter, for a generated sentence that starts with a variable. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9`"“(*#-])|\n\s*\n|\n(?=\s*(?:[-*•#]|\d+[.)]\s))/;
const NOTICE = /^(deprecation|deprecated|note|notice|important|warning|caution|⚠)/i;

/** The description split into sentences (or list items), whitespace collapsed. */
export function sentences(description: string): string[] {
  return description
    .split(SENTENCE_END)
    .map((part) => part.replace(SPACES, ' ').trim())
    .filter((part) => part !== '');
}

/**
 * The description's summary: its first sentence that is not a notice ("DEPRECATION NOTICE: ...",
 * "IMPORTANT: ..."), which is where authors say what the tool does.
 */
export function summaryOf(parts: readonly string[]): string | undefined {
  return parts.find((sentence) => !NOTICE.test(sentence) && /[A-Za-z]/.test(sentence)) ?? parts[0];
}
