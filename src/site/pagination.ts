/**
 * Pure: long tool lists (every tool at a risk level, every tool of a category) cut into numbered
 * pages, so a catalogue of 100,000 tools gives pages of a few hundred links, not one page of
 * megabytes. Page 1 lives at the list's own URL (`risk/high/`), the next at `risk/high/2/`.
 */

/** Tools per list page: enough to scan, small enough to load at once on a phone. */
export const LIST_PAGE_SIZE = 500;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item in the whole list, 0-based. */
  offset: number;
}

export function paginate<T>(items: readonly T[], size: number = LIST_PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size: expected a whole number, at least 1; got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size), offset: i * size }));
}

/** The site path of page `number` of the list at `base` (`risk/high/`): the list itself for page 1. */
export function listPagePath(base: string, number: number): string {
  return number <= 1 ? base : `${base}${number}/`;
}

/** The route parameter of page `number`: none for page 1, so the list keeps its plain URL. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
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
