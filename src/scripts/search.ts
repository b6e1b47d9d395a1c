/**
 * The search page (/search/): a thin controller over small modules. The form is the state and the
 * URL mirrors it (search/url-state.ts); the full-text search runs in a worker over pagefind's
 * shards (search/engine.ts); the names that match are shown at once from the name index
 * (search/names.ts) while the full text is searched; filters are built from every value the site
 * has (search/filters.ts); results are rendered as text (search/results.ts).
 *
 * Every key press searches at once: a search that a newer one replaces stops in the worker, so
 * there is no pause to wait for before the first results.
 */
import { SearchEngine, SUPERSEDED } from './search/engine.ts';
import { FilterPanel, loadFilters, loadServerNames, type FilterCounts } from './search/filters.ts';
import { NameIndex } from './search/names.ts';
import { exactNamesFirst } from '../search/exact-names.ts';
import type { NameHit } from '../search/name-index.ts';
import { renderHit, renderResult, type ResultData } from './search/results.ts';
import { isEmpty, RISK_ORDERS, stateFromParams, stateKey, paramsFromState, type SearchState } from './search/url-state.ts';

/** How many results are rendered at once; "Show more" adds the next batch. */
const PAGE_SIZE = 20;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

class SearchPage {
  readonly root: HTMLElement;
  readonly base: string;
  readonly form: HTMLFormElement;
  readonly input: HTMLInputElement;
  readonly sort: HTMLSelectElement;
  readonly status: HTMLElement;
  readonly list: HTMLOListElement;
  readonly more: HTMLButtonElement;
  readonly engine: SearchEngine;
  readonly names: NameIndex;
  filters: FilterPanel | undefined;
  /** The search whose answer the page waits for; answers to older ones are dropped. */
  current = 0;
  total = 0;
  /** How many of the answer's results are listed ("Show more" goes on from there). */
  shown = 0;
  /** URLs listed first because their name is the query: later pages of results leave them out. */
  pinned = new Set<string>();

  constructor(root: HTMLElement) {
    this.root = root;
    const base = root.dataset.base ?? '/';
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.form = required(root, 'form[data-search-form]');
    this.input = required(root, 'input[data-search-input]');
    this.sort = required(root, 'select[data-search-sort]');
    this.status = required(root, '[data-search-status]');
    this.list = required(root, 'ol[data-search-results]');
    this.more = required(root, 'button[data-search-more]');
    this.engine = new SearchEngine(this.base);
    this.names = new NameIndex(this.base);
  }

  async start(): Promise<void> {
    // Show the query from the URL at once, and its names, before the index has loaded.
    const initial = stateFromParams(new URLSearchParams(location.search));
    this.input.value = initial.query;
    this.sort.value = initial.sort;
    this.status.textContent = 'Loading the search index…';
    this.root.dataset.state = 'loading';
    this.listen();
    void this.showNameMatches(initial, this.current);
    let all: FilterCounts;
    let serverNames: Map<string, string>;
    try {
      [all, serverNames] = await Promise.all([loadFilters(this.base), loadServerNames(this.base), this.engine.ready]);
    } catch (error) {
      this.status.textContent = 'The search index could not be loaded. Reload the page to try again.';
      this.root.dataset.state = 'error';
      throw error;
    }
    // For tests and benchmarks: the page answers from the first shards now, and says when it has them all.
    void this.engine.loaded.then(() => (this.root.dataset.index = 'loaded'));
    const state = stateFromParams(new URLSearchParams(location.search), new Set(Object.keys(all)));
    const panel = required<HTMLDetailsElement>(this.root, 'details[data-search-filters-panel]');
    this.filters = new FilterPanel(panel, required(this.root, '[data-search-filters]'), this.form.id, all, serverNames);
    this.filters.render(state.filters);
    // Beside the results on wide screens the filters start open; above them on small screens, folded
    // (the summary says how many are in use).
    panel.open = window.matchMedia('(min-width: 60rem)').matches;
    await this.search();
  }

  listen(): void {
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    this.input.addEventListener('input', () => void this.search());
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

  formState(): SearchState {
    return stateFromParams(new URLSearchParams(new FormData(this.form) as unknown as Record<string, string>));
  }

  async search(): Promise<void> {
    if (!this.filters) {
      // Before the index is ready: the names still answer, and the search runs once it is.
      void this.showNameMatches(this.formState(), this.current);
      return;
    }
    const state = this.formState();
    const key = stateKey(state);
    history.replaceState(history.state, '', `${location.pathname}${key ? `?${key}` : ''}${location.hash}`);
    const id = this.engine.newSearch();
    this.current = id;
    this.root.dataset.state = 'searching';
    if (isEmpty(state)) {
      this.filters.showCounts(this.filters.all, {});
      this.total = 0;
      this.list.replaceChildren();
      this.shown = 0;
      this.more.hidden = true;
      this.finish(state);
      return;
    }
    const riskOrder = RISK_ORDERS[state.sort];
    const names = this.names.match(state, riskOrder).catch(() => undefined);
    void this.showNameMatches(state, id, names);
    let answer;
    try {
      answer = await this.engine.search(id, state.query.trim(), state.filters, riskOrder, PAGE_SIZE, (results) =>
        this.showFirstResults(state, id, results),
      );
    } catch (error) {
      if (error === SUPERSEDED) return;
      throw error;
    }
    // Best match first: a tool or server whose whole name is the query leads (see search/exact-names.ts).
    const exact = riskOrder ? [] : ((await names) ?? []);
    if (id !== this.current) return;
    this.total = answer.total;
    this.filters.showCounts(answer.counts, state.filters);
    this.renderResults(answer.results, exact);
    this.finish(state);
    // For each filter in use, how many results ticking another of its values would add: after the results.
    if (Object.keys(state.filters).length > 0) {
      const counts = await this.engine.counts(id, state.query.trim(), state.filters).catch(() => undefined);
      if (counts && id === this.current) this.filters.showCounts({ ...answer.counts, ...counts }, state.filters);
    }
  }

  /** The answer's first results, with those of `names` that are exactly the query first. */
  renderResults(results: readonly ResultData[], names: readonly NameHit[]): void {
    const { lead, rest, pinned } = exactNamesFirst(results, names, this.base, PAGE_SIZE);
    this.pinned = pinned;
    this.replaceList([
      ...lead.map((entry) => ('result' in entry ? renderResult(entry.result, this.base) : renderHit(entry.hit, this.base))),
      ...rest.map((result) => renderResult(result, this.base)),
    ]);
    this.shown = results.length;
    this.updateMore();
  }

  /** The list is replaced (often the name matches by the full-text results): a reader already in it stays on the same link. */
  replaceList(items: readonly HTMLLIElement[]): void {
    const focused = this.list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : undefined;
    this.list.replaceChildren(...items);
    if (focused) (this.links().find((link) => link.getAttribute('href') === focused) ?? this.links()[0] ?? this.input).focus();
  }

  /** Says what the list shows, and marks it for tests and anything else that waits for results. */
  finish(state: SearchState): void {
    this.status.textContent = this.describe(state);
    const key = paramsFromState(state).toString();
    this.root.dataset.resultsFor = key;
    this.root.dataset.firstResultsFor = key;
    this.root.dataset.state = 'ready';
  }

  updateMore(): void {
    const left = this.total - this.shown;
    this.more.hidden = left <= 0;
    this.more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${plural(left, 'result', 'results')} not shown)`;
  }

  /** Adds the next batch of results; with `focusFirst`, moves focus to the first new one. */
  async showMore(focusFirst: boolean): Promise<void> {
    const id = this.current;
    const results = await this.engine.more(id, this.shown, PAGE_SIZE).catch(() => undefined);
    if (!results || id !== this.current) return;
    const items = results.filter((result) => !this.pinned.has(result.url)).map((result) => renderResult(result, this.base));
    this.list.append(...items);
    this.shown += results.length;
    this.updateMore();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /**
   * The best matches of the index's first group of shards, shown until the whole answer comes; not
   * over the name matches of the same search, which answer a name better than a part of the index.
   */
  showFirstResults(state: SearchState, id: number, results: readonly ResultData[]): void {
    const key = stateKey(state);
    if (results.length === 0 || id !== this.current || this.root.dataset.firstResultsFor === key) return;
    this.replaceList(results.map((result) => renderResult(result, this.base)));
    this.shown = 0;
    this.more.hidden = true;
    delete this.root.dataset.resultsFor;
    const query = state.query.trim();
    const what = query === '' ? 'of the chosen filters' : `for “${query}”`;
    this.status.textContent = `First matches ${what}; searching the rest of the index…`;
    this.root.dataset.firstResultsFor = key;
  }

  /**
   * The tools and servers whose names match the query, from the name index, shown until the
   * full-text results for the same search arrive. Only for searches the name index can answer.
   */
  async showNameMatches(
    state: SearchState,
    id: number,
    names: Promise<NameHit[] | undefined> = this.names.match(state, RISK_ORDERS[state.sort]),
  ): Promise<void> {
    const key = stateKey(state);
    const hits = await names;
    // Too late if the box has changed since, or the full-text search has already answered.
    if (!hits || hits.length === 0 || id !== this.current || stateKey(this.formState()) !== key || this.root.dataset.resultsFor === key)
      return;
    this.list.replaceChildren(...hits.slice(0, PAGE_SIZE).map((hit) => renderHit(hit, this.base)));
    this.shown = 0;
    this.more.hidden = true;
    this.root.dataset.state = 'searching';
    // data-results-for names the full-text results the list shows; it shows none now. Left in place,
    // matches for words typed later and then deleted again would be kept from replacing this list.
    delete this.root.dataset.resultsFor;
    this.status.textContent =
      `${plural(hits.length, 'name matches', 'names match')} “${state.query.trim()}”; searching ` + `descriptions and parameters too…`;
    this.root.dataset.firstResultsFor = key;
  }

  describe(state: SearchState): string {
    const query = state.query.trim();
    const filtered = Object.keys(state.filters).length > 0;
    if (query === '' && !filtered) {
      const types = this.filters?.all.type;
      const total = types
        ? `${plural(types.tool ?? 0, 'tool', 'tools')} and ${plural(types.server ?? 0, 'server', 'servers')}`
        : 'the atlas';
      return `Type a tool or server name, or a capability, to search ${total}.`;
    }
    // Ordering by risk leaves out pages without a risk (servers): say so by counting tools.
    const byRisk = RISK_ORDERS[state.sort] !== undefined;
    const found = byRisk ? plural(this.total, 'tool', 'tools') : plural(this.total, 'result', 'results');
    const words = query === '' ? '' : ` for “${query}”`;
    const narrowed = filtered ? ' with the chosen filters' : '';
    const order = state.sort === 'risk-desc' ? ', highest risk first' : state.sort === 'risk-asc' ? ', lowest risk first' : '';
    if (this.total === 0)
      return `No ${byRisk ? 'tools' : 'results'}${words}${narrowed}. Try fewer words${filtered ? ' or fewer filters' : ''}.`;
    return `${found}${words}${narrowed}${order}.`;
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void new SearchPage(root).start();
