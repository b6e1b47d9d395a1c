/**
 * Untrusted text as a page shows it: cut to a bounded length (so no field can make a page of
 * megabytes) and with hidden characters made visible (⟨U+200B⟩, ⟨U+0008⟩, ⟨U+2028⟩: every control,
 * separator, format and default-ignorable character but tab and line breaks; see
 * src/risk/normalize.ts), so that what a person reads is what a model reads. The raw text stays in
 * the data (policies, JSON-LD, data attributes).
 */
import { revealHidden } from '../risk/normalize.ts';

/** Titles shown under a tool's name. */
export const TITLE_LIMIT = 200;
/** A server's description on its page. */
export const SERVER_DESCRIPTION_LIMIT = 2000;

/** The first `limit` characters of `text`, never splitting a surrogate pair. */
export function cutAt(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const end = /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
  return text.slice(0, end);
}

/** `text` cut to `limit` characters (with `…` when cut) and its invisible characters revealed. */
export function displayText(text: string, limit: number): { text: string; truncated: boolean } {
  const cut = cutAt(text, limit);
  const truncated = cut.length < text.length;
  return { text: `${revealHidden(cut)}${truncated ? '…' : ''}`, truncated };
}

/** "1 tool", "1,073 tools". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
