import { describe, expect, it } from 'vitest';
import { listPagePath, listTrail, pageOfDescription, pageOfTitle, pagerNumbers } from '../../src/site/pagination.ts';

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

  it('says which page a title and a description are on only when the list has more than one', () => {
    expect(pageOfTitle({ currentPage: 1, lastPage: 1 })).toBe('');
    expect(pageOfTitle({ currentPage: 1, lastPage: 3 })).toBe(', page 1 of 3');
    expect(pageOfDescription({ currentPage: 1, lastPage: 3 })).toBe('');
    expect(pageOfDescription({ currentPage: 2, lastPage: 3 })).toBe(' Page 2 of 3.');
  });

  it('links the list from the trail of its later pages, not from its first', () => {
    expect(listTrail('High risk', 'risk/high/', { currentPage: 1, lastPage: 2 })).toEqual([
      { label: 'Home', path: '' },
      { label: 'High risk' },
    ]);
    expect(listTrail('High risk', 'risk/high/', { currentPage: 2, lastPage: 2 })).toEqual([
      { label: 'Home', path: '' },
      { label: 'High risk', path: 'risk/high/' },
      { label: 'Page 2' },
    ]);
  });
});
