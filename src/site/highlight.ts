/**
 * Shiki highlighting for the policy snippets, done once per distinct snippet shape: most tools
 * share a shape and differ only in their name, so the name is swapped for a placeholder before
 * highlighting and put back (JSON- and HTML-escaped) afterwards. This is what keeps shiki from
 * costing half of a 100,000-page build.
 */
import { createHighlighter, type Highlighter, type LanguageRegistration } from 'shiki';
import type { CompiledPolicy } from '../risk/policy/formats.ts';
import { cedarGrammar } from './cedar-grammar.ts';
import { tokenizeCode } from '../policy-builder/code-tokens.ts';

/** Cannot appear in a JSON document's highlighted output except where we put it. */
const PLACEHOLDER = 'ATLAS_NAME_PLACEHOLDER_7f3a9c';

let highlighter: Promise<Highlighter> | undefined;
const cache = new Map<string, string>();
const MAX_CACHE = 5000;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    themes: ['github-light', 'github-dark'],
    langs: ['json', 'yaml', cedarGrammar as unknown as LanguageRegistration],
  });
  return highlighter;
}

/**
 * Text-node escaping as shiki's HTML writer does it (`&` and `<`; nothing else can start markup in
 * text), so a name put back into highlighted HTML reads exactly as if shiki had written it. The
 * placeholder only ever sits in text inside a token's span, never in an attribute.
 */
function escapeText(text: string): string {
  return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

/**
 * Highlighted HTML for `JSON.stringify(value, null, 2)`, where every occurrence of `name` inside
 * JSON strings is the tool's name. The text content of the result is exactly that JSON.
 */
export async function highlightJson(value: unknown, name = '', options: { compact?: boolean } = {}): Promise<string> {
  // The name is swapped for the placeholder inside strings and keys only, never in numbers or
  // punctuation (a tool named "0" must not touch `"max": 10`).
  const template = JSON.stringify(name === '' ? value : withPlaceholder(value, name), null, 2);
  let html = cache.get(template);
  if (html === undefined) {
    html = (await getHighlighter()).codeToHtml(template, {
      lang: 'json',
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    });
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(template, html);
  }
  if (options.compact) html = compacted(html);
  // The name as it appears inside a JSON string literal, then as HTML text.
  return name === '' ? html : html.split(PLACEHOLDER).join(escapeText(JSON.stringify(name).slice(1, -1)));
}

/** A copy of `value` with every occurrence of `name` in its strings and keys replaced by the placeholder. */
function withPlaceholder(value: unknown, name: string): unknown {
  if (typeof value === 'string') return value.split(name).join(PLACEHOLDER);
  if (Array.isArray(value)) return value.map((item) => withPlaceholder(item, name));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // defineProperty: a "__proto__" key must stay an ordinary key.
    Object.defineProperty(out, key.split(name).join(PLACEHOLDER), {
      value: withPlaceholder(item, name),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Highlighted HTML for a whole server's `policy.json` (`{ version, default, tools: { name: rule } }`),
 * assembled from each tool's rule highlighted on its own: a rule's highlighting is cached by its
 * shape (see highlightJson), so a server of 800 tools costs a few shiki calls, not one of 20,000
 * lines. The result is the same HTML shiki gives for the whole file (tested).
 */
export async function highlightPolicyFile(
  policy: { tools: Record<string, unknown> } & Record<string, unknown>,
  options: { compact?: boolean } = {},
): Promise<string> {
  const names = Object.keys(policy.tools);
  const keys = Object.keys(policy);
  // Assembly relies on `tools` being the last key and on plain keys; anything else is highlighted whole.
  if (names.length < 2 || keys.at(-1) !== 'tools' || keys.length > 8) return highlightJson(policy, '', options);
  const pieces: string[] = [];
  let head = '';
  let foot = '';
  for (const [position, name] of names.entries()) {
    const rule = policy.tools[name];
    const single = {
      ...policy,
      tools: Object.defineProperty({}, name, { value: rule, enumerable: true, writable: true, configurable: true }),
    };
    const html = await highlightJson(single, name, options);
    const open = html.indexOf('<code>') + '<code>'.length;
    const close = html.lastIndexOf('</code>');
    const lines = html.slice(open, close).split('\n');
    // The text's lines and the HTML's lines correspond one to one: JSON has no raw line breaks in strings.
    const text = JSON.stringify(single, null, 2).split('\n');
    const entryStart = text.indexOf('  "tools": {') + 1;
    const entryLength = JSON.stringify(rule, null, 2).split('\n').length;
    if (entryStart === 0 || lines.length !== text.length) return highlightJson(policy, '', options);
    if (position === 0) {
      head = `${html.slice(0, open)}${lines.slice(0, entryStart).join('\n')}`;
      foot = `${lines.slice(entryStart + entryLength).join('\n')}${html.slice(close)}`;
    }
    const entry = lines.slice(entryStart, entryStart + entryLength);
    if (position < names.length - 1) {
      // Between entries the closing brace takes a comma, inside the same punctuation token.
      const last = entry.length - 1;
      if (!entry[last]!.endsWith('}</span></span>')) return highlightJson(policy, '', options);
      entry[last] = `${entry[last]!.slice(0, -'</span></span>'.length)},</span></span>`;
    }
    pieces.push(entry.join('\n'));
  }
  return `${head}\n${pieces.join('\n')}\n${foot}`;
}

const partCache = new Map<string, string[]>();
let preOpen: string | undefined;

/** The highlighted lines of `text` (no trailing line break), cached by text: a part's template is shared by every tool of its shape. */
async function highlightedLines(text: string, lang: 'cedar' | 'yaml' | 'json', compact = false): Promise<string[]> {
  const key = `${lang}\u0000${compact ? 'c' : ''}\u0000${text}`;
  let lines = partCache.get(key);
  if (lines === undefined) {
    const html = (await getHighlighter()).codeToHtml(text, {
      lang,
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
    });
    const open = html.indexOf('<code>') + '<code>'.length;
    preOpen ??= html.slice(0, open);
    lines = html.slice(open, html.lastIndexOf('</code>')).split('\n');
    if (compact) lines = lines.map(compactShiki);
    if (partCache.size >= MAX_CACHE) partCache.clear();
    partCache.set(key, lines);
  }
  return lines;
}

const COMMENT_LINE = /^(\s*)(\/\/|#)(.*)$/;
const commentTemplates = new Map<string, [string, string]>();

/**
 * A comment line's HTML as shiki writes it, without a shiki call: the markup around a placeholder
 * body is taken once per language, indentation and marker, and the line's own body (escaped as
 * shiki escapes text) put in its place. Comments are most of a compiled file, and they hold the
 * server's name and the rule's details, so highlighting them through shiki would cost one call per
 * tool; a comment is one token to the Cedar and YAML grammars, whatever its body.
 */
async function commentLineHtml(line: string, lang: 'cedar' | 'yaml', compact: boolean): Promise<string | undefined> {
  const match = COMMENT_LINE.exec(line);
  if (!match) return undefined;
  const [, indent, marker, body] = match as unknown as [string, string, string, string];
  const key = `${lang}\u0000${indent}\u0000${marker}\u0000${compact}`;
  let template = commentTemplates.get(key);
  if (!template) {
    const [html] = await highlightedLines(`${indent}${marker} ${PLACEHOLDER}`, lang, compact);
    const at = html!.indexOf(PLACEHOLDER);
    // The placeholder must sit alone in the comment's token; otherwise this line is highlighted by shiki.
    if (at === -1 || html!.indexOf(` ${PLACEHOLDER}`) !== at - 1) return undefined;
    template = [html!.slice(0, at - 1), html!.slice(at + PLACEHOLDER.length)];
    commentTemplates.set(key, template);
  }
  return `${template[0]}${escapeText(body)}${template[1]}`;
}

/**
 * Highlighted HTML for a compiled policy file, assembled part by part (its header, then one block
 * per tool) and line by line: comment lines are put in shiki's comment markup directly (see
 * commentLineHtml), and each run of code lines is highlighted by shiki once per shape: in a tool's
 * block, the tool's name as the format writes it (`nameText`) is swapped for a placeholder before
 * highlighting and put back after, so every tool of the same rule shares one shiki call. A server
 * of 800 tools costs a few calls, not a tokenizer pass over its whole file, and a 100,000-tool
 * build a few hundred per format. The text content of the result is exactly the file (without its
 * final line break), whatever the name holds: the swap only ever replaces the escaped name by the
 * placeholder and back. A short name is highlighted as it is, since swapping every "id" in a block
 * would cost more colour than it saves time.
 */
export async function highlightCompiled(
  compiled: CompiledPolicy,
  lang: 'cedar' | 'yaml' | 'json',
  nameText: (name: string) => string,
  options: { compact?: boolean } = {},
): Promise<string> {
  const compact = options.compact ?? false;
  const lines: string[] = [];
  for (const part of compiled.parts) {
    const name = part.tool === null ? '' : nameText(part.tool);
    let run: string[] = [];
    const flush = async () => {
      if (run.length === 0) return;
      const text = run.join('\n');
      run = [];
      if (name.length >= 3 && text.includes(name) && !text.includes(PLACEHOLDER)) {
        const template = await highlightedLines(text.split(name).join(PLACEHOLDER), lang, compact);
        const put = escapeText(name);
        for (const line of template) lines.push(line.split(PLACEHOLDER).join(put));
      } else {
        lines.push(...(await highlightedLines(text, lang, compact)));
      }
    };
    for (const line of part.text.slice(0, -1).split('\n')) {
      const comment = lang === 'json' || line.includes(PLACEHOLDER) ? undefined : await commentLineHtml(line, lang, compact);
      if (comment === undefined) {
        run.push(line);
        continue;
      }
      await flush();
      lines.push(comment);
    }
    await flush();
  }
  return `${preOpen ?? '<pre class="shiki" tabindex="0"><code>'}${lines.join('\n')}</code></pre>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A light highlighting for a large file (a server of hundreds of tools in Cedar or YAML): comment
 * lines, strings and keywords as classes (the builder's own tokenizer and colours), not shiki's
 * inline style per token, which makes such a page several times heavier than its text. The text
 * content is exactly the file, without its final line break.
 */
export function highlightLight(text: string): string {
  const body = tokenizeCode(text.endsWith('\n') ? text.slice(0, -1) : text)
    .map((token) => (token.kind === 'plain' ? escapeHtml(token.text) : `<span class="pb-${token.kind}">${escapeHtml(token.text)}</span>`))
    .join('');
  return `<pre class="pb-code" tabindex="0"><code>${body}</code></pre>`;
}

/**
 * The colours shiki gives our three languages (JSON, YAML, Cedar) in the github-light and
 * github-dark themes, each as a class that sets the same two custom properties
 * (src/styles/policy-formats.css): a token then carries `class="sk3"` instead of a 50-character
 * style attribute, which makes a tool page's five tabs a fifth lighter. A colour not in this list
 * keeps its style attribute, so a theme change costs weight, never colour.
 */
export const TOKEN_CLASSES: readonly (readonly [string, string])[] = [
  ['#24292E', '#E1E4E8'],
  ['#6A737D', '#6A737D'],
  ['#005CC5', '#79B8FF'],
  ['#032F62', '#9ECBFF'],
  ['#22863A', '#85E89D'],
  ['#6F42C1', '#B392F0'],
  ['#D73A49', '#F97583'],
];

const TOKEN_STYLE = /style="--shiki-light:(#[0-9A-F]{6});--shiki-dark:(#[0-9A-F]{6})"/g;
const tokenClass = new Map(TOKEN_CLASSES.map(([light, dark], index) => [`${light}${dark}`, `sk${index}`]));

/** Shiki's HTML with the known token colours as classes (TOKEN_CLASSES); the same text, the same colours. */
export function compactShiki(html: string): string {
  return html.replace(TOKEN_STYLE, (style, light: string, dark: string) => {
    const name = tokenClass.get(`${light}${dark}`);
    return name ? `class="${name}"` : style;
  });
}

const compactCache = new Map<string, string>();

/** compactShiki of a cached template, memoised: a page's markup is compacted once per shape, not once per page. */
function compacted(html: string): string {
  let out = compactCache.get(html);
  if (out === undefined) {
    out = compactShiki(html);
    if (compactCache.size >= MAX_CACHE) compactCache.clear();
    compactCache.set(html, out);
  }
  return out;
}
