/**
 * Pure helpers that turn what the user typed into what the importer needs: a command line split
 * into words, `K=V` environment pairs and today's date.
 */
import { z } from 'zod';

/**
 * Splits `--stdio "CMD ARGS"` into words the way a POSIX shell would for plain words and quotes:
 * 'single quotes' keep everything, "double quotes" allow \" \\ \$ \` escapes, a backslash outside
 * quotes escapes the next character. There is deliberately no expansion of variables, globs or
 * `~`, and no pipes: the command is started directly, without a shell, so what is recorded in the
 * catalogue is exactly what ran. Returns an error message for an unclosed quote.
 */
export function splitCommand(text: string): string[] | { error: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = undefined;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = undefined;
      else if (char === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) word += text[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return { error: `unclosed ${quote === '"' ? 'double' : 'single'} quote in ${JSON.stringify(text)}` };
  if (inWord) words.push(word);
  return words;
}

/** `--env K=V` pairs into an object; the value may itself contain `=`. */
export function parseEnvPairs(pairs: readonly string[]): { env: Record<string, string> } | { error: string } {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const key = pair.slice(0, at);
    if (at <= 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) return { error: `--env ${JSON.stringify(pair)}: expected NAME=VALUE` };
    Object.defineProperty(env, key, { value: pair.slice(at + 1), enumerable: true, writable: true, configurable: true });
  }
  return { env };
}

const DateSchema = z.iso.date();

/**
 * Today as YYYY-MM-DD: `ATLAS_TODAY` when set (tests and reproducible refreshes pin it), else the
 * clock's date in UTC, so two people importing at the same moment record the same day.
 */
export function resolveToday(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string | { error: string } {
  const pinned = env.ATLAS_TODAY;
  if (pinned !== undefined && pinned !== '') {
    return DateSchema.safeParse(pinned).success
      ? pinned
      : { error: `ATLAS_TODAY=${JSON.stringify(pinned)}: expected a date as YYYY-MM-DD` };
  }
  return now.toISOString().slice(0, 10);
}
