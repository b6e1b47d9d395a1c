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
  highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['json', 'yaml', cedarGrammar as unknown as LanguageRegistration] });
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
export async function highlightJson(value: unknown, name = ''): Promise<string> {
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
    Object.defineProperty(out, key.split(name).join(PLACEHOLDER), { value: withPlaceholder(item, name), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * Highlighted HTML for a whole server's `policy.json` (`{ version, default, tools: { name: rule } }`),
 * assembled from each tool's rule highlighted on its own: a rule's highlighting is cached by its
 * shape (see highlightJson), so a server of 800 tools costs a few shiki calls, not one of 20,000
 * lines. The result is the same HTML shiki gives for the whole file (tested).
 */
export async function highlightPolicyFile(policy: { tools: Record<string, unknown> } & Record<string, unknown>): Promise<string> {
  const names = Object.keys(policy.tools);
  const keys = Object.keys(policy);
  // Assembly relies on `tools` being the last key and on plain keys; anything else is highlighted whole.
  if (names.length < 2 || keys.at(-1) !== 'tools' || keys.length > 8) return highlightJson(policy);
  const pieces: string[] = [];
  let head = '';
  let foot = '';
  for (const [position, name] of names.entries()) {
    const rule = policy.tools[name];
    const single = { ...policy, tools: Object.defineProperty({}, name, { value: rule, enumerable: true, writable: true, configurable: true }) };
    const html = await highlightJson(single, name);
    const open = html.indexOf('<code>') + '<code>'.length;
    const close = html.lastIndexOf('</code>');
    const lines = html.slice(open, close).split('\n');
    // The text's lines and the HTML's lines correspond one to one: JSON has no raw line breaks in strings.
    const text = JSON.stringify(single, null, 2).split('\n');
    const entryStart = text.indexOf('  "tools": {') + 1;
    const entryLength = JSON.stringify(rule, null, 2).split('\n').length;
    if (entryStart === 0 || lines.length !== text.length) return highlightJson(policy);
    if (position === 0) {
      head = `${html.slice(0, open)}${lines.slice(0, entryStart).join('\n')}`;
      foot = `${lines.slice(entryStart + entryLength).join('\n')}${html.slice(close)}`;
    }
    const entry = lines.slice(entryStart, entryStart + entryLength);
    if (position < names.length - 1) {
      // Between entries the closing brace takes a comma, inside the same punctuation token.
      const last = entry.length - 1;
      if (!entry[last]!.endsWith('}</span></span>')) return highlightJson(policy);
      entry[last] = `${entry[last]!.slice(0, -'</span></span>'.length)},</span></span>`;
    }
    pieces.push(entry.join('\n'));
  }
  return `${head}\n${pieces.join('\n')}\n${foot}`;
}

const partCache = new Map<string, string[]>();
let preOpen: string | undefined;

/** The highlighted lines of `text` (no trailing line break), cached by text: a part's template is shared by every tool of its shape. */
async function highlightedLines(text: string, lang: 'cedar' | 'yaml' | 'json'): Promise<string[]> {
  const key = `${lang}\u0000${text}`;
  let lines = partCache.get(key);
  if (lines === undefined) {
    const html = (await getHighlighter()).codeToHtml(text, { lang, themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false });
    const open = html.indexOf('<code>') + '<code>'.length;
    preOpen ??= html.slice(0, open);
    lines = html.slice(open, html.lastIndexOf('</code>')).split('\n');
    if (partCache.size >= MAX_CACHE) partCache.clear();
    partCache.set(key, lines);
  }
  return lines;
}

/**
 * Highlighted HTML for a compiled policy file, assembled part by part (its header, then one block
 * per tool). In a tool's block, the tool's name as the format writes it (`nameText`) is swapped
 * for a placeholder before highlighting and put back after, so every tool of the same rule shape
 * shares one shiki call: a server of 800 tools costs a few calls, not a tokenizer pass over its
 * whole file, and a 100,000-tool build a few hundred per format. The text content of the result is
 * exactly the file (without its final line break), whatever the name holds: the swap only ever
 * replaces the escaped name by the placeholder and back. A short name is highlighted as it is,
 * since swapping every "id" in a block would cost more colour than it saves time.
 */
export async function highlightCompiled(compiled: CompiledPolicy, lang: 'cedar' | 'yaml' | 'json', nameText: (name: string) => string): Promise<string> {
  const lines: string[] = [];
  for (const part of compiled.parts) {
    const text = part.text.slice(0, -1);
    const name = part.tool === null ? '' : nameText(part.tool);
    if (name.length >= 3 && text.includes(name) && !text.includes(PLACEHOLDER)) {
      const template = await highlightedLines(text.split(name).join(PLACEHOLDER), lang);
      const put = escapeText(name);
      for (const line of template) lines.push(line.split(PLACEHOLDER).join(put));
    } else {
      lines.push(...(await highlightedLines(text, lang)));
    }
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
