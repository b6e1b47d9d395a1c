/**
 * The search page (/search/): pagefind's index, queried in the browser. The form is the state and
 * the URL mirrors it (`?q=delete&risk=critical&risk=high&sort=risk-desc`), so a search can be
 * shared and reloads to the same results. Filter checkboxes are built from the filters the index
 * holds, so they always match what the pages declare.
 *
 * While pagefind searches (about a second for a common word on a 100,000-page site), the names
 * that match are shown at once from the small name index (src/search/name-index.ts); pagefind's
 * results replace them when they arrive.
 *
 * Everything shown comes from third-party catalogue text: it goes into the page as text nodes;
 * the only markup kept is pagefind's `<mark>` in excerpts.
 */
import { matchNames, NAME_INDEX_FILTERS, queryPlan, type NameBucket, type NameHit } from '../search/name-index.ts';
import { manifestShards, SHARD_MANIFEST } from '../search/shards.ts';

/** The parts of pagefind's browser API this page uses (pagefind ships no types for its bundle). */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(indexPath: string, options?: { baseUrl?: string }): Promise<void>;
  preload(query: string): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(query: string | null, options?: { filters?: Record<string, { any: string[] }> }): Promise<SearchResponse | null>;
}
type FilterCounts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: FilterCounts;
}
interface ResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, as plain text. */
  content?: string;
  meta: Record<string, string | undefined>;
}

interface SearchState {
  query: string;
  sort: string;
  filters: Record<string, string[]>;
}

/** How many results are rendered at once; "Show more" adds the next batch. */
const PAGE_SIZE = 20;
/** Typing waits this long for a pause before searching. */
const TYPING_DELAY_MS = 120;
/** Parameters of the URL that are not filters. */
const NOT_FILTERS = new Set(['q', 'sort']);
/** The sort choices of the `sort` select, as the order risk levels are listed in (absent: best match first). */
const RISK_ORDERS: Record<string, readonly string[]> = {
  'risk-desc': ['critical', 'high', 'medium', 'low'],
  'risk-asc': ['low', 'medium', 'high', 'critical'],
};
/** Legends of the known filters, in the order they are shown; other filters follow under their own name. */
const FILTER_LEGENDS: Record<string, string> = {
  risk: 'Risk level',
  category: 'Category',
  type: 'Page type',
  annotations: 'Annotations',
  registry: 'Registry',
  server: 'Server',
};
/** Filter values with a natural order; the rest are alphabetical. */
const VALUE_ORDER: Record<string, string[]> = {
  risk: ['critical', 'high', 'medium', 'low'],
  category: ['Read', 'Write', 'Execute', 'Destructive', 'Financial'],
  type: ['tool', 'server'],
  annotations: ['annotated by its author', 'not annotated'],
};
const RISKS = new Set(VALUE_ORDER.risk);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
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
  const tokens = excerpt.trim() === '' ? [] : excerpt.trim().split(' ').map((token) => {
    const marked = MARKED.exec(token);
    return { raw: marked ? marked[1]! : token, mark: marked !== null };
  });
  if (content !== undefined && tokens.length > 0 && !content.includes('\u200B')) {
    const words = content.split(WORD_SEPARATORS);
    const escaped = words.map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    for (let start = 0; start + tokens.length <= escaped.length; start++) {
      if (tokens.every((token, i) => escaped[start + i] === token.raw)) return tokens.map((token, i) => ({ text: words[start + i]!, mark: token.mark }));
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

/** Reads the state from a query string; filter keys are kept only if the index knows them. */
export function stateFromParams(params: URLSearchParams, knownFilters?: Set<string>): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (NOT_FILTERS.has(key) || value === '' || (knownFilters && !knownFilters.has(key))) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: params.get('q') ?? '', sort: params.get('sort') ?? '', filters };
}

/** The query string for a state, `q` first, empty parts left out: `?q=delete&risk=critical`. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort !== '') params.set('sort', state.sort);
  return params;
}

function sortedValues(key: string, counts: Record<string, number>): string[] {
  const order = VALUE_ORDER[key] ?? [];
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return Object.keys(counts).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function sortedKeys(filters: FilterCounts): string[] {
  const known = Object.keys(FILTER_LEGENDS);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  return Object.keys(filters).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

class SearchPage {
  readonly root: HTMLElement;
  readonly base: string;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly filtersPanel: HTMLDetailsElement;
  readonly filtersBox: HTMLElement;
  readonly status: HTMLElement;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
  pagefind: Pagefind | undefined;
  allFilters: FilterCounts = {};
  /** Counts shown beside each filter value; updated after every search. */
  counts = new Map<string, HTMLElement>();
  results: SearchResponse['results'] = [];
  shown = 0;
  /** Bumped by every search, so an answer that arrives after a newer search began is dropped. */
  generation = 0;
  timer: number | undefined;
  /** Name-index buckets by file, fetched once each. */
  nameBuckets = new Map<string, Promise<NameBucket | undefined>>();
  nameBucketFiles: Promise<Set<string>> | undefined;
  /** Server display names by slug, for the server filter's labels (its values are slugs). */
  serverNames = new Map<string, string>();

  constructor(root: HTMLElement) {
    this.root = root;
    const base = root.dataset.base ?? '/';
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.form = required(root, 'form[data-search-form]');
    this.input = required(root, 'input[data-search-input]');
    this.sort = required(root, 'select[data-search-sort]');
    this.filtersPanel = required(root, 'details[data-search-filters-panel]');
    this.filtersBox = required(root, '[data-search-filters]');
    this.status = required(root, '[data-search-status]');
    this.list = required(root, 'ol[data-search-results]');
    this.more = required(root, 'button[data-search-more]');
  }

  /** The shards of server and tool pages from `pagefind/shards.json`: their folders. */
  async shards(): Promise<string[]> {
    const response = await fetch(`${this.base}${SHARD_MANIFEST}`);
    // Only shard folders are followed: the file is ours, but it is fetched data.
    return response.ok ? manifestShards(await response.json()) : [];
  }

  async start(): Promise<void> {
    // Show the query from the URL at once, before the index has loaded.
    const initial = stateFromParams(new URLSearchParams(location.search));
    this.input.value = initial.query;
    this.sort.value = RISK_ORDERS[initial.sort] ? initial.sort : '';
    this.status.textContent = 'Loading the search index…';
    this.root.dataset.state = 'loading';
    this.listen();
    void this.showNameMatches(initial);
    try {
      // The index lives beside the site, wherever the site is served from: never a fixed /pagefind/.
      this.pagefind = (await import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`)) as Pagefind;
      await this.pagefind.options({ baseUrl: this.base, excerptLength: 24 });
      // A large site's index comes in shards (see src/search/shard-plan.ts), searched as one.
      for (const folder of await this.shards()) await this.pagefind.mergeIndex(`${this.base}${folder}`, { baseUrl: this.base });
      [this.allFilters, this.serverNames] = await Promise.all([this.pagefind.filters(), this.loadServerNames()]);
    } catch (error) {
      this.status.textContent = 'The search index could not be loaded. Reload the page to try again.';
      this.root.dataset.state = 'error';
      throw error;
    }
    const state = stateFromParams(new URLSearchParams(location.search), new Set(Object.keys(this.allFilters)));
    this.renderFilters(state.filters);
    // Beside the results on wide screens the filters start open; above them on small screens, folded
    // (the summary says how many are in use).
    this.filtersPanel.open = window.matchMedia('(min-width: 60rem)').matches;
    await this.search();
  }

  /** `search/servers.json`: [slug, name] of every server. Without it, filters show slugs. */
  async loadServerNames(): Promise<Map<string, string>> {
    try {
      const response = await fetch(`${this.base}search/servers.json`);
      const list = response.ok ? ((await response.json()) as { servers?: unknown }) : {};
      const pairs = Array.isArray(list.servers) ? list.servers.filter((pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') : [];
      return new Map(pairs);
    } catch {
      return new Map();
    }
  }

  /** What a filter value is shown as: a server's display name (with its slug when two share it), else the value. */
  filterLabel(key: string, value: string, values: readonly string[]): { text: string; detail?: string } {
    if (key !== 'server') return { text: value };
    const name = this.serverNames.get(value);
    if (name === undefined) return { text: value };
    const shared = values.some((other) => other !== value && this.serverNames.get(other) === name);
    return shared ? { text: name, detail: value } : { text: name };
  }

  listen(): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.input.addEventListener('input', () => this.searchSoon());
    // Filters and order sit outside the <form> element (joined to it by `form=`): listen on the whole page part.
    this.root.addEventListener('change', (event) => {
      if (event.target !== this.input) void this.search();
    });
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.input.value !== '') {
        event.preventDefault();
        this.input.value = '';
        void this.search();
      } else if (event.key === 'ArrowDown' && this.links()[0]) {
        event.preventDefault();
        this.links()[0]!.focus();
      }
    });
    this.list.addEventListener('keydown', (event) => this.moveThroughResults(event));
    this.more.addEventListener('click', () => void this.showMore(true));
    // The header's box searches in place on this page instead of reloading it.
    const header = document.querySelector<HTMLFormElement>('form[data-header-search]');
    header?.addEventListener('submit', (event) => {
      const box = header.querySelector<HTMLInputElement>('input[name="q"]');
      if (!box) return;
      event.preventDefault();
      this.input.value = box.value;
      box.value = '';
      this.input.focus();
      void this.search();
    });
  }

  links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
  }

  /** Arrow keys walk the result links; Escape goes back to the query box. */
  moveThroughResults(event: KeyboardEvent): void {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at === -1) return;
    if (event.key === 'ArrowDown' && at < links.length - 1) links[at + 1]!.focus();
    else if (event.key === 'ArrowUp') (at === 0 ? this.input : links[at - 1]!).focus();
    else if (event.key === 'Escape') this.input.focus();
    else return;
    event.preventDefault();
  }

  searchSoon(): void {
    window.clearTimeout(this.timer);
    // A search still running is for words no longer in the box: its answer is dropped.
    this.generation++;
    // While the reader pauses, pagefind already fetches the index chunks of the words typed (in
    // every shard), so the search that follows finds them loaded; only after the name matches are
    // shown, since that work shares the page's thread with them.
    const query = this.input.value.trim();
    void this.showNameMatches(this.formState()).finally(() => {
      if (query !== '' && query === this.input.value.trim()) void this.pagefind?.preload(query).catch(() => undefined);
    });
    this.timer = window.setTimeout(() => void this.search(), TYPING_DELAY_MS);
  }

  formState(): SearchState {
    return stateFromParams(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  async search(): Promise<void> {
    window.clearTimeout(this.timer);
    if (!this.pagefind) return;
    const pagefind = this.pagefind;
    const generation = ++this.generation;
    this.root.dataset.state = 'searching';
    const state = this.formState();
    const query = state.query.trim();
    const params = paramsFromState(state).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`);

    const active = Object.keys(state.filters);
    if (query === '' && active.length === 0) {
      this.showCounts(this.allFilters, {});
      this.results = [];
      await this.renderResults(generation, state);
      return;
    }
    const filtersFor = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, { any: state.filters[key]! }]));
    const riskOrder = RISK_ORDERS[state.sort];
    // One search for the results, and for each filter in use one without it, so that the counts
    // beside its values say how many results ticking that value would add.
    const [response, ordered, ...withoutOne] = await Promise.all([
      pagefind.search(query || null, { filters: filtersFor(active) }),
      riskOrder ? this.searchInRiskOrder(query, filtersFor(active), riskOrder) : undefined,
      ...active.map((key) => pagefind.search(query || null, { filters: filtersFor(active.filter((other) => other !== key)) })),
    ]);
    if (generation !== this.generation) return;
    const counts: FilterCounts = { ...(response?.filters ?? {}) };
    active.forEach((key, i) => {
      counts[key] = withoutOne[i]?.filters[key] ?? {};
    });
    this.showCounts(counts, state.filters);
    this.results = ordered ?? response?.results ?? [];
    await this.renderResults(generation, state);
  }

  /**
   * Results level by level, best match first within each level. pagefind's own `sort` cannot
   * be used: with the index in shards, it merges the shards' results by score, undoing the order.
   */
  async searchInRiskOrder(query: string, filters: Record<string, { any: string[] }>, levels: readonly string[]): Promise<SearchResponse['results']> {
    const chosen = filters.risk?.any;
    const wanted = chosen ? levels.filter((level) => chosen.includes(level)) : levels;
    const responses = await Promise.all(wanted.map((level) => this.pagefind!.search(query || null, { filters: { ...filters, risk: { any: [level] } } })));
    return responses.flatMap((response) => response?.results ?? []);
  }

  renderFilters(selected: Record<string, string[]>): void {
    this.filtersBox.replaceChildren();
    this.counts.clear();
    for (const key of sortedKeys(this.allFilters)) {
      const values = sortedValues(key, this.allFilters[key]!);
      // Server filters are slugs; they are listed in the order of the names shown.
      if (key === 'server') values.sort((a, b) => (this.serverNames.get(a) ?? a).localeCompare(this.serverNames.get(b) ?? b) || a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', 'search-filter');
      fieldset.dataset.filter = key;
      fieldset.append(element('legend', undefined, FILTER_LEGENDS[key] ?? key));
      const options = element('ul', values.length > 8 ? 'search-filter-options long' : 'search-filter-options');
      values.forEach((value, i) => {
        const id = `filter-${key}-${i}`.replace(/[^A-Za-z0-9_-]/g, '-');
        const item = element('li');
        const box = element('input');
        box.type = 'checkbox';
        box.id = id;
        box.name = key;
        box.setAttribute('form', this.form.id);
        box.value = value;
        box.checked = selected[key]?.includes(value) ?? false;
        const label = element('label');
        label.htmlFor = id;
        const shown = this.filterLabel(key, value, values);
        const name = key === 'risk' && RISKS.has(value) ? element('span', 'badge', value) : element('span', undefined, shown.text);
        if (key === 'risk') name.dataset.risk = value;
        const count = element('span', 'search-filter-count');
        this.counts.set(`${key}\u0000${value}`, count);
        label.append(name, ' ');
        if (shown.detail) label.append(element('span', 'search-filter-detail', shown.detail), ' ');
        label.append(count);
        item.append(box, label);
        options.append(item);
      });
      fieldset.append(options);
      this.filtersBox.append(fieldset);
    }
  }

  showCounts(counts: FilterCounts, selected: Record<string, string[]>): void {
    for (const [id, node] of this.counts) {
      const [key = '', value = ''] = id.split('\u0000');
      const count = counts[key]?.[value] ?? 0;
      node.textContent = String(count);
      node.closest('li')?.classList.toggle('empty', count === 0 && !selected[key]?.includes(value));
    }
    const inUse = Object.values(selected).reduce((sum, values) => sum + values.length, 0);
    const summary = this.filtersPanel.querySelector('[data-search-filters-count]');
    if (summary) summary.textContent = inUse > 0 ? `(${inUse} in use)` : '';
  }

  async renderResults(generation: number, state: SearchState): Promise<void> {
    // The list is replaced (often the name matches by pagefind's results): a reader already in it stays on the same link.
    const focused = this.list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : undefined;
    this.list.replaceChildren();
    this.shown = 0;
    await this.showMore(false, generation);
    if (generation !== this.generation) return;
    this.status.textContent = this.describe(state);
    // What the list now shows, as its query string: tests (and anything else) can wait for it.
    const key = paramsFromState(state).toString();
    this.root.dataset.resultsFor = key;
    this.root.dataset.firstResultsFor = key;
    this.root.dataset.state = 'ready';
    if (focused) (this.links().find((link) => link.getAttribute('href') === focused) ?? this.links()[0] ?? this.input).focus();
  }

  /** The files of the name index's buckets, fetched once; none if the list cannot be loaded. */
  bucketFiles(): Promise<Set<string>> {
    this.nameBucketFiles ??= fetch(`${this.base}search/names.json`)
      .then(async (response): Promise<Set<string>> => {
        const list = response.ok ? ((await response.json()) as { buckets?: unknown }) : {};
        return new Set(Array.isArray(list.buckets) ? list.buckets.filter((file): file is string => typeof file === 'string') : []);
      })
      .catch(() => new Set<string>());
    return this.nameBucketFiles;
  }

  /** The name-index bucket in `file`; none if the site has no such bucket (no name has such a word). */
  async nameBucket(file: string): Promise<NameBucket | undefined> {
    if (!(await this.bucketFiles()).has(file)) return undefined;
    let bucket = this.nameBuckets.get(file);
    if (!bucket) {
      bucket = fetch(`${this.base}search/names/${file}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<NameBucket>) : undefined))
        .catch(() => undefined);
      this.nameBuckets.set(file, bucket);
    }
    return bucket;
  }

  /**
   * The tools and servers whose names match the query, from the name index, shown until pagefind's
   * results for the same words arrive. Only for searches the name index can answer: words typed,
   * and no filter it does not know.
   */
  async showNameMatches(state: SearchState): Promise<void> {
    const plan = queryPlan(state.query);
    if (!plan || Object.keys(state.filters).some((key) => !NAME_INDEX_FILTERS.has(key))) return;
    const key = paramsFromState(state).toString();
    const buckets = (await Promise.all(plan.files.map((file) => this.nameBucket(file)))).filter((bucket) => bucket !== undefined);
    // Too late if the box has changed since, or pagefind has already answered these words.
    if (paramsFromState(this.formState()).toString() !== key || this.root.dataset.resultsFor === key) return;
    const hits = matchNames(buckets, state.query, state.filters, RISK_ORDERS[state.sort]);
    if (hits.length === 0) return;
    this.list.replaceChildren(...hits.slice(0, PAGE_SIZE).map((hit) => this.renderHit(hit)));
    this.shown = 0;
    this.more.hidden = true;
    this.root.dataset.state = 'searching';
    // data-results-for names the pagefind results the list shows; it shows none now. Left in place,
    // matches for words typed later and then deleted again would be kept from replacing this list.
    delete this.root.dataset.resultsFor;
    const names = plural(hits.length, 'name matches', 'names match');
    this.status.textContent = `${names} “${state.query.trim()}”; searching descriptions and parameters too…`;
    this.root.dataset.firstResultsFor = key;
  }

  describe(state: SearchState): string {
    const query = state.query.trim();
    const filtered = Object.keys(state.filters).length > 0;
    if (query === '' && !filtered) {
      const types = this.allFilters.type;
      const total = types ? `${plural(types.tool ?? 0, 'tool', 'tools')} and ${plural(types.server ?? 0, 'server', 'servers')}` : 'the atlas';
      return `Type a tool or server name, or a capability, to search ${total}.`;
    }
    // Ordering by risk leaves out pages without a risk (servers): say so by counting tools.
    const byRisk = RISK_ORDERS[state.sort] !== undefined;
    const found = byRisk ? plural(this.results.length, 'tool', 'tools') : plural(this.results.length, 'result', 'results');
    const words = query === '' ? '' : ` for “${query}”`;
    const narrowed = filtered ? ' with the chosen filters' : '';
    const order = state.sort === 'risk-desc' ? ', highest risk first' : state.sort === 'risk-asc' ? ', lowest risk first' : '';
    if (this.results.length === 0) return `No ${byRisk ? 'tools' : 'results'}${words}${narrowed}. Try fewer words${filtered ? ' or fewer filters' : ''}.`;
    return `${found}${words}${narrowed}${order}.`;
  }

  /** Renders the next batch of results; with `focusFirst`, moves focus to the first new one. */
  async showMore(focusFirst: boolean, generation = this.generation): Promise<void> {
    const batch = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (generation !== this.generation) return;
    const items = data.map((result) => this.renderResult(result));
    this.list.append(...items);
    this.shown += batch.length;
    const left = this.results.length - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${plural(left, 'result', 'results')} not shown)`;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  renderResult(result: ResultData): HTMLLIElement {
    const { meta } = result;
    // Tool and server pages say which they are; any other indexed page is shown as a plain page.
    const type = meta.type === 'tool' || meta.type === 'server' ? meta.type : 'page';
    // Result URLs are the index's own page paths under the site's base; anything else is not linked.
    const item = this.resultItem(type, meta.title || result.url, result.url.startsWith(this.base) ? result.url : this.base, meta);
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.append(...excerptNodes(result.excerpt, result.content));
    item.append(excerpt);
    return item;
  }

  /** A name match, shown as a result without an excerpt. */
  renderHit(hit: NameHit): HTMLLIElement {
    const item = this.resultItem(hit.type, hit.name, `${this.base}${hit.path}`, { risk: hit.risk, category: hit.category, server: hit.serverName });
    item.dataset.nameMatch = '';
    return item;
  }

  resultItem(type: string, title: string, href: string, meta: Record<string, string | undefined>): HTMLLIElement {
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
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void new SearchPage(root).start();
