/**
 * Pattern checks: regular expressions in RE2 syntax, compiled by re2js (a JavaScript port of RE2
 * that matches in time linear in the input), never by the JavaScript RegExp engine, whose
 * backtracking lets a pattern such as `^(a|a)*$` take exponential time. RE2 is also the syntax
 * CEL's `matches()` and Go use, so a pattern means the same in our evaluator and in a gateway.
 *
 * A pattern is third-party or user text (the policy builder, a catalogue's own `pattern`), so
 * every entry point bounds it: at most MAX_PATTERN_LENGTH characters, anchored, compiled once.
 */
import { RE2JS } from 're2js';

/** Kept in step with schema.ts (which imports this file, so the numbers live here). */
const MAX_LENGTH = 256;

const compiled = new Map<string, RE2JS>();

/** Why `pattern` cannot be a pattern check, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length > MAX_LENGTH) return `longer than ${MAX_LENGTH} characters`;
  // A final "$" preceded by an odd number of backslashes is an escaped dollar, not an anchor.
  const escapes = /(\\*)\$$/.exec(pattern)?.[1]?.length ?? 1;
  if (!pattern.startsWith('^') || escapes % 2 === 1) return 'not anchored with ^ at the start and $ at the end';
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The compiled pattern (memoised); throws on RE2 syntax errors. */
export function compilePattern(pattern: string): RE2JS {
  let re = compiled.get(pattern);
  if (!re) {
    re = RE2JS.compile(pattern);
    if (compiled.size > 1000) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

/** Whether `value` matches the whole pattern and is at most `maxLength` characters long. */
export function matchesPattern(pattern: string, maxLength: number, value: string): boolean {
  if ([...value].length > maxLength) return false;
  return compilePattern(pattern).matches(value);
}
