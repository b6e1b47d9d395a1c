/**
 * Splits identifiers into words: snake_case, kebab-case, dotted.names, camelCase, PascalCase with
 * acronyms ("ListAHOWorkflows" -> List, AHO, Workflows) and any script (names are third-party and
 * not always English). Each word keeps its original spelling for quoting and a lower-case form for
 * lookups.
 */

export interface Word {
  /** As written in the identifier, for quoting back to the reader. */
  text: string;
  /** Lower case, for lexicon lookups. */
  lower: string;
}

const SEPARATORS = /[\s_\-.:/\\|,;+()[\]{}<>"'`]+/u;
// An acronym that ends where a capitalised word starts, a capitalised or lower-case word, an
// all-caps run, a number, or a run of letters in a script without case (CJK, Arabic, ...).
const WORD = /\p{Lu}+(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}[\p{Ll}\p{M}]*\d*|\p{Lu}+\d*|\d+|[\p{L}\p{M}]+/gu;

export function splitWords(identifier: string): Word[] {
  const words: Word[] = [];
  for (const part of identifier.split(SEPARATORS)) {
    if (part === '') continue;
    for (const match of part.matchAll(WORD)) words.push({ text: match[0], lower: match[0].toLowerCase() });
  }
  return words;
}

/** A version or a bare number in a name ("v1", "2"): it says which API, not what the tool acts on. */
export const VERSION_WORD = /^(?:v\d+|\d+)$/;

/** Singular forms to try for a plural noun: policies -> policy, processes -> process, keys -> key. */
export function singulars(word: string): string[] {
  if (word.length <= 3) return [];
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}y`];
  if (word.endsWith('sses') || word.endsWith('xes') || word.endsWith('ches') || word.endsWith('shes')) return [word.slice(0, -2)];
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return [word.slice(0, -1)];
  return [];
}

const CASELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** True for words in scripts written without spaces, where lexicon entries are matched inside words. */
export function isCaselessScript(word: string): boolean {
  return CASELESS_SCRIPT.test(word);
}
