/**
 * How third-party text (tool names, argument names, reasons, prefixes) is written into each
 * target language. Tool names can hold anything: quotes, backslashes, line breaks, `*​/`, `"""`,
 * bidi controls. Every function here escapes character by character, so escaping a text is the
 * same as escaping its pieces one after another: the site relies on that to highlight a rule once
 * with a placeholder name and put each tool's escaped name back (src/site/highlight.ts).
 *
 * No library writes these literals for us: cedar-wasm and the CEL evaluators parse, they do not
 * print, and the `yaml` package prints whole documents, choosing a quoting style per value. The
 * tests check every escaper against the real parser (cedar-wasm, @bufbuild/cel, yaml) on the
 * hostile names of tests/fixtures/catalogues/hostile and more.
 */

/**
 * The characters every language escapes (QUOTED, LIKE and COMMENT below): controls (Cc), format characters (Cf: bidi
 * overrides, zero-width characters, the BOM), line and paragraph separators (Zl, Zp), private-use
 * characters and the noncharacters U+FFFE and U+FFFF. None may stay raw: a line break would end a
 * comment or a YAML scalar, a bidi control would reorder the code a reader reviews, and YAML
 * forbids most of them outright.
 */

/** The text with lone surrogates replaced by U+FFFD, as a Go or Rust gateway decoding the JSON would see it. */
export function wellFormed(text: string): string {
  return text.toWellFormed();
}

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, '0');
}

/** Escapes `text` one character at a time: `special` first, then UNSAFE characters by `unicode`. */
function escapeEach(text: string, special: Record<string, string>, unicode: (codePoint: number) => string, pattern: RegExp): string {
  // One pass of one regular expression: most text has nothing to escape, and a build escapes a lot of it.
  return wellFormed(text).replace(pattern, (char) => special[char] ?? unicode(char.codePointAt(0)!));
}

/** The characters a quoted literal escapes: its quote and backslash, and every UNSAFE character. */
const QUOTED = /[\\"\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\uFFFE\uFFFF]/gu;
const LIKE = /[\\"*\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\uFFFE\uFFFF]/gu;
const COMMENT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\uFFFE\uFFFF]/gu;

/**
 * The inside of a Cedar string literal (without the quotes). Cedar unescapes `\\`, `\"`, `\'`,
 * `\n`, `\r`, `\t`, `\0` and `\u{…}` (https://docs.cedarpolicy.com/policies/syntax-datatypes.html#datatype-string);
 * everything unsafe is written as `\u{…}`.
 */
export function cedarText(text: string): string {
  return escapeEach(text, { '\\': '\\\\', '"': '\\"' }, (cp) => `\\u{${cp.toString(16)}}`, QUOTED);
}

/** A Cedar string literal. */
export function cedarString(text: string): string {
  return `"${cedarText(text)}"`;
}

/**
 * The inside of a Cedar `like` pattern that matches `text` literally: a string literal where `*`
 * (the wildcard) is written `\*` (https://docs.cedarpolicy.com/policies/syntax-operators.html#operator-like).
 */
export function cedarLikeText(text: string): string {
  return escapeEach(text, { '\\': '\\\\', '"': '\\"', '*': '\\*' }, (cp) => `\\u{${cp.toString(16)}}`, LIKE);
}

/**
 * The inside of a CEL double-quoted string literal. CEL unescapes `\\`, `\"`, `\uXXXX` and
 * `\UXXXXXXXX` among others (https://github.com/google/cel-spec/blob/master/doc/langdef.md#string-and-bytes-values).
 * The result holds no line break and no `'`-sensitive escape, so it can sit inside a YAML
 * single-quoted scalar (see yamlSingleText).
 */
export function celText(text: string): string {
  return escapeEach(text, { '\\': '\\\\', '"': '\\"' }, (cp) => (cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`), QUOTED);
}

/** A CEL string literal. */
export function celString(text: string): string {
  return `"${celText(text)}"`;
}

/**
 * The inside of a YAML double-quoted scalar. YAML 1.2 escapes: `\\`, `\"`, `\xXX`, `\uXXXX`,
 * `\UXXXXXXXX` (https://yaml.org/spec/1.2.2/#57-escaped-characters). Go's yaml.v3 (Pomerium,
 * Docker's MCP gateway) and the `yaml` package read them alike.
 */
export function yamlText(text: string): string {
  return escapeEach(
    text,
    { '\\': '\\\\', '"': '\\"' },
    (cp) => (cp <= 0xff ? `\\x${hex(cp, 2)}` : cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`),
    QUOTED,
  );
}

/** A YAML double-quoted scalar. */
export function yamlString(text: string): string {
  return `"${yamlText(text)}"`;
}

/**
 * A YAML single-quoted scalar of text that is already safe (no UNSAFE character: CEL-escaped
 * text), as agentgateway's documentation writes its rules: `'mcp.tool.name == "echo"'`. The only
 * escape in single quotes is `''` for `'`.
 */
export function yamlSingle(safeText: string): string {
  return `'${safeText.replace(/'/g, "''")}'`;
}

/**
 * One word of a POSIX shell command line (the Docker commands a file's header gives): the text as
 * it is when it holds only characters no shell treats specially, else in single quotes, where
 * nothing is special but the quote itself, written `'\''`. Text a comment cannot carry as it is
 * (see commentText) must not be given here: the caller leaves such a command out.
 */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_.,:/@%+=-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

/**
 * Prose for a comment line (Cedar `//`, YAML `#`), which may quote catalogue text such as an
 * argument name or a prefix: unsafe characters are escaped as `\u{…}`, so nothing can end the
 * comment or reorder the line; quotes and backslashes stay as they are.
 */
export function commentText(text: string): string {
  return escapeEach(text, {}, (cp) => `\\u{${cp.toString(16)}}`, COMMENT);
}
