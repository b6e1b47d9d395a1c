/**
 * Strict reading of JSON from third parties (catalogue files, saved listings, a server's answers).
 * `JSON.parse` alone loses data without a word and says too much when it fails:
 * - a key given twice in one object keeps only the last value (`"tools"` twice: the first list is
 *   gone), while other JSON readers keep the first, so two programs can read two definitions;
 * - a number beyond a double (`1e309`) becomes `Infinity`, which JSON cannot write back;
 * - bytes that are not UTF-8 (Latin-1, UTF-16) become U+FFFD or NULs when read as UTF-8;
 * - its error messages quote the text around the fault and give no line.
 * Here each of these is a problem with the path in the document and the line and column, quoting
 * no more of the text than the one character at fault. A UTF-8 byte order mark is accepted.
 *
 * Pure and linear: the scan runs beside `JSON.parse` (which builds the value) with sticky regular
 * expressions and an explicit stack, so neither a 5 MB string nor 5,000 levels of nesting hurt.
 */
import { codePointMarker } from '../risk/normalize.ts';
import { formatPath } from './problems.ts';

/** A problem in a JSON text: where (path in the document) and what. */
export interface JsonProblem {
  path: (string | number)[];
  message: string;
}

/** At most this many duplicate keys and non-finite numbers are reported per document. */
const MAX_REPORTED = 20;

/** Names of characters that are easy to put in a file without seeing them. */
const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\uFEFF': 'a byte order mark',
  '\u00A0': 'a no-break space',
  '\u200B': 'a zero-width space',
  '\u0000': 'a NUL character',
  '\uFFFD': 'the replacement character, left where a byte was not valid text',
};

/** The character at `at`, quoted or as a code point, with a name when it is one people cannot see. */
function showCharacter(text: string, at: number): string {
  const char = String.fromCodePoint(text.codePointAt(at)!);
  const name = CHARACTER_NAMES[char];
  if (/^[\x21-\x7E]$/.test(char)) return JSON.stringify(char);
  return name ? `${codePointMarker(char)} (${name})` : codePointMarker(char);
}

/** 1-based line and column (in UTF-16 code units, as editors count) of index `at`. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}

const WHITESPACE = /[ \t\n\r]*/y;
const PLAIN = /[^"\\\u0000-\u001F]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

interface Frame {
  array: boolean;
  /** Position in an array, or the key being read in an object. */
  index: number;
  key?: string;
  /** The keys of an object so far: a list while there are few, then a set. */
  few?: string[];
  keys?: Set<string>;
}

interface ScanResult {
  /** The first syntax error, if any; nothing after it is looked at. */
  error?: { at: number; path: (string | number)[]; message: string };
  /** Duplicate keys and non-finite numbers, each at its path. */
  found: JsonProblem[];
  /** How many of those there were in all (only MAX_REPORTED are kept). */
  foundCount: number;
}

function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) {
    if (frame.array) path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  return path;
}

/**
 * Scans a JSON text: its syntax (the first error, with what was expected), duplicate keys and
 * numbers that no double can hold. Does not build the value.
 */
export function scanJson(text: string): ScanResult {
  const stack: Frame[] = [];
  const found: JsonProblem[] = [];
  let foundCount = 0;
  let i = 0;
  const report = (path: (string | number)[], message: string) => {
    foundCount++;
    if (found.length < MAX_REPORTED) found.push({ path, message });
  };
  const fail = (message: string, at = i): ScanResult => ({ error: { at, path: pathOf(stack), message }, found, foundCount });
  const skipWhitespace = () => {
    const code = text.charCodeAt(i);
    // Compact JSON has none: only call the regular expression when there is some.
    if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
    WHITESPACE.lastIndex = i;
    WHITESPACE.exec(text);
    i = WHITESPACE.lastIndex;
  };
  /** Reads the string starting at `i`; returns its decoded text, or a syntax error. */
  const readString = (): string | ScanResult => {
    const start = i;
    let j = i + 1;
    let escaped = false;
    for (;;) {
      PLAIN.lastIndex = j;
      PLAIN.exec(text);
      j = PLAIN.lastIndex;
      if (j >= text.length) return fail('a string that never ends: a closing " is missing', start);
      const code = text.charCodeAt(j);
      if (code === 0x22) break;
      if (code === 0x5c) {
        ESCAPE.lastIndex = j;
        if (!ESCAPE.test(text)) return fail('an escape that JSON does not know (it has \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX)', j);
        j = ESCAPE.lastIndex;
        escaped = true;
        continue;
      }
      return fail(`a control character ${codePointMarker(text[j]!)} inside a string: JSON needs it escaped (such as \\n or \\u0000)`, j);
    }
    i = j + 1;
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, j);
  };

  let state: 'value' | 'after' | 'key' | 'first-key' | 'first-value' = 'value';
  for (;;) {
    skipWhitespace();
    const char = text[i];
    if (state === 'first-value' || state === 'first-key') {
      if (char === (state === 'first-value' ? ']' : '}')) {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      state = state === 'first-value' ? 'value' : 'key';
    }
    if (state === 'key') {
      if (char !== '"')
        return char === undefined
          ? fail('the text ends inside an object')
          : fail(`${showCharacter(text, i)} where a key in double quotes should be`);
      const key = readString();
      if (typeof key !== 'string') return key;
      const frame = stack.at(-1)!;
      // Most objects have a few keys: a list is searched until it grows, then a set takes over.
      let seen: boolean;
      if (frame.keys) {
        seen = frame.keys.has(key);
        frame.keys.add(key);
      } else {
        frame.few ??= [];
        seen = frame.few.includes(key);
        frame.few.push(key);
        if (frame.few.length > 8) frame.keys = new Set(frame.few);
      }
      if (seen) {
        report(
          [...pathOf(stack.slice(0, -1)), key],
          `the key ${JSON.stringify(key).slice(0, 80)} appears more than once in this object; ` +
            'JSON readers disagree on which value counts (some keep the first, this one the last): keep one',
        );
      }
      frame.key = key;
      skipWhitespace();
      if (text[i] !== ':')
        return text[i] === undefined
          ? fail('the text ends after a key')
          : fail(`${showCharacter(text, i)} where ":" should follow the key`);
      i++;
      state = 'value';
      continue;
    }
    if (state === 'value') {
      if (char === '{') {
        stack.push({ array: false, index: 0 });
        i++;
        state = 'first-key';
      } else if (char === '[') {
        stack.push({ array: true, index: 0 });
        i++;
        state = 'first-value';
      } else if (char === '"') {
        const read = readString();
        if (typeof read !== 'string') return read;
        state = 'after';
      } else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match || match[0] === '-') return fail(`${showCharacter(text, i)} where a value should be (a number has a digit after "-")`);
        const literal = match[0];
        // Only an exponent or hundreds of digits can take a number past a double.
        if ((literal.length > 300 || /[eE]/.test(literal)) && !Number.isFinite(Number(literal))) {
          report(
            pathOf(stack),
            `the number ${literal.length > 40 ? `${literal.slice(0, 40)}…` : literal} ` +
              `is beyond what a double holds (it reads as ${literal.startsWith('-') ? '-' : ''}Infinity, ` +
              'which JSON cannot write back): use a finite number',
          );
        }
        i = NUMBER.lastIndex;
        state = 'after';
      } else if (char === 't' || char === 'f' || char === 'n') {
        const word = char === 't' ? 'true' : char === 'f' ? 'false' : 'null';
        if (!text.startsWith(word, i))
          return fail(`${showCharacter(text, i)} where a value should be (true, false and null are written in lower case)`);
        i += word.length;
        state = 'after';
      } else if (char === undefined) {
        return fail(stack.length === 0 ? 'the text is empty: expected a JSON value' : 'the text ends where a value should be');
      } else {
        return fail(`${showCharacter(text, i)} where a value should be`);
      }
      continue;
    }
    // state === 'after': a value has been read.
    const frame = stack.at(-1);
    if (!frame) return char === undefined ? { found, foundCount } : fail(`${showCharacter(text, i)} after the end of the JSON value`);
    if (char === ',') {
      i++;
      if (frame.array) {
        frame.index++;
        state = 'value';
      } else state = 'key';
    } else if (char === (frame.array ? ']' : '}')) {
      i++;
      stack.pop();
    } else if (char === undefined) {
      return fail(`the text ends inside ${frame.array ? 'an array: "]"' : 'an object: "}"'} is missing`);
    } else {
      return fail(`${showCharacter(text, i)} where "," or "${frame.array ? ']' : '}'}" should be`);
    }
  }
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problems: JsonProblem[] };

/**
 * Parses a JSON text strictly: a syntax error, a duplicate key or a non-finite number is a
 * problem (with its path; a syntax error also with its line and column). A leading byte order
 * mark is accepted.
 */
export function parseJsonStrict(text: string): ParsedJson {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  let parsed = true;
  try {
    value = JSON.parse(body);
  } catch {
    parsed = false;
  }
  const scan = scanJson(body);
  if (scan.error) {
    // A syntax error is about the text, not a place in a document that does not parse: the path
    // is '$', and where the scan stopped is said in the message.
    const { line, column } = lineAndColumn(body, scan.error.at);
    const inside = scan.error.path.length > 0 ? ` (in ${formatPath(scan.error.path)})` : '';
    return {
      ok: false,
      problems: [{ path: [], message: `not valid JSON: at line ${line}, column ${column}${inside}: ${scan.error.message}` }],
    };
  }
  // The scan and JSON.parse agree on what JSON is; were they ever to differ, say so without quoting.
  if (!parsed) return { ok: false, problems: [{ path: [], message: 'not valid JSON' }] };
  if (scan.found.length > 0) {
    const problems = [...scan.found];
    if (scan.foundCount > problems.length)
      problems.push({ path: [], message: `and ${scan.foundCount - problems.length} more duplicate keys or non-finite numbers` });
    return { ok: false, problems };
  }
  return { ok: true, value };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The offset of the first byte of `bytes` that is not part of a well-formed UTF-8 sequence
 * (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or -1.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The text of a file's bytes, or why they are not UTF-8 text: UTF-16 and UTF-32 (by their byte
 * order mark, or by the NUL bytes beside the ASCII that every JSON text starts with) and bytes
 * that are not UTF-8 are named, with the line and column of the first bad byte. A UTF-8 byte
 * order mark is accepted and dropped.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { message: string } {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0)
    return { message: 'the file is UTF-32 (little-endian) text, by its byte order mark: save it as UTF-8' };
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
    return { message: 'the file is UTF-32 (big-endian) text, by its byte order mark: save it as UTF-8' };
  if (b0 === 0xff && b1 === 0xfe) return { message: 'the file is UTF-16 (little-endian) text, by its byte order mark: save it as UTF-8' };
  if (b0 === 0xfe && b1 === 0xff) return { message: 'the file is UTF-16 (big-endian) text, by its byte order mark: save it as UTF-8' };
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0)
    return { message: 'the file looks like UTF-16 (little-endian) text (a NUL byte after every letter): save it as UTF-8' };
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0)
    return { message: 'the file looks like UTF-16 (big-endian) text (a NUL byte before every letter): save it as UTF-8' };
  const body = b0 === 0xef && b1 === 0xbb && b2 === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: UTF8.decode(body) };
  } catch {
    const offset = invalidUtf8Offset(body);
    const before = UTF8.decode(body.subarray(0, Math.max(offset, 0)));
    const { line, column } = lineAndColumn(before, before.length);
    const byte = body[offset] ?? 0;
    return {
      message:
        `the file is not UTF-8 text: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at line ${line}, ` +
        `column ${column} does not belong to a UTF-8 character ` +
        `(Latin-1 or Windows-1252 text?): save the file as UTF-8`,
    };
  }
}
