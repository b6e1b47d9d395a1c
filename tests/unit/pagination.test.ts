import { describe, expect, it } from 'vitest';
import { listPagePath, pageParam, pagerNumbers, paginate } from '../../src/site/pagination.ts';

describe('list pagination', () => {
  it('cuts a list into pages that together hold every item once, in order', () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    const pages = paginate(items, 500);
    expect(pages.map((page) => [page.number, page.count, page.offset, page.items.length])).toEqual([
      [1, 3, 0, 500],
      [2, 3, 500, 500],
      [3, 3, 1000, 234],
    ]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
  });

  it('gives an empty list one empty page, and a list of exactly one page no second', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, items: [], offset: 0 }]);
    expect(paginate([1, 2], 2)).toHaveLength(1);
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
  });

  it('keeps page 1 at the list URL and numbers the rest', () => {
    expect(listPagePath('risk/high/', 1)).toBe('risk/high/');
    expect(listPagePath('risk/high/', 3)).toBe('risk/high/3/');
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, '2']);
  });

  it('shows the first, the last and the pages around the current one, with gaps', () => {
    expect(pagerNumbers(9, 40)).toEqual([1, null, 7, 8, 9, 10, 11, null, 40]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});
