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
  const json = JSON.stringify(value, null, 2);
  // The name as it appears inside a JSON string literal.
  const encodedName = name === '' ? '' : JSON.stringify(name).slice(1, -1);
  const template = encodedName === '' ? json : json.split(encodedName).join(PLACEHOLDER);
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
  return encodedName === '' ? html : html.split(PLACEHOLDER).join(escapeHtml(encodedName));
}
