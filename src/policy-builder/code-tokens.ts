/**
 * A tokenizer for the Cedar and YAML files the compilers write, small enough for the browser (the
 * builder shows an edited rule without shiki): comment lines, strings and a few keywords coloured,
 * the rest plain. The pieces joined give back the input exactly, so the code's textContent is the
 * file itself.
 */
export type CodeTokenKind = 'comment' | 'string' | 'keyword' | 'plain';

export interface CodeToken {
  kind: CodeTokenKind;
  text: string;
}

const LINE = /[^\n]*\n?/g;
const INLINE =
  /("(?:[^"\\\n]|\\.)*"?)|('(?:[^'\n]|'')*'?)|\b(permit|forbid|unless|when|principal|action|resource|context|has|like|in)\b|([^"'a-z]+|[a-z]+)/gy;

export function tokenizeCode(text: string): CodeToken[] {
  const tokens: CodeToken[] = [];
  for (const line of text.match(LINE) ?? []) {
    if (line === '') continue;
    if (/^\s*(\/\/|#)/.test(line)) {
      tokens.push({ kind: 'comment', text: line });
      continue;
    }
    INLINE.lastIndex = 0;
    for (let match = INLINE.exec(line); match; match = INLINE.exec(line)) {
      const [whole, double, single, keyword] = match;
      tokens.push({
        kind: double !== undefined || single !== undefined ? 'string' : keyword !== undefined ? 'keyword' : 'plain',
        text: whole,
      });
    }
  }
  return tokens;
}
