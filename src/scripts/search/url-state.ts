/**
 * Pure: the search page's state and its URL. The form is the state and the URL mirrors it
 * (`?q=delete&risk=critical&risk=high&sort=risk-desc`), so a search can be shared and reloads to
 * the same results.
 */

export interface SearchState {
  /** What was typed, as typed. */
  query: string;
  /** The order: '' (best match first) or a key of RISK_ORDERS. */
  sort: string;
  /** Chosen values of each filter, in the order they were chosen. */
  filters: Record<string, string[]>;
}

/** Parameters of the URL that are not filters. */
const NOT_FILTERS = new Set(['q', 'sort']);

/** The sort choices, as the order risk levels are listed in (absent: best match first). */
export const RISK_ORDERS: Readonly<Record<string, readonly string[]>> = {
  'risk-desc': ['critical', 'high', 'medium', 'low'],
  'risk-asc': ['low', 'medium', 'high', 'critical'],
};

/** Reads the state from a query string; filter keys are kept only if `knownFilters` (when given) has them. */
export function stateFromParams(params: URLSearchParams, knownFilters?: ReadonlySet<string>): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [key, value] of params) {
    if (NOT_FILTERS.has(key) || value === '' || (knownFilters && !knownFilters.has(key))) continue;
    const values = (filters[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get('sort') ?? '';
  return { query: params.get('q') ?? '', sort: RISK_ORDERS[sort] ? sort : '', filters };
}

/** The query string for a state, `q` first, empty parts left out: `?q=delete&risk=critical`. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
  if (state.sort !== '') params.set('sort', state.sort);
  return params;
}

/** The key a state's results are known by (on `data-results-for`): its query string. */
export function stateKey(state: SearchState): string {
  return paramsFromState(state).toString();
}

/** Whether a state asks for anything: words, or a filter. An empty one shows no results. */
export function isEmpty(state: SearchState): boolean {
  return state.query.trim() === '' && Object.keys(state.filters).length === 0;
}
