/**
 * Shiki highlighting for the policy snippets, done once per distinct snippet shape: most tools
 * share a shape and differ only in their name, so the name is swapped for a placeholder before
 * highlighting and put back (JSON- and HTML-escaped) afterwards. This is what keeps shiki from
 * costing half of a 100,000-page build.
 */
import { createHighlighter, type Highlighter } from 'shiki';

/** Cannot appear in a JSON document's highlighted output except where we put it. */
const PLACEHOLDER = 'ATLAS_NAME_PLACEHOLDER_7f3a9c';

let highlighter: Promise<Highlighter> | undefined;
const cache = new Map<string, string>();
const MAX_CACHE = 5000;

function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: ['json'] });
  return highlighter;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
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
  return name === '' ? html : html.split(PLACEHOLDER).join(escapeHtml(JSON.stringify(name).slice(1, -1)));
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
