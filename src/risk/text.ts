/**
 * Small text helpers for quoting untrusted tool definitions in generated prose: every snippet shows
 * its hidden characters as markers (normalize.ts decides what hides something, so a quote cannot
 * hide text from the reader), is collapsed to one line and cut short.
 */
import { revealHidden } from './normalize.ts';

const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;
const SPACES = /\s+/g;
// Anything `snippet` may change: hidden characters (as the normaliser defines them), or runs of whitespace.
const NEEDS_CLEANING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|\s\s|^\s|\s$/u;

/** One clean line of at most `max` characters, safe to put between quotation marks. */
export function snippet(text: string, max = 140): string {
  if (text.length <= max && !NEEDS_CLEANING.test(text)) return text;
  const clean = revealHidden(text).replace(CONTROL, ' ').replace(SPACES, ' ').trim();
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
