/**
 * The search page's result list: a result or a name match as a list item, and pagefind's excerpt
 * as text. Everything shown comes from third-party catalogue text: it goes into the page as text
 * nodes; the only markup kept is pagefind's `<mark>` in excerpts, rebuilt as elements.
 */
import type { NameHit } from '../../search/name-index.ts';

/** What the engine gives of one result (pagefind's result data, less what the page does not show). */
export interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, as plain text. */
  content?: string;
  meta: Record<string, string | undefined>;
}

const RISKS = new Set(['critical', 'high', 'medium', 'low']);

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** How pagefind splits a page's text into words (its `word_separators`): whitespace but U+FEFF. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;
const MARKED = /^<mark>([\s\S]*)<\/mark>$/;

/**
 * Pagefind's excerpt as words, each marked or not, in the page's own text. Pagefind builds an
 * excerpt from the page text with "<" and ">" escaped but not "&", then wraps matched words in
 * <mark>: so "&lt;" in an excerpt is either an escaped "<" or the text "&lt;" itself, and reading
 * the excerpt as HTML decodes the text "&amp;lt;" a second time. The words are looked up in the
 * plain text (`content`) instead, where the excerpt's window of words is found by escaping the
 * text's words as pagefind does; only when that fails (no content) are "&lt;" and "&gt;" undone,
 * and nothing else.
 */
export function excerptWords(excerpt: string, content: string | undefined): { text: string; mark: boolean }[] {
  const tokens =
    excerpt.trim() === ''
      ? []
      : excerpt
          .trim()
          .split(' ')
          .map((token) => {
            const marked = MARKED.exec(token);
            return { raw: marked ? marked[1]! : token, mark: marked !== null };
          });
  if (content !== undefined && tokens.length > 0 && !content.includes('\u200B')) {
    const words = content.split(WORD_SEPARATORS);
    const escaped = words.map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    for (let start = 0; start + tokens.length <= escaped.length; start++) {
      if (tokens.every((token, i) => escaped[start + i] === token.raw))
        return tokens.map((token, i) => ({ text: words[start + i]!, mark: token.mark }));
    }
  }
  return tokens.map((token) => ({ text: token.raw.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), mark: token.mark }));
}

/** The excerpt as DOM nodes: text nodes, and <mark> elements for the matched words. Nothing is parsed as HTML. */
export function excerptNodes(excerpt: string, content?: string): Node[] {
  const nodes: Node[] = [];
  excerptWords(excerpt, content).forEach((word, i) => {
    if (i > 0) nodes.push(document.createTextNode(' '));
    nodes.push(word.mark ? element('mark', undefined, word.text) : document.createTextNode(word.text));
  });
  return nodes;
}

function resultItem(type: string, title: string, href: string, meta: Record<string, string | undefined>): HTMLLIElement {
  const risk = meta.risk && RISKS.has(meta.risk) ? meta.risk : undefined;
  const item = element('li', 'search-result');
  item.dataset.type = type;
  if (risk) item.dataset.risk = risk;

  const link = element('a', 'search-result-link');
  link.href = href;
  link.append(type === 'tool' ? element('code', undefined, title) : element('span', undefined, title));
  const heading = element('h2', 'search-result-title');
  heading.append(link);

  const facts = element('p', 'search-result-facts');
  if (type === 'server') facts.append(element('span', 'badge neutral', 'server'));
  if (risk) {
    const badge = element('span', 'badge', risk);
    badge.dataset.risk = risk;
    facts.append(badge);
  }
  if (meta.category) facts.append(element('span', 'badge neutral', meta.category));
  if (type === 'tool' && meta.server) facts.append(element('span', 'search-result-server', `on ${meta.server}`));
  item.append(heading, facts);
  if (facts.childNodes.length === 0) facts.remove();
  return item;
}

/** A full-text result, under the site's `base`: its title, facts and excerpt. */
export function renderResult(result: ResultData, base: string): HTMLLIElement {
  const { meta } = result;
  // Tool and server pages say which they are; any other indexed page is shown as a plain page.
  const type = meta.type === 'tool' || meta.type === 'server' ? meta.type : 'page';
  // Result URLs are the index's own page paths under the site's base; anything else is not linked.
  const item = resultItem(type, meta.title || result.url, result.url.startsWith(base) ? result.url : base, meta);
  const excerpt = element('p', 'search-result-excerpt');
  excerpt.append(...excerptNodes(result.excerpt, result.content));
  item.append(excerpt);
  return item;
}

/** A name match from the name index, shown as a result without an excerpt. */
export function renderHit(hit: NameHit, base: string): HTMLLIElement {
  const item = resultItem(hit.type, hit.name, `${base}${hit.path}`, { risk: hit.risk, category: hit.category, server: hit.serverName });
  item.dataset.nameMatch = '';
  return item;
}
