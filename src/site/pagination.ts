/**
 * Pure: what the site adds to Astro's paginate() for long tool lists (every tool at a risk level,
 * every tool of a category), so a catalogue of 100,000 tools gives pages of a few hundred links,
 * not one page of megabytes: the page size, the numbered links a pager shows, and where page N
 * lives. Page 1 lives at the list's own URL (`risk/high/`), the next at `risk/high/2/`.
 */

/** Tools per list page: enough to scan, small enough to load at once on a phone. */
export const LIST_PAGE_SIZE = 500;

/** The site path of page `number` of the list at `base` (`risk/high/`): the list itself for page 1. */
export function listPagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

/**
 * Which page numbers a pager shows: the first, the last, and a window around the current one,
 * with `null` where numbers are skipped: 1 … 7 8 [9] 10 11 … 40.
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}

/** Where a list page stands: which page, of how many (Astro's `Page` has both). */
export interface PagePosition {
  currentPage: number;
  lastPage: number;
}

/** ", page 2 of 40" for a title when the list has several pages; '' when it has one. */
export function pageOfTitle(page: PagePosition): string {
  return page.lastPage > 1 ? `, page ${page.currentPage} of ${page.lastPage}` : '';
}

/** " Page 2 of 40." for a description, from the second page on; '' on the first. */
export function pageOfDescription(page: PagePosition): string {
  return page.currentPage > 1 ? ` Page ${page.currentPage} of ${page.lastPage}.` : '';
}

/** The breadcrumb trail of a list page: home, the list (linked from its later pages), then the page number. */
export function listTrail(label: string, base: string, page: PagePosition): { label: string; path?: string }[] {
  const later = page.currentPage > 1;
  return [
    { label: 'Home', path: '' },
    { label, ...(later ? { path: base } : {}) },
    ...(later ? [{ label: `Page ${page.currentPage}` }] : []),
  ];
}
