import { describe, expect, it } from 'vitest';
import { listPagePath, pagerNumbers } from '../../src/site/pagination.ts';

describe('list pagination', () => {
  it('keeps page 1 at the list URL and numbers the rest', () => {
    expect(listPagePath('risk/high/', 1)).toBe('risk/high/');
    expect(listPagePath('risk/high/', 3)).toBe('risk/high/3/');
  });

  it('shows the first, the last and the pages around the current one, with gaps', () => {
    expect(pagerNumbers(9, 40)).toEqual([1, null, 7, 8, 9, 10, 11, null, 40]);
    expect(pagerNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pagerNumbers(1, 1)).toEqual([1]);
  });
});
