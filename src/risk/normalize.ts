/**
 * The text normaliser: what a piece of untrusted text says once nothing in it is hidden or
 * disguised, for every check that matches words or phrases (tool poisoning today, the rest of the
 * risk engine's lexicon next), and which hidden characters it held.
 *
 * A tool definition can break a phrase apart with characters a page shows as nothing or as a line
 * break while a model still reads the letters around them: "i\u0008g\u0008n\u0008o\u0008r\u0008e".
 * Listing such characters one by one always misses some, so the normaliser takes whole Unicode
 * classes: every control (Cc), format character (Cf), line and paragraph separator (Zl, Zp) and
 * default-ignorable code point (which also covers the Hangul fillers, variation selectors, tags
 * and the code points Unicode keeps ignorable for the future).
 *
 * `normalizeText` is pure and linear in the length of the text: one NFKC pass and a few regular
 * expressions without nested repetition, so a 5 MB description costs milliseconds.
 */

/** Every character the normaliser removes or folds: Cc, Cf, Zl, Zp and Default_Ignorable_Code_Point. */
const HIDDEN_CLASS = '\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Default_Ignorable_Code_Point}';
const HIDDEN = new RegExp(`[${HIDDEN_CLASS}]`, 'gu');
/** What `normalizeText` removes or folds; CR LF is one line break, folded to one space. */
const HIDDEN_OR_CRLF = new RegExp(`\\r\\n|[${HIDDEN_CLASS}]`, 'gu');
/** The hidden characters that break a line or a word (they are whitespace to Unicode): folded to a space, not removed. */
const LINE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/;
/** Ordinary whitespace of prose: never reported. */
const ORDINARY = /^[\t\n\r]$/;

/** Cyrillic and Greek letters that look like Latin ones, folded to the Latin letter for matching. */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
/** Any look-alike letter of `LOOK_ALIKES`. */
export const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/**
 * Single letters spaced apart by one space, at least three in a row: "i g n o r e". Each repetition
 * takes exactly a space and a letter that ends its word, so the pattern cannot backtrack.
 */
const SPACED_LETTERS = /(?<![\p{L}\p{N}_])\p{L}(?: \p{L}(?![\p{L}\p{N}_])){2,}/gu;

/** A hidden character found in a text. */
export interface HiddenCharacter {
  /** The character itself (one code point). */
  char: string;
  /** Where it first appears in the original text (UTF-16 index). */
  index: number;
  /** How many times it appears. */
  count: number;
}

export interface NormalizedText {
  /**
   * The text for matching: NFKC (full-width and other compatibility forms become plain letters),
   * Cyrillic and Greek look-alikes folded to Latin, every hidden character removed except the
   * line-like ones (tab, line feed, U+0085, U+2028...), which become a space.
   */
  text: string;
  /**
   * `text` with single letters spaced apart joined ("i g n o r e" -> "ignore"; words stay apart
   * where two spaces or more stand between them): catches a phrase with a line break, a tab or a
   * space between every letter. The same string as `text` when there was nothing to join, so a
   * caller can skip a second match.
   */
  joined: string;
  /**
   * The hidden characters the original text held, in order of first appearance, that hide
   * something: ordinary tab, line feed and carriage return are left out, and so are a zero-width
   * joiner inside an emoji sequence and a single variation selector after a visible character,
   * which are part of what is shown.
   */
  hidden: HiddenCharacter[];
}

/** `⟨U+200B⟩` for a character. */
export function codePointMarker(char: string): string {
  return `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

const VARIATION_SELECTOR = /^[\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
/** What may stand before a zero-width joiner in an emoji sequence: a pictograph, VS16 or a skin tone. */
const JOINED_FROM = /^[\p{Extended_Pictographic}\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;
const JOINED_TO = /^\p{Extended_Pictographic}$/u;
const ONE_HIDDEN = new RegExp(`^[${HIDDEN_CLASS}]$`, 'u');

/**
 * Whether the hidden character `char`, between the code points `before` and `after` ('' at either
 * end), hides something. A zero-width joiner inside an emoji sequence (👩‍💻) and one variation
 * selector after a visible character (❤️, 1️⃣, an ideographic variant) are part of what is shown;
 * a variation selector after another one, or after nothing, carries hidden data.
 */
export function hidesSomething(char: string, before: string, after: string): boolean {
  if (ORDINARY.test(char)) return false;
  if (char === '\u200D') return !(JOINED_FROM.test(before) && JOINED_TO.test(after));
  if (VARIATION_SELECTOR.test(char)) {
    if (before === '' || /^\s$/u.test(before) || ONE_HIDDEN.test(before)) return true;
    // The supplementary selectors only pick glyph variants of ideographs.
    return char.codePointAt(0)! >= 0xe0100 && !/^\p{Ideographic}$/u.test(before);
  }
  return true;
}

/** The code point before `index` and the one after `index + length` in `text` ('' at the ends). */
function neighbours(text: string, index: number, length: number): [string, string] {
  const before =
    index === 0 ? '' : String.fromCodePoint(text.codePointAt(index - 1 - (index > 1 && /[\uDC00-\uDFFF]/.test(text[index - 1]!) ? 1 : 0))!);
  const after = index + length >= text.length ? '' : String.fromCodePoint(text.codePointAt(index + length)!);
  return [before, after];
}

/** The hidden characters of `text` that hide something (see `NormalizedText.hidden`). */
export function findHidden(text: string): HiddenCharacter[] {
  const found = new Map<string, HiddenCharacter>();
  HIDDEN.lastIndex = 0;
  for (let match = HIDDEN.exec(text); match; match = HIDDEN.exec(text)) {
    const char = match[0];
    if (ORDINARY.test(char)) continue;
    const [before, after] = neighbours(text, match.index, char.length);
    if (!hidesSomething(char, before, after)) continue;
    const seen = found.get(char);
    if (seen) seen.count++;
    else found.set(char, { char, index: match.index, count: 1 });
  }
  return [...found.values()];
}

/**
 * Replaces every hidden character that hides something with a visible marker such as ⟨U+200B⟩,
 * for showing untrusted text to a person; tab, line feed and carriage return stay, emoji stay whole.
 */
export function revealHidden(text: string): string {
  return text.replace(HIDDEN, (char: string, index: number) => {
    if (ORDINARY.test(char)) return char;
    const [before, after] = neighbours(text, index, char.length);
    return hidesSomething(char, before, after) ? codePointMarker(char) : char;
  });
}

/**
 * Normalises `text` for matching words and phrases, and reports the hidden characters it held.
 * See `NormalizedText` for what each output is. Pure and linear.
 */
export function normalizeText(text: string): NormalizedText {
  const hidden = findHidden(text);
  const nfkc = text.normalize('NFKC');
  const folded = nfkc.replace(LOOK_ALIKE, (char) => LOOK_ALIKES[char]!);
  const matched = folded.replace(HIDDEN_OR_CRLF, (char) => (LINE_LIKE.test(char) ? ' ' : ''));
  // Only a text with letters spaced apart gets a second form to match.
  SPACED_LETTERS.lastIndex = 0;
  const joined = SPACED_LETTERS.test(matched) ? matched.replace(SPACED_LETTERS, (run) => run.replaceAll(' ', '')) : matched;
  return { text: matched, joined, hidden };
}
