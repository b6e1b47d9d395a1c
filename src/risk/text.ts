/**
 * Small text helpers for quoting untrusted tool definitions in generated prose: every snippet is
 * cleaned of invisible characters (so a quote cannot hide text from the reader), collapsed to one
 * line and cut short.
 */

// Zero-width, bidi-control and Unicode tag characters: invisible on a page, visible to a model.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const SPACES = /\s+/g;

/** Replaces invisible characters with a visible marker such as ⟨U+200B⟩. */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE, (char) => `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

// Anything `snippet` would change: control or invisible characters, or runs of whitespace.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uDB40]|\s\s|^\s|\s$/;

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

/** `a`, `a and b`, `a, b and c`. */
export function listJoin(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
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
