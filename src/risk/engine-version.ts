/**
 * The version of the engine that judged a verdict: the package version and a hash of the rule
 * tables and the lexicon, so a change of rules changes the version even when the package's does
 * not. Exports and tool pages carry it beside each verdict. Only data is hashed (ids, summaries,
 * examples, patterns, word lists): the same in the command line and in the bundled site.
 */
import { createHash } from 'node:crypto';
import packageJson from '../../package.json' with { type: 'json' };
import { BROWSER_VERBS, CASELESS_VERBS, NOUN_PAIRS, NOUN_TOO, NOUNS, VERB_PAIRS, VERBS } from './lexicon.ts';
import { DESCRIPTION_RULES } from './rules/description.ts';
import { RULES } from './rules/index.ts';
import { CONFIDENCE_WEIGHTS } from './rules/verdict.ts';

function rulesFingerprint(): string {
  const data = {
    rules: RULES.map(({ id, summary, implies, fires, quiet }) => ({ id, summary, implies, fires, quiet })),
    phrases: DESCRIPTION_RULES.map((rule) => [rule.id, rule.pattern.source, rule.pattern.flags, rule.scope, rule.set]),
    verbs: [...VERBS, ...BROWSER_VERBS, ...CASELESS_VERBS],
    nouns: [...NOUNS, ...NOUN_PAIRS],
    nounVerbs: [...NOUN_TOO],
    verbPairs: [...VERB_PAIRS],
    weights: CONFIDENCE_WEIGHTS,
  };
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12);
}

/** The hash of the rule tables alone: "3f9c0a1b2c4d". */
export const RULES_HASH = rulesFingerprint();

/** "0.1.0+rules.3f9c0a1b2c4d" */
export const ENGINE_VERSION = `${packageJson.version}+rules.${RULES_HASH}`;
