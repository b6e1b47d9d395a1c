/**
 * The search page's filters: a fieldset of checkboxes per filter, built from every value the site
 * has (`search/filters.json`), each with a count that follows the search. Server filters are keyed
 * by slug (two servers may share a name) and labelled with the name from `search/servers.json`.
 * The checkboxes belong to the search form (`form=`), so the form's fields are the URL's.
 */
import { element } from './results.ts';

export type FilterCounts = Record<string, Record<string, number>>;

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
/** One collator for every comparison: `localeCompare` makes one per call, which shows with 3,000 server names. */
const COLLATOR = new Intl.Collator('en');

function sortedValues(key: string, counts: Record<string, number>): string[] {
  const order = VALUE_ORDER[key] ?? [];
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return Object.keys(counts).sort((a, b) => rank(a) - rank(b) || COLLATOR.compare(a, b));
}

function sortedKeys(filters: FilterCounts): string[] {
  const known = Object.keys(FILTER_LEGENDS);
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  return Object.keys(filters).sort((a, b) => rank(a) - rank(b) || COLLATOR.compare(a, b));
}

/** Fetches a JSON file of the site; undefined when it cannot be had. */
async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Every filter value the site has, with its number of pages (`search/filters.json`). */
export async function loadFilters(base: string): Promise<FilterCounts> {
  const data = (await fetchJson(`${base}search/filters.json`)) as { filters?: unknown } | undefined;
  const filters: FilterCounts = {};
  if (!data || typeof data.filters !== 'object' || data.filters === null) return filters;
  for (const [key, values] of Object.entries(data.filters as Record<string, unknown>)) {
    if (typeof values !== 'object' || values === null) continue;
    filters[key] = Object.fromEntries(
      Object.entries(values as Record<string, unknown>).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  }
  return filters;
}

/** `search/servers.json`: each server's display name by slug. Without it, filters show slugs. */
export async function loadServerNames(base: string): Promise<Map<string, string>> {
  const list = (await fetchJson(`${base}search/servers.json`)) as { servers?: unknown } | undefined;
  const pairs = Array.isArray(list?.servers)
    ? list.servers.filter(
        (pair): pair is [string, string] => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string',
      )
    : [];
  return new Map(pairs);
}

export class FilterPanel {
  readonly box: HTMLElement;
  readonly panel: HTMLDetailsElement;
  readonly formId: string;
  readonly all: FilterCounts;
  readonly serverNames: ReadonlyMap<string, string>;
  /** The count beside each value, by `key\0value`. */
  readonly counts = new Map<string, HTMLElement>();

  constructor(panel: HTMLDetailsElement, box: HTMLElement, formId: string, all: FilterCounts, serverNames: ReadonlyMap<string, string>) {
    this.panel = panel;
    this.box = box;
    this.formId = formId;
    this.all = all;
    this.serverNames = serverNames;
  }

  /**
   * What a filter value is shown as: a server's display name (with its slug when two of `values`
   * share it, as `shared` holds), else the value.
   */
  label(key: string, value: string, shared: ReadonlySet<string>): { text: string; detail?: string } {
    if (key !== 'server') return { text: value };
    const name = this.serverNames.get(value);
    if (name === undefined) return { text: value };
    return shared.has(name) ? { text: name, detail: value } : { text: name };
  }

  /** The display names that more than one of these servers has: counted once, not per server (3,000 servers at 100,000 tools). */
  sharedNames(values: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const shared = new Set<string>();
    for (const value of values) {
      const name = this.serverNames.get(value);
      if (name === undefined) continue;
      if (seen.has(name)) shared.add(name);
      seen.add(name);
    }
    return shared;
  }

  render(selected: Record<string, string[]>): void {
    this.box.replaceChildren();
    this.counts.clear();
    for (const key of sortedKeys(this.all)) {
      const values = sortedValues(key, this.all[key]!);
      // Server filters are slugs; they are listed in the order of the names shown.
      if (key === 'server')
        values.sort((a, b) => COLLATOR.compare(this.serverNames.get(a) ?? a, this.serverNames.get(b) ?? b) || COLLATOR.compare(a, b));
      if (values.length === 0) continue;
      const shared = key === 'server' ? this.sharedNames(values) : new Set<string>();
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
        box.setAttribute('form', this.formId);
        box.value = value;
        box.checked = selected[key]?.includes(value) ?? false;
        const label = element('label');
        label.htmlFor = id;
        const shown = this.label(key, value, shared);
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
      this.box.append(fieldset);
    }
  }

  /** Sets each value's count (how many results it has, or would add) and folds away values without any. */
  showCounts(counts: FilterCounts, selected: Record<string, string[]>): void {
    for (const [id, node] of this.counts) {
      const [key = '', value = ''] = id.split('\u0000');
      const count = counts[key]?.[value] ?? 0;
      node.textContent = String(count);
      node.closest('li')?.classList.toggle('empty', count === 0 && !selected[key]?.includes(value));
    }
    const inUse = Object.values(selected).reduce((sum, values) => sum + values.length, 0);
    const summary = this.panel.querySelector('[data-search-filters-count]');
    if (summary) summary.textContent = inUse > 0 ? `(${inUse} in use)` : '';
  }
}
