/**
 * "a" or "an" before a word, by sound rather than spelling, so generated text never says
 * "a Execute tool". Covers the words this engine writes plus the usual English exceptions.
 */

// Vowel letters that sound like a consonant ("a user", "a one-off", "a European").
const CONSONANT_SOUND = /^(u[bcfhjkqrstn][aeiou]|u[bcfhjkqrst]$|uni|usa|use|usu|ute|uti|eu|ewe|one|once|ubiq)/i;
// Consonant letters that sound like a vowel ("an hour", "an honest", "an MCP", "an SQL").
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;
// Acronyms are read letter by letter: "an MCP server", "a URL", "an SQL query", "an ECR push".
const ACRONYM = /^[A-Z0-9]{2,}\b/;
const LETTER_NAMED_WITH_VOWEL = /^[AEFHILMNORSX]/;

/** The article alone: `articleFor('Execute')` is "an". */
export function articleFor(word: string): 'a' | 'an' {
  const text = word.trim().replace(/^[“"'`(]+/, '');
  if (text === '') return 'a';
  if (ACRONYM.test(text)) return LETTER_NAMED_WITH_VOWEL.test(text) ? 'an' : 'a';
  if (VOWEL_SOUND.test(text)) return 'an';
  if (CONSONANT_SOUND.test(text)) return 'a';
  return /^[aeiou]/i.test(text) ? 'an' : 'a';
}

/** The word with its article: `article('Execute')` is "an Execute", `article('Read')` is "a Read". */
export function article(word: string): string {
  return `${articleFor(word)} ${word}`;
}
