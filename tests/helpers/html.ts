/**
 * Reading built pages in tests. Two speeds:
 *
 * - Regex readers (`titleOf`, `metaContent`, `jsonLdTexts`, `urlsIn`, `idsIn`, `visibleText`,
 *   `elementTextById`): enough for the HTML Astro writes (attributes double-quoted, no nested
 *   element of the same name where we look), and fast enough to sweep all ~1,200 pages.
 * - `parseDocument`: html-validate's own DOM parser (querySelector, textContent, attributes), for
 *   the structural checks on a sample of pages.
 *
 * Character references are decoded by `entities` (htmlparser2's decoder), as a browser would.
 *
 *   const doc = await parseDocument(readFileSync(file, 'utf8'));
 *   text(doc.querySelector('#policy-json'))       // entity-decoded text content
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { Parser, StaticConfigLoader, type HtmlElement, type ResolvedConfig } from 'html-validate';

/** Every file (not folder) under `dir` whose name ends in `ext`, as forward-slash paths relative to `dir`, sorted. */
export function filesIn(dir: string, ext = ''): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path a built file answers on: `servers/x/index.html` -> `/servers/x/`, `404.html` -> `/404.html`. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Decodes every character reference (named, decimal, hexadecimal), as a browser reads text. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** The attributes of one start tag's source (`<a href="x" hidden>`), values decoded. */
export function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const body = tag.replace(/^<[a-z0-9-]+/i, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes.set(match[1]!.toLowerCase(), decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** Start tags of one element name, with their attributes. */
export function tagsOf(html: string, name: string): Map<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'gi'))].map((match) => attributesOf(match[0]));
}

export function titleOf(html: string): string | undefined {
  const match = html.match(/<title>([\s\S]*?)<\/title>/i);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** The content of `<meta name=KEY>` or `<meta property=KEY>`. */
export function metaContent(html: string, key: string): string | undefined {
  return tagsOf(html, 'meta')
    .find((meta) => meta.get('name') === key || meta.get('property') === key)
    ?.get('content');
}

/** The href of the first `<link rel=REL>`. */
export function linkHref(html: string, rel: string): string | undefined {
  return tagsOf(html, 'link')
    .find((link) => link.get('rel')?.split(/\s+/).includes(rel))
    ?.get('href');
}

/** The raw text of every `<script type="application/ld+json">` block. */
export function jsonLdTexts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi)].map((match) => match[1]!);
}

/** Every URL-valued attribute (href, src, action, poster) with its tag, in document order. */
export function urlsIn(html: string): { tag: string; attribute: string; value: string }[] {
  const out: { tag: string; attribute: string; value: string }[] = [];
  for (const match of html.matchAll(/<([a-z][a-z0-9-]*)(?=[\s/>])[^>]*>/gi)) {
    const attributes = attributesOf(match[0]);
    for (const attribute of ['href', 'src', 'action', 'poster']) {
      const value = attributes.get(attribute);
      if (value !== undefined) out.push({ tag: match[1]!.toLowerCase(), attribute, value });
    }
    const srcset = attributes.get('srcset');
    if (srcset)
      for (const candidate of srcset.split(','))
        out.push({ tag: match[1]!.toLowerCase(), attribute: 'srcset', value: candidate.trim().split(/\s+/)[0]! });
  }
  return out;
}

/** Every `id` (and `<a name>`) on the page: the fragment targets. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/gi)) {
    const attributes = attributesOf(match[0]);
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    if (match[0].toLowerCase().startsWith('<a ') && attributes.has('name')) ids.add(attributes.get('name')!);
  }
  return ids;
}

const BLOCK =
  /^<\/?(?:address|article|aside|blockquote|body|br|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|hr|html|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|title|tr|ul)\b/i;

/**
 * The text a reader sees (or a crawler indexes): no scripts, styles, templates or comments, tags
 * removed, entities decoded. Blocks (paragraphs, headings, list items, cells) end in a line break
 * and spaces are collapsed, so a pattern with a space never matches across two blocks. Attribute
 * values are not included.
 */
export function visibleText(html: string): string {
  const body = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, (tag) => (BLOCK.test(tag) ? '\n' : ' '));
  return decodeEntities(body)
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/**
 * The exact text content of the element with this id, tags removed and entities decoded (no
 * whitespace collapsing: a `<pre>` keeps its lines). Nested elements of the same name are counted,
 * so the match ends at the element's own end tag.
 */
export function elementTextById(html: string, id: string): string | undefined {
  const start = html.match(new RegExp(`<([a-z][a-z0-9-]*)\\b[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>`, 'i'));
  if (!start || start.index === undefined) return undefined;
  const name = start[1]!.toLowerCase();
  const from = start.index + start[0].length;
  const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] === '/' ? -1 : 1;
    if (depth === 0) return decodeEntities(html.slice(from, match.index).replace(/<[^>]+>/g, ''));
  }
  return undefined;
}

let config: Promise<ResolvedConfig> | undefined;

/** A page as html-validate's DOM: `querySelector`, `querySelectorAll`, `getAttribute`, `textContent`. */
export async function parseDocument(html: string): Promise<HtmlElement> {
  config ??= Promise.resolve(new StaticConfigLoader().getConfigFor('page.html'));
  return new Parser(await config).parseHtml(html);
}

/** Entity-decoded text content of an element from `parseDocument` ('' for null). */
export function text(element: HtmlElement | null | undefined): string {
  return element ? decodeEntities(element.textContent) : '';
}

/** An attribute of an element from `parseDocument`, decoded; undefined when absent. */
export function attr(element: HtmlElement | null | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name)?.value;
  return typeof value === 'string' ? decodeEntities(value) : value === null ? '' : undefined;
}
