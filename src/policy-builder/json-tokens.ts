/**
 * A tokenizer for the JSON that JSON.stringify writes, small enough for the browser: shiki would
 * add hundreds of kilobytes to highlight one snippet. The pieces joined give back the input
 * exactly, so the highlighted code's textContent is the JSON itself. Classes follow shiki's
 * github themes for JSON: keys, strings, numbers and literals (true, false, null) coloured,
 * punctuation and whitespace plain.
 */
export type TokenKind = 'key' | 'string' | 'number' | 'literal' | 'punctuation' | 'space';

export interface Token {
  kind: TokenKind;
  text: string;
}

const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null)|([{}[\],:])|(\s+)|([^])/gy;

export function tokenizeJson(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const [, string, colon, number, literal, punctuation, space, other] = match;
    if (string !== undefined) {
      tokens.push({ kind: colon ? 'key' : 'string', text: string });
      // The colon after a key (and any space before it) is punctuation, as in shiki's output.
      if (colon) tokens.push({ kind: 'punctuation', text: colon });
    } else if (number !== undefined) tokens.push({ kind: 'number', text: number });
    else if (literal !== undefined) tokens.push({ kind: 'literal', text: literal });
    else if (punctuation !== undefined) tokens.push({ kind: 'punctuation', text: punctuation });
    else if (space !== undefined) tokens.push({ kind: 'space', text: space });
    else tokens.push({ kind: 'punctuation', text: other! });
  }
  return tokens;
}
