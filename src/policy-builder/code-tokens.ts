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
const INLINE = new RegExp(
  [
    // A double-quoted string (Cedar, YAML), to its end or the end of the line.
    String.raw`("(?:[^"\\\n]|\\.)*"?)`,
    // A single-quoted string (YAML, where '' is a quote).
    String.raw`('(?:[^'\n]|'')*'?)`,
    // A Cedar keyword.
    String.raw`\b(permit|forbid|unless|when|principal|action|resource|context|has|like|in)\b`,
    // Anything else: a run of lower-case letters, or a run of other characters that holds no quote.
    String.raw`([^"'a-z]+|[a-z]+)`,
  ].join('|'),
  'gy',
);

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
